import Foundation

/// Reads a user's input file (or standard input for `-`) with a size limit, so that a huge
/// or endless input is refused with a clear message instead of exhausting memory.
enum InputFile {
    /// Why an input could not be read.
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads at most `limit` bytes; more than that is an error naming the limit.
    static func read(_ path: String, limit: Int) throws -> Data {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ReadError(description: "\(path): no such file")
            }
            guard !isDirectory.boolValue else {
                throw ReadError(description: "\(path): is a folder, not a file")
            }
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw ReadError(description: "\(path): cannot be opened for reading (check its permissions)")
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        var data = Data()
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw ReadError(description: "\(displayName(path)): read failed: \(error.localizedDescription)")
            }
            if chunk.isEmpty { break }
            data.append(chunk)
            if data.count > limit {
                throw ReadError(description: "\(displayName(path)): input is larger than the limit of \(formatBytes(limit))")
            }
        }
        return data
    }

    static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    static func formatBytes(_ count: Int) -> String {
        if count >= 1 << 20 { return "\(count >> 20) MB" }
        if count >= 1 << 10 { return "\(count >> 10) KB" }
        return "\(count) bytes"
    }
}
