import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
