import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps two processes off one session journal: an exclusive `flock` on a lock file beside
/// the journal (`.NAME.lock`), which names the process holding it. The kernel drops the lock
/// when the process dies, so a killed session never leaves its journal locked; a clean exit
/// removes the file.
final class SessionLock {
    struct Busy: Error, CustomStringConvertible {
        let description: String
    }

    private let path: String
    private let descriptor: Int32

    /// Takes the lock for `journal` or says who has it.
    init(journal: URL) throws {
        let folder = journal.deletingLastPathComponent()
        path = folder.appendingPathComponent(".\(journal.lastPathComponent).lock").path
        var attempts = 0
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard fd >= 0 else {
                throw Busy(description: "cannot lock \(journal.path): \(String(cString: strerror(errno)))")
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let holder = Self.holder(fd)
                close(fd)
                throw Busy(description: "\(journal.path) is in use by \(holder); wait for it to end (or end it) and try again")
            }
            // The file may have been removed by its last holder between our open and our lock.
            var held = stat(), current = stat()
            if fstat(fd, &held) == 0, stat(path, &current) == 0, held.st_ino == current.st_ino, held.st_dev == current.st_dev {
                descriptor = fd
                break
            }
            close(fd)
            attempts += 1
            if attempts > 20 { throw Busy(description: "cannot lock \(journal.path): the lock file keeps changing") }
        }
        let note = "pid \(getpid()) \(ProcessInfo.processInfo.arguments.prefix(2).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " "))\n"
        ftruncate(descriptor, 0)
        _ = note.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    /// Removes the lock file (while still holding it) and releases the lock.
    func release() {
        unlink(path)
        close(descriptor)
    }

    private static func holder(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 200)
        let count = pread(fd, &buffer, buffer.count, 0)
        let words = count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self).split(whereSeparator: \.isWhitespace) : []
        if words.count >= 2, words[0] == "pid", let pid = Int32(words[1]) {
            let alive = kill(pid, 0) == 0 || errno == EPERM
            return alive ? "another mockloop process (pid \(pid): a session still running, or another resume of it)" : "another mockloop process"
        }
        return "another mockloop process"
    }
}
