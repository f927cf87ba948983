import ArgumentParser
import Foundation
import InterviewScript
import Simulator
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `mockloop replay`: plays a session back, or re-scores it with the current engine.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Play a session back exchange by exchange, or re-score it with the current engine.",
        discussion: """
        Each exchange shows the question or follow-up, the interviewer's reason for a follow-up, \
        and the answer. --step pauses after each one (Enter for the next, q to stop).

        --rescore runs the recorded answers through the current analyzer and the loop script \
        (or a newer one given with --loop) and shows which follow-ups would now be asked and which \
        votes moved. Given folders, it re-scores every transcript in them and prints a summary table.
        """
    )

    @Argument(help: "Transcripts (.transcript.json), journals, or with --rescore folders of them.")
    var transcripts: [String]

    @Flag(help: "Pause after each exchange.")
    var step = false

    @Option(help: "Start at exchange N.")
    var from: Int = 1

    @Flag(help: "Re-score with the current engine instead of playing back.")
    var rescore = false

    @Option(help: "With --rescore: the loop script to score against (default: the session's loop as installed).")
    var loop: String?

    func validate() throws {
        if transcripts.isEmpty { throw ValidationError("Name a transcript to replay.") }
        if from < 1 { throw ValidationError("--from counts exchanges from 1.") }
        if !rescore && loop != nil { throw ValidationError("--loop goes with --rescore.") }
    }

    func run() throws {
        if rescore {
            try RescoreRun(paths: transcripts, loopPath: loop).run()
            return
        }
        guard transcripts.count == 1 else { throw ValidationError("Replay one transcript at a time (several go with --rescore).") }
        let transcript: Transcript
        do {
            transcript = try TranscriptFiles.load(transcripts[0])
        } catch {
            printError("mockloop: \(error)\n")
            throw ExitCode(1)
        }
        let exchanges = Exchange.all(in: transcript)
        guard from <= max(1, exchanges.count) else {
            throw ValidationError("The session has \(exchanges.count) exchanges; --from \(from) is past the end.")
        }
        let style = TerminalStyle.forDescriptor(1)
        print(style.apply(.bold, to: "\(transcript.loop.title) · seed \(transcript.seed) · \(transcript.startedAt) · \(exchanges.count) exchanges"))
        var lastRound = -1
        // On a terminal, long lines wrap at word boundaries to its width, as in the live console.
        let width = ConsoleOutput(interactive: isatty(1) == 1).width
        func wrapped(_ text: String, indent: Int) -> String { width > 0 ? ConsoleOutput.wrap(text, width: width, indent: indent) : text }
        for exchange in exchanges where exchange.number >= from {
            if exchange.round != lastRound {
                print("")
                print(style.apply(.bold, to: "Round \(exchange.round + 1): \(exchange.roundTitle) with \(exchange.interviewer)"))
                lastRound = exchange.round
            }
            print("")
            let kind = exchange.probe.map { "follow-up (\($0))" } ?? "question"
            print(style.apply(.dim, to: "#\(exchange.number) · \(kind)"))
            if let reason = exchange.reason { print(style.apply(.dim, to: "  why: \(reason)")) }
            print(wrapped(style.apply(.cyan, to: "\(exchange.interviewer):") + " " + exchange.prompt, indent: 2))
            // Each line of what the candidate said wrapped at words to the width left after "Candidate: ".
            func candidate(_ text: String) {
                let body = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
                    guard width > 31 else { return [String(line)] }
                    return ConsoleOutput.wrap(String(line), width: width - 11, indent: 0).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                }
                print("Candidate: " + body.joined(separator: "\n           "))
            }
            for aside in exchange.asides {
                candidate(aside.text)
                print(wrapped(style.apply(.cyan, to: "\(exchange.interviewer):") + " " + aside.reply, indent: 2))
            }
            if let answer = exchange.answer {
                candidate(answer)
                if let findings = exchange.findings {
                    let parts = StarPart.allCases.map { "\($0.rawValue.prefix(1).uppercased())=\(findings[$0].rawValue)" }.joined(separator: " ")
                    var notes = [parts, "I/we \(findings.iCount)/\(findings.weCount)"]
                    if findings.quantifiedResult { notes.append("numbers: \(findings.metrics.prefix(3).joined(separator: ", "))") }
                    if findings.hypothetical { notes.append("hypothetical") }
                    print(style.apply(.dim, to: "  heard: " + notes.joined(separator: " · ")))
                }
            } else {
                print(style.apply(.dim, to: "  (no answer)"))
            }
            if step {
                printError("-- Enter for the next exchange, q to stop -- ")
                guard let line = readLine(), line.trimmingCharacters(in: .whitespaces).lowercased() != "q" else { break }
            }
        }
    }
}

/// Re-scores transcripts against the current engine and prints what changed.
struct RescoreRun {
    let paths: [String]
    let loopPath: String?

