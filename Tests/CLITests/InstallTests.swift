import Foundation
import Testing

/// mockloop installs like a real tool: the binary copied anywhere has the shipped loops
/// (compiled in), and the current folder is never searched for scripts.
@Suite(.serialized) struct InstallTests {
    let cli = CommandRunner()

    /// Runs a copy of the binary from `folder`, with no `$MOCKLOOP_SCRIPTS`.
    func runInstalled(_ arguments: [String], in folder: URL, stdin: String = "") throws -> (status: Int32, stdout: String, stderr: String) {
        let bin = cli.home.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("mockloop")
        if !FileManager.default.fileExists(atPath: copy.path) { try FileManager.default.copyItem(at: CommandRunner.executable, to: copy) }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "MOCKLOOP_SCRIPTS")
        environment["MOCKLOOP_HOME"] = cli.home.appendingPathComponent("home").path
        environment["NO_COLOR"] = "1"
        let output = Pipe(), errors = Pipe(), input = Pipe()
        // A binary just copied can be "busy" for a moment (another test's child process may
        // still hold the copy's file open, inherited before it exec'd): try again briefly.
        var attempts = 0
        var launched: Process?
        while launched == nil {
            let process = Process()
            process.executableURL = copy
            process.arguments = arguments
            process.environment = environment
            process.currentDirectoryURL = folder
            process.standardOutput = output
            process.standardError = errors
            process.standardInput = input
            do { try process.run(); launched = process } catch where attempts < 40 {
                attempts += 1
                usleep(50_000)
            }
        }
        let process = launched!
        try input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func aCopiedBinaryHasTheShippedLoopsAndIgnoresTheCurrentFolder() throws {
        // An untrusted folder with a ./scripts/loops of its own.
        let untrusted = cli.home.appendingPathComponent("untrusted")
        try cli.write("untrusted/scripts/loops/evil.yaml", "kind: loop\nid: evil-loop\ntitle: Evil\n")
        let listed = try runInstalled(["list"], in: untrusted)
        #expect(listed.status == 0, "\(listed.stderr)")
        for id in ["aws-solutions-architect", "aws-software-development-engineer", "retail-area-manager", "retail-vendor-manager"] {
            #expect(listed.stdout.contains(id), "\(id)")
        }
        #expect(!listed.stdout.contains("evil-loop"))
        #expect(!listed.stderr.contains("evil"))
        // A whole (short) session runs with the compiled-in loop and banks.
        let session = try runInstalled(["run", "retail-area-manager", "--seed", "1", "--out", cli.home.appendingPathComponent("s").path], in: untrusted, stdin: "/skip\n/quit\n")
        #expect(session.status == 0, "\(session.stderr)")
        #expect(session.stdout.contains("Tell me about a time you hit a demanding target on the floor"))
        // The loop is shown as compiled in, never as a path in some folder.
        #expect(listed.stdout.contains("<shipped>/retail-area-manager.yaml"))
    }

    @Test func theEmbeddedCopyIsTheRepositorysScripts() throws {
        // With $MOCKLOOP_SCRIPTS (the repository's folder) and without it, the same loops and
        // questions: the build embedded the current scripts.
        let withFolder = try cli.run(["list"])
        let embedded = try runInstalled(["list"], in: cli.home)
        func ids(_ text: String) -> [String] { text.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { String($0.split(separator: " ").first ?? "") } }
        #expect(ids(withFolder.stdout) == ids(embedded.stdout))
        #expect(!ids(embedded.stdout).isEmpty)
    }
}
