import Foundation
import FuzzDrivers
import Testing

/// Replays what the fuzzers found (FailCases/<target>/) and their seed corpora through the
/// fuzz targets' own code (the FuzzDrivers library, which the targets in Fuzz/ call). A broken
/// invariant stops the process with "fuzz invariant: ..." and the file being replayed is printed
/// just before, so the log names the input. See Fuzz/README.md.
@Suite struct FuzzRegressionTests {
    /// Every saved failure of every target. Passes with no saved failures too.
    @Test(arguments: FuzzTarget.allCases)
    func failCasesStayFixed(_ target: FuzzTarget) throws {
        let folder = try #require(Bundle.module.url(forResource: "FailCases", withExtension: nil), "FailCases is missing from the test bundle")
            .appendingPathComponent(target.rawValue, isDirectory: true)
        for file in try Self.inputs(in: folder) {
            try Self.replay(file, through: target)
        }
    }

    /// The seed corpora (Fuzz/Corpus/<target>/) pass too, so a change to the product or to the
    /// drivers that breaks an invariant on ordinary input shows up without running a fuzzer.
    @Test(arguments: FuzzTarget.allCases)
    func seedCorporaPass(_ target: FuzzTarget) throws {
        let folder = Self.repository.appendingPathComponent("Fuzz/Corpus/\(target.rawValue)", isDirectory: true)
        let files = try Self.inputs(in: folder)
        #expect(!files.isEmpty, "no seed corpus in \(folder.path)")
        print("FuzzRegressionTests: replaying \(files.count) seed inputs of \(target.rawValue)")
        for file in files {
            try Self.replay(file, through: target, announce: false)
        }
    }

    // MARK: Helpers

    /// The repository's root, from this file's place in it.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The input files of a folder, in name order: everything but README.md and hidden files.
    static func inputs(in folder: URL) throws -> [URL] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
            .filter { $0.lastPathComponent != "README.md" && !$0.lastPathComponent.hasPrefix(".") }
            .filter { try $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func replay(_ file: URL, through target: FuzzTarget, announce: Bool = true) throws {
        let bytes = try [UInt8](Data(contentsOf: file))
        // Printed first: if the input still crashes, this is the last line before the crash.
        // (A failing seed is found with `Fuzz/run.sh TARGET replay Fuzz/Corpus/TARGET/*`.)
        if announce { print("FuzzRegressionTests: replaying \(target.rawValue)/\(file.lastPathComponent) (\(bytes.count) bytes)") }
        target.run(bytes)
    }
}
