import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program on a real pseudo-terminal, as a person at a terminal would: the child is a
/// session leader with the terminal as its controlling terminal, so Ctrl-C typed as a byte
/// raises SIGINT in it, and readline sees a TTY. Spawned with posix_spawn (no fork in a
/// multi-threaded test process).
final class PseudoTerminal {
    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let output: String
        var description: String { "timed out waiting for \(waitingFor.debugDescription); screen so far:\n\(output)" }
    }

    let pid: pid_t
    private let primary: Int32
    /// Everything the program printed, escape sequences removed.
    private(set) var output = ""
    /// Everything the program wrote to the terminal, byte for byte.
    private(set) var raw: [UInt8] = []
    private var searchFrom: String.Index

    init(executable: String, arguments: [String], environment: [String: String], columns: UInt16 = 100, rows: UInt16 = 40) throws {
        var primary: Int32 = -1, replica: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&primary, &replica, nil, nil, &size) == 0 else { throw POSIXError(.ENODEV) }
        let replicaPath = String(cString: ttyname(replica))
        close(replica)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, opening the replica makes it the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, replicaPath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, primary)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGWINCH] { sigaddset(&defaultSignals, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(0x80 /* POSIX_SPAWN_SETSID */ | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard status == 0 else { close(primary); throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL) }
        pid = child
        self.primary = primary
        _ = fcntl(primary, F_SETFL, fcntl(primary, F_GETFL) | O_NONBLOCK)
        searchFrom = output.startIndex
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(primary)
    }

    /// Types bytes as if at the keyboard (control keys as their bytes, e.g. "\u{03}" for Ctrl-C).
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(primary, $0.baseAddress, $0.count) }
            if written > 0 { offset += written } else { usleep(1000) }
        }
    }

    /// Waits (at most `limit` seconds, as a guard against hangs) until the screen shows `text`
    /// after the previous match, and returns the screen output up to it.
    @discardableResult
    func expect(_ text: String, limit: Double = 30) throws -> String {
        let deadline = Date().addingTimeInterval(limit)
        while true {
            if let range = output.range(of: text, range: searchFrom..<output.endIndex) {
                let seen = String(output[searchFrom..<range.upperBound])
                searchFrom = range.upperBound
                return seen
            }
            if Date() > deadline { throw Timeout(waitingFor: text, output: output) }
            pump(waitMilliseconds: 50)
        }
    }

    /// Reads whatever the program printed so far.
    func pump(waitMilliseconds: Int32) {
        var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, waitMilliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(primary, &buffer, buffer.count)
        if count > 0 {
            raw += buffer[0..<count]
            let offset = output.distance(from: output.startIndex, to: searchFrom)
            output += Self.stripEscapes(String(decoding: buffer[0..<count], as: UTF8.self))
            searchFrom = output.index(output.startIndex, offsetBy: offset)
        }
    }

    func signal(_ number: Int32) { kill(pid, number) }

    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(primary, UInt(TIOCSWINSZ), &size)
    }

    /// Waits for the program to end and returns its exit status (128 + signal when killed).
    func waitForExit(limit: Double = 30) throws -> Int32 {
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            pump(waitMilliseconds: 20)
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                pump(waitMilliseconds: 0)
                let terminatedBySignal = status & 0x7F
                return terminatedBySignal == 0 ? (status >> 8) & 0xFF : 128 + terminatedBySignal
            }
        }
        throw Timeout(waitingFor: "exit", output: output)
    }

    /// The terminal's settings as the program left them (to check they were restored).
    func terminalSettings() -> termios {
        var settings = termios()
        tcgetattr(primary, &settings)
        return settings
    }

    static func stripEscapes(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var state = 0 // 0 text, 1 after ESC, 2 in CSI
        for scalar in text.unicodeScalars {
            switch state {
            case 1: state = scalar == "[" ? 2 : 0
            case 2: if (0x40...0x7E).contains(scalar.value) { state = 0 }
            default:
                if scalar == "\u{1B}" { state = 1 } else if scalar != "\r" { result.append(scalar) }
            }
        }
        return String(result)
    }
}
