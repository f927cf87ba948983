// swift-tools-version: 6.0
// mockloop: a scripted, deterministic mock-interview simulator for Amazon-style loops.
import PackageDescription

let package = Package(
    name: "mockloop",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mockloop", targets: ["mockloop"]),
        .library(name: "InterviewScript", targets: ["InterviewScript"]),
        .library(name: "Simulator", targets: ["Simulator"]),
        // What the fuzz targets in Fuzz/ drive; also replayed by FuzzRegressionTests.
        .library(name: "FuzzDrivers", targets: ["FuzzDrivers"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // GNU readline, through a module map and a small C shim (see Sources/CReadline/shim.h).
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // Signal handling, completion and terminal restore for readline, kept in C.
        .target(
            name: "CReadlineShim",
            dependencies: ["CReadline"],
            linkerSettings: [.linkedLibrary("readline")]
        ),
        // The loop-script format: model, loading with source locations, validation.
        .target(
            name: "InterviewScript",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The engine: STAR analysis, the interviewer state machine, scoring, transcripts.
        .target(
            name: "Simulator",
            dependencies: ["InterviewScript", .product(name: "Yams", package: "Yams")]
        ),
        // The shipped loops and banks, compiled in at build time from scripts/loops.
        .target(
            name: "ShippedScripts",
            dependencies: ["InterviewScript"],
            plugins: ["EmbedShippedScripts"]
        ),
        .plugin(
            name: "EmbedShippedScripts",
            capability: .buildTool(),
            dependencies: ["EmbedScripts"]
        ),
        // Writes the embedded copy for the plugin (a build tool, not a product).
        .executableTarget(
            name: "EmbedScripts",
            dependencies: ["InterviewScript"]
        ),
        // The thin command-line tool: arguments, the readline console, files and the clock.
        .executableTarget(
            name: "mockloop",
            dependencies: [
                "InterviewScript",
                "Simulator",
                "ShippedScripts",
                "CReadlineShim",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release build on Linux carries its Swift runtime and Foundation inside it: the binary
            // runs on a machine without Swift, and start-up loads no Swift shared libraries.
            swiftSettings: [
                .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
            ],
            linkerSettings: [
                .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // The benchmark suite: `swift run -c release Benchmarks` (not part of `swift test`).
        .executableTarget(
            name: "Benchmarks",
            dependencies: ["InterviewScript", "Simulator"]
        ),
        // Trains the STAR reader: `swift run -c release analyzer-train` (see docs/analyzer.md).
        .executableTarget(
            name: "analyzer-train",
            dependencies: ["Simulator"],
            path: "Sources/AnalyzerTrain"
        ),
        // The code paths the fuzz targets drive and their invariants (see Fuzz/README.md).
        .target(
            name: "FuzzDrivers",
            dependencies: ["InterviewScript", "Simulator"]
        ),
        .testTarget(
            name: "InterviewScriptTests",
            dependencies: ["InterviewScript"]
        ),
        .testTarget(
            name: "SimulatorTests",
            dependencies: ["Simulator", "InterviewScript", "ShippedScripts", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["mockloop"]
        ),
        // Replays the inputs the fuzzers (Fuzz/, a package of its own) saved in FailCases.
        .testTarget(
            name: "FuzzRegressionTests",
            dependencies: ["FuzzDrivers"],
            resources: [.copy("FailCases")]
        ),
    ]
)
