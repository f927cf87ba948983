import ArgumentParser
import Foundation
import InterviewScript
import Simulator
#if canImport(Glibc)
import Glibc
#endif

/// `mockloop stories`: the story bank against the Leadership Principles, and with `--loop` a
/// plan of which story to tell in which round.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Show your stories against the Leadership Principles, and plan them for a loop.",
        discussion: """
        A table of principles (in Amazon's order) by stories, marking where a story is meant \
        for a principle and how strong the story is, then the principles no story covers, \
        stories stretched over too many principles, and stories that tell the same event. \
        With --loop, only that loop's principles, and a plan: one story for each principle of \
        each round, never one story for two interviewers, with the gaps named.

        Story files with errors are left out (run `mockloop story check` for the details).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html }

    @Option(help: ArgumentHelp("Plan for this loop (an id from `mockloop list`, or a loop file).", valueName: "id"))
    var loop: String?

    @Option(help: "text, json or html (one self-contained page).")
    var format: Format = .text

    @OptionGroup var destination: OutputOptions

    func validate() throws {
        if loop?.isEmpty == true { throw ValidationError("--loop needs a loop id; run `mockloop list` to see them.") }
    }

    func run() throws {
        try destination.refuseExisting()
        var chosen: Loop?
        if let loop {
            let (catalog, found) = ScriptCatalog.forLoop(loop)
            guard let found else {
                let ids = catalog.library.loops.map(\.id)
                throw ValidationError("No loop '\(loop)'\(Suggestion.didYouMean(loop, in: ids)). Run `mockloop list` to see them.")
            }
            chosen = found
        }
        let parsed = StoryFiles.loadBank()
        let broken = parsed.filter { $0.story == nil }
        for item in broken {
            printError("mockloop: \(item.file) is left out: \(item.diagnostics.first { $0.severity == .error }?.message ?? "it cannot be read"); run `mockloop story check` for details.\n")
        }
        let stories = StoryFiles.checked(parsed.compactMap(\.story))
        if stories.isEmpty && format == .text && destination.output == nil {
            print("No stories in \(StoryFiles.folder.path) yet. Write one with `mockloop story new \"A title\"`.")
            return
        }
        let matrix = StoryMatrix.build(stories, loop: chosen)
        let text: String
        switch format {
        case .text:
            let style = destination.output == nil ? TerminalStyle.forDescriptor(1) : .plain
            text = StoryTextReport(style: { text, role in style.paint(text, as: role) }).render(matrix, width: destination.output == nil && isatty(1) == 1 ? max(60, ConsoleOutput(interactive: true).width) : 100)
        case .json:
            text = String(decoding: (try? StoryJSON.encoder().encode(matrix)) ?? Data(), as: UTF8.self) + "\n"
        case .html:
            text = StoryMatrixHTML.render(matrix)
        }
        try destination.emit(text)
    }
}
