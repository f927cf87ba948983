import ArgumentParser
import Foundation
import InterviewScript
import Simulator
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `mockloop story`: the candidate's story bank, one Markdown file per story.
struct StoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Write and check the stories you will tell (your story bank).",
        discussion: """
        Stories live in $MOCKLOOP_HOME/stories/ (by default ~/.local/share/mockloop/stories/), \
        one Markdown file each, with a small front matter and the story under ## Situation, \
        ## Task, ## Action and ## Result headings (or as plain paragraphs). See docs/stories.md. \
        `mockloop stories` shows the whole bank against the Leadership Principles.
        """,
        subcommands: [NewStory.self, CheckStory.self]
    )
}

/// `mockloop story new`: writes a commented template and opens the editor.
struct NewStory: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a story from a commented template.",
        discussion: "Writes STORIES/<id>.md (owner-only; an existing story is never replaced) and opens $VISUAL or $EDITOR when there is a terminal; otherwise prints the path."
    )

    @Argument(help: "The story's title, e.g. \"Cut the on-call pages by a third\".")
    var title: String = "Untitled story"

    @Flag(help: "Do not open an editor; print the path.")
    var noEdit = false

    func validate() throws {
        if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("The title is empty; give the story a title, e.g. mockloop story new \"Cut the on-call pages by a third\".") }
    }

    func run() throws {
        let url: URL
        do {
            url = try StoryFiles.create(title: title)
        } catch {
            printError("mockloop: \(error)\n")
            throw ExitCode(2)
        }
        let id = url.deletingPathExtension().lastPathComponent
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard !noEdit, let editor, isatty(0) == 1, isatty(1) == 1 else {
            print("Wrote \(url.path)")
            print("Edit it, then check it with `mockloop story check \(id)`.")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor command may carry arguments ("code --wait"); the path is passed separately.
        process.arguments = ["-c", "\(editor) \"$1\"", "mockloop-editor", url.path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            printError("mockloop: cannot start the editor '\(editor)': \(error.localizedDescription); the story is at \(url.path)\n")
            throw ExitCode(2)
        }
        print("Saved \(url.path)")
        print("Check it with `mockloop story check \(id)`.")
    }
}

/// `mockloop story check`: each story read the way an interviewer hears it.
struct CheckStory: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read stories the way an interviewer hears them, and say what to fix.",
        discussion: """
        For each story: the STAR parts and how strong each sounds, the result's numbers, "I" \
        against "we", hypothetical or vague phrases, how long it takes to tell (aim: 2 to 3 \
        minutes), the principles it speaks to against those it claims, the follow-ups an \
        interviewer would ask, and what to fix first. Problems in a file are reported as \
        path:line:col: error: message [CODE].

        Exit status: 0 when every story was read, 1 when a story file has errors, 2 when a \
        story cannot be found or read.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Story files or ids in the bank; none checks the whole bank.", valueName: "file-or-id"))
    var stories: [String] = []

    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        var parsed: [ParsedStory] = []
        if stories.isEmpty {
            parsed = StoryFiles.loadBank()
            if parsed.isEmpty {
                if format == .json { print("[]") } else { print("No stories in \(StoryFiles.folder.path) yet. Write one with `mockloop story new \"A title\"`.") }
                return
            }
        } else {
            for reference in stories {
                guard let url = StoryFiles.resolve(reference) else {
                    let known = StoryFiles.list().map { $0.deletingPathExtension().lastPathComponent }
                    let hint = Suggestion.closest(to: reference, in: known).map { "; did you mean '\($0)'?" } ?? (known.isEmpty ? "; the bank is empty" : "")
                    printError("mockloop: no story '\(reference)': not a file, and not a story in \(StoryFiles.folder.path)\(hint)\n")
                    throw ExitCode(2)
                }
                parsed.append(StoryFiles.load(url, display: reference.contains("/") || reference.hasSuffix(".md") ? reference : url.path))
            }
        }
        let checks = parsed.map { item in item.story.map { StoryCheck.check($0) } }
        let failed = parsed.contains { $0.diagnostics.hasErrors }
        switch format {
        case .json:
            print(StoryJSON.checks(parsed, checks))
        case .text:
            let style = TerminalStyle.forDescriptor(1)
            let report = StoryTextReport(style: { text, role in style.paint(text, as: role) })
            let renderer = style.diagnosticRenderer(sources: Dictionary(parsed.map { ($0.file, $0.text) }, uniquingKeysWith: { a, _ in a }))
            for (n, item) in parsed.enumerated() {
                if n > 0 { print("") }
                if !item.diagnostics.isEmpty { print(renderer.render(item.diagnostics.cappedPerFile())) }
                if let check = checks[n] { print(report.render(check), terminator: "") }
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// The JSON forms of the story commands.
enum StoryJSON {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One object per story file: its path, its diagnostics, and its check when it could be read.
    static func checks(_ parsed: [ParsedStory], _ checks: [StoryCheck?]) -> String {
        var objects: [Any] = []
        for (n, item) in parsed.enumerated() {
            var object: [String: Any] = ["file": item.file]
            object["diagnostics"] = (try? JSONSerialization.jsonObject(with: Data(DiagnosticRenderer.json(item.diagnostics).utf8))) ?? []
            if let check = checks[n], let data = try? encoder().encode(check), let value = try? JSONSerialization.jsonObject(with: data) {
                object["check"] = value
            }
            objects.append(object)
        }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
