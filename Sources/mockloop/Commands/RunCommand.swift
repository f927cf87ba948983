import ArgumentParser
import Foundation
import InterviewScript
import Simulator
#if canImport(Glibc)
import Glibc
#endif

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
        ~/.local/share/mockloop/sessions), owner-only, flushed after every answer.
        """
    )

    @Argument(help: "The loop's id (see `mockloop list`) or the path of a loop script.")
    var loop: String

    @Option(help: "Seed for the question draw; the same seed and answers give the same session (default: random).")
    var seed: UInt64?

    @Option(help: "Folder for the session's files.")
    var out: String?

    func run() throws {
        let (catalog, found) = ScriptCatalog.forLoop(loop)
        guard let chosen = found else {
            let known = catalog.library.loops.map(\.id).sorted()
            let hint = known.isEmpty ? "" : " Available: \(known.joined(separator: ", "))."
            throw ValidationError("No loop '\(loop)'.\(hint) Run `mockloop list` to see them.")
        }
        // Errors in this loop's file or in the banks it draws from stop the run; other loops do not matter.
        let files = Set([chosen.file] + catalog.library.banks.map(\.file))
        let relevant = (catalog.diagnostics + LibraryValidator().validate(catalog.library))
            .filter { $0.severity == .error && files.contains($0.file) }
        if !relevant.isEmpty {
            let renderer = DiagnosticRenderer(sources: catalog.sources)
            FileHandle.standardError.write(Data((renderer.render(relevant) + "\nThe loop has errors; fix them (see `mockloop validate \(chosen.file)`) and try again.\n").utf8))
            throw ExitCode(1)
        }
        let library = catalog.library
        let seed = self.seed ?? UInt64.random(in: 1...999_999)
        let plan = InterviewPlan(loop: chosen, library: library, seed: seed)
        let interviewer = Interviewer(loop: chosen, plan: plan, seed: seed, reader: AnalyzerReader.make())

        let folder = out.map { URL(fileURLWithPath: $0) } ?? DataFolders.sessions
        let stamp = Self.timestamp()
        let journal: JournalFile
        do {
            journal = try JournalFile(folder: folder, name: "\(chosen.id)-\(stamp.file).journal.jsonl")
            let fingerprint = catalog.scripts.first { $0.file == chosen.file }?.fingerprint ?? ""
            try journal.append(JournalFormat.line(JournalHeader(
                loopID: chosen.id, loopVersion: chosen.version, loopFile: chosen.file,
                scriptFingerprint: fingerprint, seed: seed, startedAt: stamp.iso)))
        } catch {
            FileHandle.standardError.write(Data("mockloop: \(error)\nChoose a writable folder with --out.\n".utf8))
            throw ExitCode(2)
        }

        let interactive = isatty(0) == 1
        let source: LineSource = interactive ? ReadlineSource() : PipedSource()
        if interactive {
            print(TerminalStyle.forDescriptor(1).apply(.dim, to: "mockloop · \(chosen.title) · seed \(seed) · type /help for commands"))
        } else {
            print("mockloop · \(chosen.title) · seed \(seed)")
        }
        let ending: SessionRunner.Ending
        do {
            ending = try SessionRunner(interviewer: interviewer, source: source, journal: journal).run()
        } catch {
            source.restore()
            FileHandle.standardError.write(Data("mockloop: \(error)\nThe session stopped so that no answer goes unsaved; everything before this point is in \(journal.url.path).\n".utf8))
            throw ExitCode(1)
        }
        print("")
        print("Session saved: \(journal.url.path)")
        if case .terminated(let signal) = ending { throw ExitCode(128 + signal) }
    }

    static func timestamp() -> (file: String, iso: String) {
        let now = Date()
        let file = DateFormatter()
        file.locale = Locale(identifier: "en_US_POSIX")
        file.timeZone = TimeZone(identifier: "UTC")
        file.dateFormat = "yyyyMMdd-HHmmss"
        let iso = ISO8601DateFormatter()
        return (file.string(from: now), iso.string(from: now))
    }
}
