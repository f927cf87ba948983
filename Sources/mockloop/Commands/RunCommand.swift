import ArgumentParser
import Foundation
import InterviewScript
import Simulator

/// `mockloop run`: a whole mock loop at the terminal (or scripted through standard input).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a mock interview loop.",
        discussion: """
        Type each answer over one or more lines and press Enter on an empty line to send it. \
        Commands: /help /repeat /skip /time /hint /quit. Ctrl-C clears the line; Ctrl-D on an empty \
        line offers to end the session.

        Without a terminal, answers are read from standard input, separated by empty lines, and \
        commands such as /skip may stand on their own line: `mockloop run LOOP --seed 1 < answers.txt`.

        The session journal is written to --out (default: $MOCKLOOP_HOME/sessions, i.e. \
        ~/.local/share/mockloop/sessions), owner-only, flushed after every answer. An interrupted \
        session continues with `mockloop run --resume JOURNAL` (or `mockloop resume JOURNAL`).
        """
    )

    @Argument(help: "The loop's id (see `mockloop list`) or the path of a loop script.")
    var loop: String?

    @Option(help: "Seed for the question draw; the same seed and answers give the same session (default: random).")
    var seed: UInt64?

    @Option(help: "Folder for the session's files.")
    var out: String?

    @Option(help: "Continue the interrupted session in this journal.")
    var resume: String?

    @Flag(help: "With --resume: continue even if the loop script changed since the session.")
    var force = false

    func validate() throws {
        if loop == nil && resume == nil { throw ValidationError("Name a loop to run (see `mockloop list`), or --resume JOURNAL.") }
        if loop != nil && resume != nil { throw ValidationError("Give either a loop or --resume JOURNAL, not both.") }
        if out?.isEmpty == true { throw ValidationError("--out needs a folder, e.g. --out ~/mock-sessions.") }
    }

    func run() throws {
        let folder = out.map { URL(fileURLWithPath: $0) } ?? DataFolders.sessions
        if let resume {
            // Replaying the journal may read answers, so the analyzer is made meanwhile.
            Thread.detachNewThread { AnalyzerReader.warmUp() }
            try SessionResumption(journalPath: resume, force: force, outFolder: out.map { URL(fileURLWithPath: $0) }).launch()
            return
        }
        let reference = loop!
        let (catalog, found) = ScriptCatalog.quickRun(reference).map { ($0.catalog, Optional($0.loop)) } ?? ScriptCatalog.forLoop(reference)
        guard let chosen = found else {
            let known = catalog.library.loops.map(\.id).sorted()
            let hint = known.isEmpty ? "" : " Available: \(known.joined(separator: ", "))."
            throw ValidationError("No loop '\(reference)'.\(hint) Run `mockloop list` to see them.")
        }
        try SessionLauncher(loop: chosen, catalog: catalog, seed: seed ?? UInt64.random(in: 1...999_999), journaling: .new(folder: folder)).launch()
    }
}

/// `mockloop resume`: continues an interrupted session where it stopped.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue an interrupted session where it stopped, with the same questions.",
        discussion: "The session goes on in its own journal from the question that was waiting, with exactly the questions it was drawn (they are pinned in the journal). A journal with a damaged line is not changed: the readable part is copied into a new journal and the session goes on there. A finished session cannot be resumed; `mockloop report` writes its write-up again."
    )

    @Argument(help: "The session's journal (.journal.jsonl).")
    var journal: String

    @Option(help: "Folder for a new journal, when the old one is damaged and cannot be added to (default: the old journal's folder).")
    var out: String?

    @Flag(help: "Continue even if the loop script or one of the session's questions changed since the session.")
    var force = false

    func validate() throws {
        if out?.isEmpty == true { throw ValidationError("--out needs a folder, e.g. --out ~/mock-sessions.") }
    }

    func run() throws {
        Thread.detachNewThread { AnalyzerReader.warmUp() }
        try SessionResumption(journalPath: journal, force: force, outFolder: out.map { URL(fileURLWithPath: $0) }).launch()
    }
}
