import ArgumentParser
import Foundation
import InterviewScript
import Simulator

/// Reads a journal and restarts its session: the same loop and the questions pinned in the
/// journal, the same answers replayed, and a check that the replay asks exactly what the
/// journal recorded before anything is added to it.
///
/// A whole journal is continued in place, after a `resumed` mark: a kill at any moment leaves
/// it complete up to its last flushed line. A journal with a damaged line is never changed:
/// its readable part is copied, whole or not at all (temporary file, flush, link), into a new
/// journal, and the session goes on there. Either way the journal is locked while in use.
struct SessionResumption {
    let journalPath: String
    let force: Bool
    let outFolder: URL?

    private func fail(_ message: String, code: Int32 = 1) -> ExitCode {
        printError("mockloop: \(message)\n")
        return ExitCode(code)
    }

    func launch() throws {
        let journalURL = URL(fileURLWithPath: journalPath).standardizedFileURL
        let lock: SessionLock
        do {
            lock = try SessionLock(journal: journalURL)
        } catch {
            throw fail("\(error)")
        }
        let data: Data
        do {
            data = try InputFile.read(journalPath, limit: JournalReader.maxBytes)
        } catch {
            lock.release()
            throw ValidationError("\(error)")
        }
        let journal: Journal
        do {
            journal = try JournalReader.read(data, name: journalPath)
        } catch {
            lock.release()
            throw fail("\(error)")
        }
        do {
            try launch(journal, at: journalURL, holding: lock)
        } catch {
            lock.release()
            throw error
        }
    }

    private func launch(_ journal: Journal, at journalURL: URL, holding lock: SessionLock) throws {
        for warning in journal.warnings {
            printError("mockloop: note: \(journalPath): \(warning)\n")
        }
        if journal.isComplete {
            let files = SessionFiles(journal: journalURL)
            var message = "\(journalPath): that session is finished; there is nothing to resume."
            if FileManager.default.fileExists(atPath: files.writeUp.path) {
                message += " Its write-up is \(files.writeUp.path) (or: mockloop report \(journalPath))."
            } else {
                message += " Its write-up is missing; write it again with: mockloop report \(journalPath) -o \(files.writeUp.path)"
            }
            throw fail(message)
        }
        if let successor = Self.successor(of: journalURL, in: outFolder ?? journalURL.deletingLastPathComponent()) {
            throw fail("\(journalPath) was already resumed into \(successor.path); resume that one instead.")
        }
        let header = journal.header
        let (catalog, found) = ScriptCatalog.forSession(header)
        guard let loop = found, loop.id == header.loopID else {
            throw fail("the loop '\(header.loopID)' of this session cannot be found (it was \(header.loopFile)).")
        }
        var changes: [String] = []
        if catalog.fingerprint(of: loop) != header.scriptFingerprint {
            changes.append("the loop script \(loop.file) has changed since this session (version \(header.loopVersion) then, \(loop.version) now)")
        }
        let plan: InterviewPlan
        if let pinned = header.plan {
            let rebuilt = PinnedPlan(pinned, library: catalog.library)
            guard rebuilt.isWhole, rebuilt.plan.rounds.count == loop.rounds.count else {
                let missing = rebuilt.changes.filter { $0.kind == .missing }.map(\.description)
                throw fail("this session cannot be resumed: \((missing.isEmpty ? ["the loop's rounds have changed"] : missing).joined(separator: "; ")). Put the question bank it came from back in your loops folder and try again.")
            }
            changes += rebuilt.changes.map(\.description)
            plan = rebuilt.plan
        } else {
            // A version 1 journal did not pin its draw: draw again, and let the replay check below
            // refuse if the questions came out differently.
            plan = InterviewPlan(loop: loop, library: catalog.library, seed: header.seed, rule: .shuffled)
        }
        if !changes.isEmpty {
            let message = changes.joined(separator: "; ") + "; the follow-ups may not line up."
            guard force else { throw fail("\(message)\nResume anyway with --force.") }
            printError("mockloop: warning: \(message)\n")
        }
        let reader = RecordedFindingsReader.make(recorded: journal.records, fallback: AnalyzerReader.make())
        var driver = SessionDriver(interviewer: Interviewer(loop: loop, plan: plan, seed: header.seed, reader: reader, stories: StoryFiles.bank(warn: false).stories))
        do {
            try driver.replay(journal)
        } catch {
            let hint = header.plan == nil ? " This journal was written by an older mockloop that did not record its questions, and the question banks have changed since." : ""
            throw fail("this session cannot be resumed without attaching answers to the wrong questions: \(error).\(hint)")
        }
        let events = journal.eventsToReplay
        let stamp = SessionLauncher.timestamp()
        let sessionJournal: JournalFile
        let sessionLock: SessionLock
        var sessionHeader = header
        do {
            if journal.cut == nil && header.version >= 2 {
                sessionJournal = try JournalFile(appendingTo: journalURL)
                try sessionJournal.append(driver.resumeMark(at: stamp.iso))
                sessionLock = lock
            } else {
                // Never add to a damaged journal (or an old-format one): copy what can be trusted
                // into a new one.
                sessionHeader.version = JournalHeader.currentVersion
                sessionHeader.resumedFrom = journalURL.path
                sessionHeader.plan = plan.pinned
                var lines = [try JournalFormat.line(sessionHeader)]
                for (index, entry) in journal.entries.enumerated() { lines.append(try JournalFormat.line(entry, sequence: index + 1)) }
                driver.continueNumbering(after: journal.entries.count)
                lines.append(try driver.resumeMark(at: stamp.iso))
                let folder = outFolder ?? journalURL.deletingLastPathComponent()
                sessionJournal = try JournalFile(folder: folder, name: "\(loop.id)-\(stamp.file).journal.jsonl", startingWith: lines)
                sessionLock = try SessionLock(journal: sessionJournal.url)
                lock.release()
                printError("mockloop: \(journalPath) is left as it is; the session goes on in \(sessionJournal.url.path).\n")
            }
        } catch let error as SessionLock.Busy {
            throw fail("\(error)")
        } catch {
            throw fail("\(error)\nChoose a writable folder with --out.", code: 2)
        }
        try SessionLauncher(loop: loop, catalog: catalog, seed: header.seed,
                            journaling: .resumed(driver: driver, events: events, header: sessionHeader, journal: sessionJournal, lock: sessionLock)).launch()
    }

    /// A journal in `folder` that says it was resumed from `journal`.
    static func successor(of journal: URL, in folder: URL) -> URL? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        for name in names.sorted() where name.hasSuffix(".journal.jsonl") {
            let url = folder.appendingPathComponent(name)
            guard url.standardizedFileURL.path != journal.path, let handle = FileHandle(forReadingAtPath: url.path) else { continue }
            defer { try? handle.close() }
            let head = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
            guard let line = head.split(separator: UInt8(ascii: "\n")).first,
                  let header = try? JSONDecoder().decode(JournalHeader.self, from: Data(line)) else { continue }
            if header.resumedFrom == journal.path { return url }
        }
        return nil
    }
}
