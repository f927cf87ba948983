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

    @OptionGroup var destination: OutputOptions

    func validate() throws {
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
        try destination.refuseExisting()
        let folder = sessions.map { URL(fileURLWithPath: $0) } ?? DataFolders.sessions
        if sessions != nil && !DataFolders.isDirectory(folder) {
            printError("mockloop: \(folder.path) is not a folder of sessions.\n")
            throw ExitCode(2)
        }
        let report = SessionHistory.read(folder, loop: loop, since: since)
        let text: String
        switch format {
        case .text:
            let style = destination.output == nil ? TerminalStyle.forDescriptor(1) : .plain
            text = ProgressTextReport(style: { text, role in style.paint(text, as: role) }).render(report)
        case .json:
            text = String(decoding: (try? StoryJSON.encoder().encode(report)) ?? Data(), as: UTF8.self) + "\n"
        case .html:
            text = ProgressHTML.render(report)
        }
        try destination.emit(text)
    }
}

/// Reads the finished sessions of a sessions folder for `progress`.
enum SessionHistory {
    /// The transcripts directly in `folder` (regular files, no walk into subfolders).
    static func transcripts(in folder: URL) -> [URL] {
        SafeFiles.files(in: folder, endingWith: ".transcript.json")
    }

    /// What one file turned out to be.
    enum Reading: Sendable {
        case session(SessionFigures)
        case unfinished
        case filteredOut
        case skipped(String)
    }

    static func read(_ folder: URL, loop: String?, since: String?) -> ProgressReport {
        // Files are read and decoded on every core; the results keep the folder's order.
        let results = transcripts(in: folder).concurrentMap { reading($0, loop: loop, since: since) }
        var figures: [SessionFigures] = [], skipped: [String] = []
        var unfinished = 0
        for result in results {
            switch result {
            case .session(let session): figures.append(session)
            case .unfinished: unfinished += 1
            case .skipped(let note): skipped.append(note)
            case .filteredOut: break
            }
        }
        if unfinished > 0 {
            skipped.append("\(unfinished) unfinished session\(unfinished == 1 ? " is" : "s are") left out (`mockloop resume` finishes one)")
        }
        return ProgressReport(sessions: figures, skipped: skipped, loop: loop, since: since)
    }

    static func reading(_ url: URL, loop: String?, since: String?) -> Reading {
        let name = url.lastPathComponent
        guard let data = try? InputFile.read(url.path, limit: JournalReader.maxBytes) else {
            return .skipped("\(name): cannot be read (too large or not readable)")
        }
        let decoder = JSONDecoder()
        let digest: SessionDigest
        do {
            digest = try decoder.decode(SessionDigest.self, from: data)
        } catch {
            // Another format version is named; anything else is damaged.
            if let header = try? decoder.decode(SessionDigest.Header.self, from: data), header.schema == Transcript.schemaName,
               let version = header.version, version != Transcript.currentVersion {
                return .skipped("\(name): transcript format version \(version); this mockloop reads version \(Transcript.currentVersion)")
            }
            return .skipped("\(name): not a mockloop transcript (truncated or damaged?)")
        }
        guard digest.schema == Transcript.schemaName else { return .skipped("\(name): not a mockloop transcript") }
        if digest.version != Transcript.currentVersion {
            return .skipped("\(name): transcript format version \(digest.version); this mockloop reads version \(Transcript.currentVersion)")
        }
        if let loop, digest.loop != loop { return .filteredOut }
        if let since, digest.startedAt.prefix(10) < since { return .filteredOut }
        guard digest.completed else { return .unfinished }
        return .session(SessionFigures(digest, file: name))
    }
}
