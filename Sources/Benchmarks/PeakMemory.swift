import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The peak resident memory of one run of a program, measured from a small process of its own.
///
/// A child's `ru_maxrss` counts the memory of the process that started it: Linux records the old
/// address space's high-water mark when the child calls `exec`, and a spawned child still shares
/// its parent's until then. Measured straight from the benchmark process (hundreds of MB after the
/// analyzer figures), every run would seem that large. So the benchmark starts itself again in
/// this mode, still small, and that process starts the program and reports its peak.
enum PeakMemory {
    /// The argument that starts this mode: `Benchmarks --peak-memory-of PROGRAM ARGS...`.
    static let flag = "--peak-memory-of"

    /// Runs the program named after `flag` with this process's standard input and environment and
    /// its output thrown away, prints its peak resident memory in KiB and exits (1 when it could
    /// not be started or did not exit normally).
    static func runChild(_ command: [String]) -> Never {
        guard let program = command.first else { exit(2) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var arguments: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        var pid: pid_t = 0
        let started = posix_spawn(&pid, program, &actions, nil, &arguments, environ)
        guard started == 0 else { exit(1) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        print(usage.ru_maxrss)
        exit(status == 0 ? 0 : 1)
    }

    /// The peak resident memory, in KiB, of `binary` run with `arguments`, `environment` and
    /// standard input read from `input`; nil when the run failed.
    static func of(_ binary: URL, arguments: [String], environment: [String: String], input: URL) -> Int? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = [flag, binary.path] + arguments
        process.environment = environment
        process.standardInput = try? FileHandle(forReadingFrom: input)
        let output = Pipe()
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Int(String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
