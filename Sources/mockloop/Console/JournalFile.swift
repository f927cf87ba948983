import Foundation
import Simulator
#if canImport(Glibc)
import Glibc
#endif

/// A session journal on disk: created owner-only (0600, in a 0700 folder), every line
/// appended and flushed to the disk before the interviewer says the next thing, so a killed
/// session loses at most the answer being typed.
final class JournalFile {
    struct WriteError: Error, CustomStringConvertible {
        let description: String
    }

    let url: URL
    private let descriptor: Int32

    /// Creates a new journal in `folder` (made if missing). Fails before the interview starts
    /// when the folder cannot be written.
    init(folder: URL, name: String) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw WriteError(description: "cannot create the session folder \(folder.path): \(error.localizedDescription)")
        }
        url = folder.appendingPathComponent(name)
        descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw WriteError(description: "cannot create \(url.path): \(String(cString: strerror(errno)))")
        }
        fchmod(descriptor, 0o600)
    }

    /// Opens an existing journal to append to it (a resumed session goes on in its own journal).
    init(appendingTo url: URL) throws {
        self.url = url
        descriptor = open(url.path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            throw WriteError(description: "cannot open \(url.path) to go on with it: \(String(cString: strerror(errno)))")
        }
    }

    /// Creates a journal that starts with `lines`, all or nothing: they are written to a new
    /// temporary file (random name, `O_EXCL|O_NOFOLLOW`), flushed, and only then linked under
    /// `name`, which must not exist yet. A kill at any moment leaves either no journal or the
    /// whole one.
    init(folder: URL, name: String, startingWith lines: [Data]) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw WriteError(description: "cannot create the session folder \(folder.path): \(error.localizedDescription)")
        }
        url = folder.appendingPathComponent(name)
        let (fd, temporary) = try SafeFiles.createTemporary(in: folder, for: name)
        descriptor = fd
        do {
            try append(lines: lines)
        } catch {
            unlink(temporary.path)
            throw error
        }
        guard link(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw WriteError(description: "cannot create \(url.path): \(reason)")
        }
        unlink(temporary.path)
        SafeFiles.syncFolder(folder)
    }

    deinit { close(descriptor) }

    /// Appends one line and flushes it to disk.
    func append(_ line: Data) throws {
        try append(lines: [line])
    }

    /// Appends lines with one write and flushes them to disk together: everything an event
    /// produced is on disk before the interviewer says anything about it.
    func append(lines: [Data]) throws {
        var line = Data()
        for part in lines { line.append(part) }
        try line.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(description: "cannot write to \(url.path): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
        if fsync(descriptor) != 0 && errno != EINVAL {
            throw WriteError(description: "cannot save \(url.path) to disk: \(String(cString: strerror(errno)))")
        }
    }
}