    func run() throws {
        var files: [String] = []
        for path in paths {
            if DataFolders.isDirectory(URL(fileURLWithPath: path)) {
                let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += entries.filter { $0.hasSuffix(".transcript.json") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        guard !files.isEmpty else { throw ValidationError("No transcripts (.transcript.json) found in \(paths.joined(separator: ", ")).") }
        let override: (ScriptLibrary, Loop)?
        if let loopPath {
            let (catalog, loop) = ScriptCatalog.forLoop(loopPath)
            guard let loop else { throw ValidationError("\(loopPath) is not a loop script.") }
            let errors = SessionLauncher.blockingErrors(for: loop, in: catalog)
            if !errors.isEmpty { throw ValidationError("\(loopPath) has errors; run `mockloop validate \(loopPath)`.") }
            override = (catalog.library, loop)
        } else {
            override = nil
        }
        // Each transcript is read once; each loop it names is resolved once.
        let loaded = files.concurrentMap { file in
            Result { () throws(TranscriptFiles.Failure) -> Transcript in
                do { return try TranscriptFiles.load(file) } catch { throw error as? TranscriptFiles.Failure ?? .init(description: "\(error)") }
            }
        }
        var scoring: [String: (ScriptLibrary, Loop)] = [:]
        if override == nil {
            // Without --loop, each session is re-scored against the script it ran, where it
            // still is, else against the installed loop of the same id.
            var installed: ScriptLibrary?
            for case .success(let transcript) in loaded where scoring[transcript.loop.file] == nil {
                if FileManager.default.fileExists(atPath: transcript.loop.file) {
                    let (catalog, loop) = ScriptCatalog.forLoop(transcript.loop.file)
                    if let loop, loop.id == transcript.loop.id {
                        scoring[transcript.loop.file] = (catalog.library, loop)
                        continue
                    }
                }
                if installed == nil { installed = ScriptCatalog.everything().library }
                if let loop = installed!.loop(id: transcript.loop.id) { scoring[transcript.loop.file] = (installed!, loop) }
            }
        }
        let reader = AnalyzerReader.make()
        let loops = scoring
        let outcomes = Array(zip(files, loaded)).concurrentMap { file, transcript -> Result<Rescorer.Result, TranscriptFiles.Failure> in
            switch transcript {
            case .failure(let error):
                return .failure(error)
            case .success(let transcript):
                guard let (library, loop) = override ?? loops[transcript.loop.file] else {
                    return .failure(.init(description: "\(file): the loop '\(transcript.loop.id)' is not installed; give it with --loop"))
                }
                return .success(Rescorer(loop: loop, library: library, reader: reader).rescore(transcript))
            }
        }
        if files.count == 1, case .success(let result) = outcomes[0] {
            printDetail(result)
            return
        }
        var failures = 0
        let rows: [[String]] = zip(files, outcomes).map { file, outcome in
            switch outcome {
            case .success(let result):
                return [URL(fileURLWithPath: file).lastPathComponent, "\(result.decisionWas.title) → \(result.decisionNow.title)",
                        "\(result.probeChanges.count)", "\(result.voteChanges.count)", result.changed ? "changed" : "same"]
            case .failure(let error):
                failures += 1
                return [URL(fileURLWithPath: file).lastPathComponent, "error: \(error)", "", "", ""]
            }
        }
        print(TextTable.render(header: ["transcript", "decision", "probes changed", "votes moved", ""], rows: rows))
        let changed = outcomes.filter { if case .success(let r) = $0 { r.changed } else { false } }.count
        print("\(files.count) transcripts: \(changed) changed, \(files.count - changed - failures) the same, \(failures) unreadable.")
        if failures > 0 { throw ExitCode(1) }
    }

    private func printDetail(_ result: Rescorer.Result) {
        if result.modelChanged {
            print("Reader: the answers were read by \(result.modelWas ?? "an earlier reader (not recorded)") in the session, and are read by \(result.modelNow) now.")
        }
        if result.probeChanges.isEmpty {
            print("Follow-ups: the same ones would be asked.")
        } else {
            print("Follow-ups that would change:")
            for change in result.probeChanges {
                let was = change.was?.rawValue ?? "move on", now = change.now?.rawValue ?? "move on"
                print("  round \(change.round + 1), \(change.questionID), after answer \(change.afterAnswer): \(was) → \(now)")
            }
        }
        if result.voteChanges.isEmpty {
            print("Votes: none moved.")
        } else {
            print("Votes that moved:")
            for change in result.voteChanges { print("  \(change.interviewer): \(change.was.title) → \(change.now.title)") }
        }
        print("Decision: \(result.decisionWas.title)\(result.raisedWas ? " (raises the bar)" : "") → \(result.decisionNow.title)\(result.raisedNow ? " (raises the bar)" : "")")
    }
}

/// A plain aligned text table.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in cell.padding(toLength: widths[column], withPad: " ", startingAt: 0) }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
