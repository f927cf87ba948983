import ArgumentParser
import Foundation
import InterviewScript
import Simulator
#if canImport(Glibc)
import Glibc
#endif

/// Starts a session, new or resumed: checks the loop, opens the journal before the interview
/// starts (so an unwritable folder is an error up front), picks the terminal or piped input,
/// and reports where the files went.
struct SessionLauncher {
    /// Where the session's journal comes from.
    enum Journaling {
        /// A new journal in this folder.
        case new(folder: URL)
        /// A resumed session: the driver has replayed `events`, and the session goes on in
        /// `journal` (the old journal itself, or a new whole copy of its readable part), which
        /// `lock` keeps to this process.
        case resumed(driver: SessionDriver, events: [Event], header: JournalHeader, journal: JournalFile, lock: SessionLock)
    }

    let loop: Loop
    let catalog: ScriptCatalog
    let seed: UInt64
    let journaling: Journaling

    /// Errors in the loop's file or the banks it draws from, which stop a run.
    static func blockingErrors(for loop: Loop, in catalog: ScriptCatalog) -> [Diagnostic] {
        let library = catalog.library
        let files = Set([loop.file] + library.banks.map(\.file))
        return (catalog.diagnostics + LibraryValidator().errors(for: loop, in: library)).filter { $0.severity == .error && files.contains($0.file) }
    }

    func launch() throws {
        // A write past a file-size limit (or a full quota) must fail with an error we can report,
        // not end the process with SIGXFSZ; a closed output pipe must not kill the session
        // before its answers are saved.
        signal(SIGXFSZ, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        if let note = catalog.setAsideNote { printError("mockloop: \(note)\n") }
        // The shipped library in outline was checked whole when it was built in.
        let errors = catalog.outline == nil ? Self.blockingErrors(for: loop, in: catalog) : catalog.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            let renderer = DiagnosticRenderer(sources: catalog.sources)
            printError((renderer.render(errors) + "\nThe loop has errors; fix them (see `mockloop validate \(loop.file)`) and try again.\n"))
            throw ExitCode(1)
        }
        var library = catalog.library
        let bank = StoryFiles.bank(warn: true)
        let header: JournalHeader
        let driver: SessionDriver
        let journal: JournalFile
        let lock: SessionLock
        var replayed: [Event]? = nil
        switch journaling {
        case .new(let folder):
            let plan: InterviewPlan
            (plan, library) = catalog.whole(InterviewPlan(loop: loop, library: library, seed: seed))
            let stamp = Self.timestamp()
            header = JournalHeader(loopID: loop.id, loopVersion: loop.version, loopFile: loop.file,
                                   scriptFingerprint: catalog.fingerprint(of: loop), seed: seed, startedAt: stamp.iso, plan: plan.pinned,
                                   analyzerModel: StarModel.builtInStamp)
            driver = SessionDriver(interviewer: Interviewer(loop: loop, plan: plan, seed: seed, reader: AnalyzerReader.make(), stories: bank.stories))
            do {
                journal = try JournalFile(folder: folder, name: "\(loop.id)-\(stamp.file).journal.jsonl")
                try journal.append(JournalFormat.line(header))
                lock = try SessionLock(journal: journal.url)
            } catch {
                printError("mockloop: \(error)\nChoose a writable folder with --out.\n")
                throw ExitCode(2)
            }
        case .resumed(let resumedDriver, let events, let resumedHeader, let resumedJournal, let resumedLock):
            (driver, header, journal, lock, replayed) = (resumedDriver, resumedHeader, resumedJournal, resumedLock, events)
        }
        defer { lock.release() }
        let interactive = isatty(0) == 1
        let source: LineSource = interactive ? ReadlineSource() : PipedSource()
        let banner = "mockloop · \(loop.title)\(loop.isPractice ? " (practice loop)" : "") · seed \(seed)" + (interactive ? " · type /help for commands" : "")
        // The terminal's width, for the banner now and the vote table at the end (0: not a terminal).
        let columns = ConsoleOutput(interactive: isatty(1) == 1).width
        print(TerminalStyle.forDescriptor(1).apply(.dim, to: columns > 0 ? ConsoleOutput.wrap(banner, width: columns, indent: 2) : banner))
        // A new session's analyzer (word tables and model) is made while the candidate reads the
        // first question: the first answer needs it, the first question does not, and made earlier
        // it would compete with the question for the processor. (A resumed session's is made while
        // its journal is read.)
        let runner = SessionRunner(driver: driver, source: source, journal: journal, replayed: replayed) {
            if replayed == nil { Thread.detachNewThread { AnalyzerReader.warmUp() } }
        }
        let ending: SessionRunner.Ending
        do {
            ending = try runner.run()
        } catch {
            source.restore()
            printError("mockloop: \(error)\nThe session stopped so that no answer goes unsaved; everything before this point is in \(journal.url.path).\n")
            throw ExitCode(1)
        }
        // A resumed session's write-up says when it was resumed (the marks in its journal).
        let resumedAt = replayed == nil ? [] : ((try? Data(contentsOf: journal.url)).flatMap { try? JournalReader.read($0, name: journal.url.path) }?.resumeTimes ?? [])
        let transcript = TranscriptBuilder.build(header: header, records: runner.records, loop: loop, library: library, generatedAt: Self.timestamp().iso, resumedAt: resumedAt, stories: bank.matcher)
        let files = SessionFiles(journal: journal.url)
        var written = [journal.url.path]
        var writeFailed = false
        do {
            try TranscriptFiles.write(TranscriptFiles.json(transcript), to: files.transcript)
            try TranscriptFiles.write(MarkdownReport.render(transcript), to: files.writeUp)
            written += [files.transcript.path, files.writeUp.path]
        } catch {
            writeFailed = true
            printError("mockloop: \(error)\nYour answers are safe in \(journal.url.path); write the transcript again with: mockloop report \(journal.url.path) --format json -o \(files.transcript.path)\n")
        }
        print("")
        let style = TerminalStyle.forDescriptor(1)
        print(VoteSummaryTable.render(transcript, width: columns > 0 ? columns : VoteSummaryTable.defaultWidth) { text, vote in
            switch vote {
            case .strongHire: style.apply(.bold, .green, to: text)
            case .inclined: style.apply(.green, to: text)
            case .notInclined: style.apply(.yellow, to: text)
            case .strongNoHire: style.apply(.bold, .red, to: text)
            }
        })
        print("")
        print("Files written:")
        for path in written { print("  \(path)") }
        switch ending {
        case .completed:
            if writeFailed { throw ExitCode(1) }
        case .quit:
            print("Resume it with: mockloop resume \(journal.url.path)")
            if writeFailed { throw ExitCode(1) }
        case .terminated(let signal):
            print("Resume it with: mockloop resume \(journal.url.path)")
            throw ExitCode(128 + signal)
        }
    }

