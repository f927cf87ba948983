import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Simulator

/// `mockloop report`: renders a transcript (or a session journal) again.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render a session's write-up again, as Markdown, JSON or a self-contained HTML page.",
        discussion: "TRANSCRIPT is a .transcript.json file or a session journal (.journal.jsonl); a journal is scored again with its loop script."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, json, html }

    @Argument(help: "A .transcript.json or .journal.jsonl file.")
    var transcript: String

    @Option(help: "md, json or html.")
    var format: Format = .md

    @Option(name: .shortAndLong, help: "Write to this file (owner-only) instead of standard output; an existing file is kept unless --force.")
    var output: String?

    @Flag(help: "With --output: replace the file if it exists (a link there is replaced, never followed).")
    var force = false

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("--output needs a file name, e.g. -o report.html.") }
    }

    func run() throws {
        try OutputFile.refuseExisting(output, force: force)
        let loaded: Transcript
        do {
            loaded = try TranscriptFiles.load(transcript)
        } catch {
            printError("mockloop: \(error)\n")
            throw ExitCode(1)
        }
        let text: String = switch format {
        case .md: MarkdownReport.render(loaded)
        case .json: TranscriptFiles.json(loaded)
        case .html: HTMLReport.render(loaded)
        }
        try OutputFile.emit(text, to: output)
        if let output { print("Wrote \(output)") }
    }
}
