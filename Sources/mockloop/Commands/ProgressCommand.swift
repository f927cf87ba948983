import ArgumentParser
import Foundation
import InterviewScript
import Simulator
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `mockloop progress`: every finished session, oldest first, and whether the candidate is
/// getting better.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show how your sessions went over time: votes, unprompted STAR parts, numbers, \"I\", dodges.",
        discussion: """
        Reads every finished session's transcript (.transcript.json) in the sessions folder \
        ($MOCKLOOP_HOME/sessions, or --sessions DIR), oldest first: the vote on each principle \
        over time, the share of STAR parts told without a follow-up, the share of results with a \
        number, the "I" share of actions, the dodged and hypothetical replies, and time per \
        answer. Unfinished sessions, unreadable files and transcripts of another format version \
        are left out with a note.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html }

    @Option(help: ArgumentHelp("Only sessions of this loop.", valueName: "id"))
    var loop: String?

    @Option(help: ArgumentHelp("Only sessions started on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("The folder of sessions to read (default: $MOCKLOOP_HOME/sessions).", valueName: "dir"))
    var sessions: String?

    @Option(help: "text, json or html (one self-contained page with charts).")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file (owner-only) instead of standard output; an existing file is kept unless --force.")
    var output: String?

    @Flag(help: "With --output: replace the file if it exists.")
    var force = false

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("--output needs a file name, e.g. -o progress.html.") }
        if let since, !Self.isDay(since) { throw ValidationError("--since takes a day as YYYY-MM-DD, e.g. --since 2026-11-01.") }
        if sessions?.isEmpty == true { throw ValidationError("--sessions needs a folder.") }
    }

    static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    func run() throws {
        try OutputFile.refuseExisting(output, force: force)
        let folder = sessions.map { URL(fileURLWithPath: $0) } ?? DataFolders.sessions
        if sessions != nil && !DataFolders.isDirectory(folder) {
            printError("mockloop: \(folder.path) is not a folder of sessions.\n")
            throw ExitCode(2)
        }
        let report = SessionHistory.read(folder, loop: loop, since: since)
        let text: String
        switch format {
        case .text:
            let style = output == nil ? TerminalStyle.forDescriptor(1) : .plain
            text = ProgressTextReport(style: { text, role in style.paint(text, as: role) }).render(report)
        case .json:
            text = String(decoding: (try? StoryJSON.encoder().encode(report)) ?? Data(), as: UTF8.self) + "\n"
        case .html:
            text = ProgressHTML.render(report)
        }
        try OutputFile.emit(text, to: output)
        if let output { print("Wrote \(output)") }
    }
}

/// Reads the finished sessions of a sessions folder for `progress`.
enum SessionHistory {
    /// The transcripts directly in `folder` (regular files, no walk into subfolders).
    static func transcripts(in folder: URL) -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".transcript.json") && !$0.hasPrefix(".") }.sorted().compactMap { name in
            let url = folder.appendingPathComponent(name)
            var info = stat()
            guard stat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return url
        }
    }

    /// The header fields read first, so that another format version is named, not misread.
    private struct Header: Decodable {
        var schema: String?
        var version: Int?
    }

    static func read(_ folder: URL, loop: String?, since: String?) -> ProgressReport {
        var figures: [SessionFigures] = [], skipped: [String] = []
        var unfinished = 0
        let decoder = JSONDecoder()
        for url in transcripts(in: folder) {
            let name = url.lastPathComponent
            guard let data = try? InputFile.read(url.path, limit: JournalReader.maxBytes) else {
                skipped.append("\(name): cannot be read (too large or not readable)")
                continue
            }
            guard let header = try? decoder.decode(Header.self, from: data), header.schema == Transcript.schemaName else {
                skipped.append("\(name): not a mockloop transcript (truncated or damaged?)")
                continue
            }
            if let version = header.version, version != Transcript.currentVersion {
                skipped.append("\(name): transcript format version \(version); this mockloop reads version \(Transcript.currentVersion)")
                continue
            }
            let transcript: Transcript
            do {
                transcript = try decoder.decode(Transcript.self, from: data)
            } catch {
                skipped.append("\(name): cannot be read as a transcript (truncated or damaged?)")
                continue
            }
            if let loop, transcript.loop.id != loop { continue }
            if let since, transcript.startedAt.prefix(10) < since { continue }
            guard transcript.completed else {
                unfinished += 1
                continue
            }
            figures.append(SessionFigures(transcript, file: name))
        }
        if unfinished > 0 {
            skipped.append("\(unfinished) unfinished session\(unfinished == 1 ? " is" : "s are") left out (`mockloop resume` finishes one)")
        }
        return ProgressReport(sessions: figures, skipped: skipped, loop: loop, since: since)
    }
}