    /// Now in UTC, for a file name ("20261201-154321-042") and in ISO 8601
    /// ("2026-12-01T15:43:21Z"). Formatted by hand: a date formatter loads the ICU calendar
    /// data, which took longer than everything else before the first question.
    static func timestamp(_ now: Date = Date()) -> (file: String, iso: String) {
        let interval = now.timeIntervalSince1970
        var seconds = time_t(interval.rounded(.down))
        let millis = min(999, Int(((interval - interval.rounded(.down)) * 1000).rounded(.down)))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = "\(parts.tm_year + 1900)", month = two(parts.tm_mon + 1), day = two(parts.tm_mday)
        let hour = two(parts.tm_hour), minute = two(parts.tm_min), second = two(parts.tm_sec)
        let milli = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return ("\(year)\(month)\(day)-\(hour)\(minute)\(second)-\(milli)", "\(year)-\(month)-\(day)T\(hour):\(minute):\(second)Z")
    }
}

/// The files of one session, all named after its journal: `NAME.journal.jsonl`,
/// `NAME.transcript.json` and the write-up `NAME.md`.
struct SessionFiles {
    let journal: URL

    var base: URL {
        let name = journal.lastPathComponent
        let stem = name.hasSuffix(".journal.jsonl") ? String(name.dropLast(".journal.jsonl".count)) : (name as NSString).deletingPathExtension
        return journal.deletingLastPathComponent().appendingPathComponent(stem)
    }

    var transcript: URL { base.appendingPathExtension("transcript.json") }
    var writeUp: URL { base.appendingPathExtension("md") }
}

extension ScriptCatalog {
    /// The fingerprint of the file a loop came from.
    func fingerprint(of loop: Loop) -> String {
        scripts.first { $0.file == loop.file }?.fingerprint ?? ""
    }
}
