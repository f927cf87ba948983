import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Temporary files that cannot be hijacked: a random name in the target folder, created with
/// `O_CREAT|O_EXCL|O_NOFOLLOW` and owner-only permissions, so a link planted under a
/// predictable name is never followed.
enum SafeFiles {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// A new, empty, owner-only file `.<name>.<random>.tmp` in `folder`, open for writing.
    static func createTemporary(in folder: URL, for name: String) throws -> (descriptor: Int32, url: URL) {
        for _ in 0..<32 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let url = folder.appendingPathComponent(".\(name).\(suffix).tmp")
            let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 {
                fchmod(fd, 0o600)
                return (fd, url)
            }
            if errno != EEXIST { throw Failure(description: "cannot write in \(folder.path): \(String(cString: strerror(errno)))") }
        }
        throw Failure(description: "cannot make a temporary file in \(folder.path)")
    }

    /// Flushes a folder's entries (a rename or link in it) to disk, where the system allows.
    static func syncFolder(_ folder: URL) {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
