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

    /// Writes all of `text` to `descriptor`, retrying after interruptions; the reason on failure.
    static func writeAll(_ text: String, to descriptor: Int32) -> String? {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }

    /// The regular files directly in `folder` whose names end with `suffix`, by name: no walk
    /// into subfolders, no hidden files, nothing that is not a plain file (a FIFO would hang).
    static func files(in folder: URL, endingWith suffix: String) -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().compactMap { name in
            let url = folder.appendingPathComponent(name)
            var info = stat()
            guard stat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return url
        }
    }

    /// Flushes a folder's entries (a rename or link in it) to disk, where the system allows.
    static func syncFolder(_ folder: URL) {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
