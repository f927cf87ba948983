import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `-o FILE` and `--force`, for the commands that write a page or a document.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file (owner-only) instead of standard output; an existing file is kept unless --force.")
    var output: String?

    @Flag(help: "With --output: replace the file if it exists (a link there is replaced, never followed).")
    var force = false

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("--output needs a file name, e.g. -o page.html.") }
    }

    /// Stops before any work when the file exists and --force was not given.
    func refuseExisting() throws { try OutputFile.refuseExisting(output, force: force) }

    /// Writes `text` to the file, saying so, or prints it.
    func emit(_ text: String) throws {
        try OutputFile.emit(text, to: output)
        if let output { print("Wrote \(output)") }
    }
}

/// Where a command's page or document goes: standard output, or a file given with `-o`,
/// written atomically and owner-only, and never replacing a file unless `--force`.
enum OutputFile {
    /// Stops with a message when `path` exists (a link counts) and `force` is not set.
    static func refuseExisting(_ path: String?, force: Bool) throws {
        guard let path, !force else { return }
        var info = stat()
        if lstat(path, &info) == 0 {
            printError("mockloop: \(path) already exists; choose another name, or replace it with --force.\n")
            throw ExitCode(1)
        }
    }

    /// Writes `text` to `path` as it is, or prints it (ending with a newline) when there is no path.
    static func emit(_ text: String, to path: String?) throws {
        guard let path else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return
        }
        do {
            try TranscriptFiles.write(text, to: URL(fileURLWithPath: path))
        } catch {
            printError("mockloop: \(error)\n")
            throw ExitCode(2)
        }
    }
}
