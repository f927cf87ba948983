import Foundation
import InterviewScript

/// Finds and reads script files. It lists YAML files inside a folder without following links
/// out of it, and reads each within the script size limit, so no script or folder layout can
/// make mockloop read elsewhere or exhaust memory.
enum ScriptFiles {
    /// A file that could not be read, with the reason.
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): error: \(reason)" }
    }

    static let maxFiles = 20_000
    static let maxFolderDepth = 8

    static func isScript(_ url: URL) -> Bool {
        ["yaml", "yml"].contains(url.pathExtension.lowercased())
    }

    /// The YAML files in `folder` and below (sorted), staying inside the folder. A link to a
    /// folder is never followed, and no folder is visited twice, so no layout of links can make
    /// a walk long.
    static func list(in folder: URL) -> [URL] {
        let root = folder.resolvingSymlinksInPath().standardizedFileURL
        var result: [URL] = []
        var visited: Set<String> = [root.path]
        collect(root, root: root.path, depth: 0, visited: &visited, into: &result)
        return result.sorted { $0.path < $1.path }
    }

    /// The scripts a loop file draws banks from: those beside it and in its `questions/`
    /// folder, never deeper, so a loop kept in a big folder does not read the tree below it.
    static func listBeside(_ folder: URL) -> [URL] {
        let root = folder.resolvingSymlinksInPath().standardizedFileURL
        var result: [URL] = []
        for place in [root, root.appendingPathComponent("questions")] where DataFolders.isDirectory(place) {
            let entries = (try? FileManager.default.contentsOfDirectory(at: place, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])) ?? []
            for entry in entries where isScript(entry) && !DataFolders.isDirectory(entry) {
                let resolved = entry.resolvingSymlinksInPath().standardizedFileURL
                guard resolved.path.hasPrefix(root.path + "/") else { continue }
                result.append(entry)
                if result.count >= maxFiles { break }
            }
        }
        return result.sorted { $0.path < $1.path }
    }

    private static func collect(_ folder: URL, root: String, depth: Int, visited: inout Set<String>, into result: inout [URL]) {
        guard depth <= maxFolderDepth, result.count < maxFiles else { return }
        let entries = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isDirectoryKey, .isRegularFileKey, .isSymbolicLinkKey], options: [.skipsHiddenFiles])) ?? []
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            let isLink = (try? entry.resourceValues(forKeys: [.isSymbolicLinkKey]).isSymbolicLink) ?? false
            let resolved = entry.resolvingSymlinksInPath().standardizedFileURL
            guard resolved.path == root || resolved.path.hasPrefix(root + "/") else { continue }
            if DataFolders.isDirectory(resolved) {
                guard !isLink, visited.insert(resolved.path).inserted else { continue }
                collect(resolved, root: root, depth: depth + 1, visited: &visited, into: &result)
            } else if isScript(entry) {
                result.append(entry)
                if result.count >= maxFiles { return }
            }
        }
    }

    /// Reads and parses one script, naming it `displayPath` in diagnostics.
    static func parse(_ url: URL, displayPath: String) throws(Failure) -> ParsedScript {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(path: displayPath, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw Failure(path: displayPath, reason: "is a folder") }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > ScriptLimits.maxBytes {
            return ParsedScript.refused(file: displayPath, size: size)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Failure(path: displayPath, reason: "cannot be opened for reading (check its permissions)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: ScriptLimits.maxBytes + 1) ?? Data()
        } catch {
            throw Failure(path: displayPath, reason: "read failed: \(error.localizedDescription)")
        }
        return ScriptParser.parse([UInt8](data), file: displayPath)
    }

    /// Parses files on every core, each named by its display path; results in the files' order.
    static func parseAll(_ files: [URL]) -> [Result<ParsedScript, Failure>] {
        files.concurrentMap { file in
            Result { () throws(Failure) -> ParsedScript in try parse(file, displayPath: displayPath(file)) }
        }
    }

    /// A path as the user would like to read it: relative to the current folder when inside it.
    static func displayPath(_ url: URL) -> String {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
        return path
    }
}

extension ParsedScript {
    /// A file refused for its size before reading it.
    static func refused(file: String, size: Int) -> ParsedScript {
        ScriptParser.parse([], file: file).replacingDiagnostics([
            Diagnostic(.fileTooLarge, "the file is \(size) bytes; scripts may be at most \(ScriptLimits.maxBytes) bytes", file: file),
        ])
    }

    func replacingDiagnostics(_ diagnostics: [Diagnostic]) -> ParsedScript {
        var copy = self
        copy.diagnostics = diagnostics
        return copy
    }
}
