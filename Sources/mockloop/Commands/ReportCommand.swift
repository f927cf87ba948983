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

    @OptionGroup var destination: OutputOptions

    func run() throws {
        try destination.refuseExisting()
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
        try destination.emit(text)
    }
}
