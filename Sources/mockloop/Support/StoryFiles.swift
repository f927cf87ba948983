import Foundation
import InterviewScript
import Simulator
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The candidate's story bank on disk: one Markdown file per story in `$MOCKLOOP_HOME/stories/`
/// (docs/stories.md). Stories are private notes: the folder is created 0700, files 0600, and
/// a new story never replaces a file that exists.
enum StoryFiles {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The bank's folder (not created here).
    static var folder: URL { DataFolders.home.appendingPathComponent("stories") }

    /// The story files in `folder`, by name: `*.md` regular files directly in it (no walk
    /// into subfolders, no links to folders, no hidden files).
    static func list(in folder: URL = folder) -> [URL] {
        SafeFiles.files(in: folder, endingWith: ".md")
    }

    /// Reads and parses one story file; a file that cannot be read becomes a diagnostic.
    static func load(_ url: URL, display: String? = nil) -> ParsedStory {
        let name = display ?? url.path
        let id = url.deletingPathExtension().lastPathComponent
        let data: Data
        do {
            data = try InputFile.read(url.path, limit: StoryParser.maxBytes)
        } catch let error as InputFile.ReadError where error.description.contains("larger than the limit") {
            return ParsedStory(file: name, text: "", story: nil, diagnostics: [Diagnostic(.fileTooLarge, "the story file is larger than \(StoryParser.maxBytes / 1024) KB; a story told in three minutes is about 3 KB", file: name)])
        } catch {
            return ParsedStory(file: name, text: "", story: nil, diagnostics: [Diagnostic(.notText, "\(error)", file: name)])
        }
        return StoryParser.parse([UInt8](data), file: name, id: id)
    }

    /// Every story in the bank, parsed (broken ones with their diagnostics and no story).
    static func loadBank(from folder: URL = folder) -> [ParsedStory] {
        list(in: folder).concurrentMap { load($0) }
    }

    /// The bank's readable stories and a matcher over them (nil when the bank is empty: then
    /// nothing is recognised). With `warn`, one line names story files left out for errors.
    static func bank(warn: Bool) -> (stories: [Story], matcher: StoryMatcher?) {
        let parsed = loadBank()
        let stories = parsed.compactMap(\.story)
        let broken = parsed.count - stories.count
        if warn && broken > 0 {
            printError("mockloop: note: \(broken) story file\(broken == 1 ? " has" : "s have") errors and \(broken == 1 ? "is" : "are") left out of your story bank; run `mockloop story check`\n")
        }
        return (stories, stories.isEmpty ? nil : StoryMatcher(stories: stories))
    }

    /// Each story with its check, checked on every core, in the order given.
    static func checked(_ stories: [Story]) -> [(story: Story, check: StoryCheck)] {
        Array(zip(stories, stories.concurrentMap { StoryCheck.check($0) }))
    }

    /// The file for `reference`: a path to a file, or a story id in the bank.
    static func resolve(_ reference: String) -> URL? {
        if reference.contains("/") || reference.hasSuffix(".md") {
            return FileManager.default.fileExists(atPath: reference) ? URL(fileURLWithPath: reference) : nil
        }
        let url = folder.appendingPathComponent(reference + ".md")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A file-name id from a title: lower case, words joined by hyphens, at most 60 characters.
    static func id(forTitle title: String) -> String {
        let slug = Suggestion.normalize(title).filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        let trimmed = String(slug.prefix(60)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "story" : trimmed
    }

    /// Writes a new story from the template under an unused name and returns its path. The
    /// file is created with O_EXCL, so an existing story is never overwritten.
    static func create(title: String, in folder: URL = folder) throws -> URL {
        try makePrivateFolder(folder)
        let base = id(forTitle: title)
        for n in 1...999 {
            let id = n == 1 ? base : "\(base)-\(n)"
            let url = folder.appendingPathComponent(id + ".md")
            let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0 {
                if errno == EEXIST { continue }
                throw Failure(description: "cannot write \(url.path): \(String(cString: strerror(errno)))")
            }
            fchmod(fd, 0o600)
            if let reason = SafeFiles.writeAll(StoryTemplate.text(title: title, id: id), to: fd) {
                close(fd)
                unlink(url.path)
                throw Failure(description: "cannot write \(url.path): \(reason)")
            }
            fsync(fd)
            close(fd)
            SafeFiles.syncFolder(folder)
            return url
        }
        throw Failure(description: "there are already 999 stories named \(base) in \(folder.path); choose another title")
    }

    /// Creates `folder` (and its parents) owner-only when it does not exist.
    static func makePrivateFolder(_ folder: URL) throws {
        if DataFolders.isDirectory(folder) { return }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure(description: "cannot create \(folder.path): \(error.localizedDescription)")
        }
    }
}
