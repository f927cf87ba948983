import Foundation

/// Runs the built `mockloop` executable as a separate process, the way a user would, with a
/// private home folder and the repository's shipped scripts.
struct CommandRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The repository checkout this test file belongs to.
    static let repository: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `mockloop` binary built beside the test bundle.
    static let executable: URL = {
        let candidates = [
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for folder in candidates {
            let binary = folder.appendingPathComponent("mockloop")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return repository.appendingPathComponent(".build/debug/mockloop")
    }()

    /// A fresh private folder for MOCKLOOP_HOME and scratch files.
    let home: URL

    init() {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("mockloop-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    func run(_ arguments: [String], stdin: Data? = nil, environment extra: [String: String] = [:], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["MOCKLOOP_HOME"] = home.path
        environment["MOCKLOOP_SCRIPTS"] = Self.repository.appendingPathComponent("scripts/loops").path
        environment["NO_COLOR"] = "1"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.currentDirectoryURL = directory ?? Self.repository
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        // Read both pipes while the process runs so that neither can fill up and block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = errors.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts the built `mockloop` on a real pseudo-terminal, with this runner's private home, the
    /// repository's scripts, no colour and no user readline settings.
    func terminal(_ arguments: [String], columns: UInt16 = 100) throws -> PseudoTerminal {
        var environment = ProcessInfo.processInfo.environment
        environment["MOCKLOOP_HOME"] = home.path
        environment["MOCKLOOP_SCRIPTS"] = Self.repository.appendingPathComponent("scripts/loops").path
        environment["NO_COLOR"] = "1"
        environment["TERM"] = "xterm"
        environment["INPUTRC"] = "/dev/null"
        return try PseudoTerminal(executable: Self.executable.path, arguments: arguments, environment: environment, columns: columns)
    }

    /// Writes a file under the private home folder and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> URL {
        let url = home.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}
