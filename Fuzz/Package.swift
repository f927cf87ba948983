// swift-tools-version:5.4
// mockloop's libFuzzer targets, in a package of their own so the main build stays light.
// Build and run with Fuzz/run.sh (see Fuzz/README.md); a plain `swift build` here cannot link,
// because libFuzzer supplies main() only with -sanitize=fuzzer.
//
// Why tools 5.4: from 5.5 on, SwiftPM renames an executable's entry point to `<Module>_main`
// and links with `--defsym main=<Module>_main`, which fails for a libFuzzer target built with
// -parse-as-library (it has no Swift entry point; libFuzzer's own main() must be used).
// Packages of tools version 5.4 keep the plain `main`. The main package (tools 6.0) is unaffected.
import PackageDescription

let package = Package(
    name: "mockloop-fuzz",
    platforms: [.macOS("13.0")],
    dependencies: [
        // The main package, one folder up. Named so that the product references below do not
        // depend on the name of the folder the repository was cloned into.
        .package(name: "mockloop", path: ".."),
    ],
    targets: [
        .executableTarget(name: "FuzzScriptLoader", dependencies: [.product(name: "FuzzDrivers", package: "mockloop")]),
        .executableTarget(name: "FuzzAnalyzer", dependencies: [.product(name: "FuzzDrivers", package: "mockloop")]),
        .executableTarget(name: "FuzzEngine", dependencies: [.product(name: "FuzzDrivers", package: "mockloop")]),
        .executableTarget(name: "FuzzJournalReader", dependencies: [.product(name: "FuzzDrivers", package: "mockloop")]),
    ]
)
