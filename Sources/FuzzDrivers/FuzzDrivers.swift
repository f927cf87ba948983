// The code paths the fuzz targets drive, and the invariants they check.
//
// One source for both users: the libFuzzer executables in Fuzz/ (which depend on this
// library by path) and Tests/FuzzRegressionTests, which replays every saved crash input
// (FailCases) through exactly the code that found it.
//
// Every driver takes the raw fuzz input, never throws, and stops the process (precondition)
// when an invariant breaks: that is what libFuzzer reports as a crash.

import Foundation
import InterviewScript
import Simulator

/// The fuzz targets, by the name of their executable and of their corpus and FailCases folders.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case scriptLoader = "FuzzScriptLoader"
    case analyzer = "FuzzAnalyzer"
    case engine = "FuzzEngine"
    case journalReader = "FuzzJournalReader"

    /// Runs one input through the target's code path.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .scriptLoader: FuzzDriver.scriptLoader(bytes)
        case .analyzer: FuzzDriver.analyzer(bytes)
        case .engine: FuzzDriver.engine(bytes)
        case .journalReader: FuzzDriver.journalReader(bytes)
        }
    }
}

public enum FuzzDriver {
    // MARK: FuzzScriptLoader

    /// The display name a fuzzed script is parsed under.
    static let fuzzFile = "fuzz.yaml"

    /// Bytes -> ScriptParser -> a library with the shipped scripts -> LibraryValidator, then the
    /// diagnostics rendered as `mockloop validate` prints them (text and JSON). A loop the
    /// validator accepts must also run: a seeded plan and a session of /skip commands.
    public static func scriptLoader(_ bytes: [UInt8]) {
        let parsed = ScriptParser.parse(bytes, file: fuzzFile)
        var diagnostics = parsed.diagnostics
        if let document = parsed.document {
            let library: ScriptLibrary
            switch document {
            case .loop:
                // As `mockloop validate my-loop.yaml`: the loop, with the shipped bank as fallback.
                library = ScriptLibrary(scripts: [parsed], fallbackBanks: Shipped.banks)
            case .bank:
                // A bank beside the shipped loops, overriding shipped questions with the same id.
                library = ScriptLibrary(scripts: [parsed] + Shipped.loops, fallbackBanks: Shipped.banks)
            }
            // Example answers are checked with the analyzer for the fuzzed file's questions only:
            // re-checking the ~100 shipped examples on every input would cost 100x the time.
            let validator = LibraryValidator(exampleCheck: { example, question in
                question.location.file == fuzzFile ? ExampleVerifier.check(example, of: question) : []
            }, reportedFiles: [fuzzFile])
            diagnostics += validator.validate(library)
            if case .loop(let loop) = document, !diagnostics.hasErrors {
                skipThrough(loop, library: library, seed: UInt64(bytes.count))
            }
        }
        let text = DiagnosticRenderer(sources: [fuzzFile: parsed.text]).render(diagnostics)
        check(diagnostics.isEmpty || !text.isEmpty, "diagnostics rendered as empty text")
        let json = DiagnosticRenderer.json(diagnostics)
        let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let entries = object?["diagnostics"] as? [Any]
        check(entries?.count == diagnostics.count,
              "DiagnosticRenderer.json lost diagnostics: \(diagnostics.count) in, \(entries?.count ?? -1) out")
    }

    /// Runs a validated loop with /skip only: every skip moves on, so the session must end
    /// within one skip per planned question plus one per round's closing.
    static func skipThrough(_ loop: Loop, library: ScriptLibrary, seed: UInt64) {
        let plan = InterviewPlan(loop: loop, library: library, seed: seed)
        var interviewer = Interviewer(loop: loop, plan: plan, seed: seed, reader: Shipped.reader)
        var checker = EngineChecker(loop: loop)
        checker.feed(.start(at: 0), to: &interviewer)
        let bound = plan.rounds.joined().count + loop.rounds.count
        var clock = 0.0
        for _ in 0..<bound where !interviewer.isFinished {
            clock += 1
            checker.feed(.command(.skip, at: clock), to: &interviewer)
        }
        check(interviewer.isFinished, "a validated loop did not finish after \(bound) skips")
        checker.feedAfterFinish(&interviewer, at: clock)
    }

    // MARK: FuzzAnalyzer

    /// Byte 0 chooses the question's principle (low 4 bits), the follow-up being answered (bits
    /// 4-6: 0 none, 1-7 a ProbeKind) and, with bit 7, that the first line of the text is a
    /// `|`-separated list of extra signal phrases. The rest is the answer (invalid UTF-8 is
    /// repaired as the console does). The analysis must encode to JSON and decode back equal.
    public static func analyzer(_ bytes: [UInt8]) {
        guard let header = bytes.first else { return }
        let principles = LeadershipPrinciple.allCases
        let principle = principles[Int(header & 0x0F) % principles.count]
        let selector = Int(header >> 4) & 0x07
        let answering: ProbeKind? = selector == 0 ? nil : ProbeKind.allCases[(selector - 1) % ProbeKind.allCases.count]
        var text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        var signalPhrases: [LeadershipPrinciple: [String]] = [:]
        if header & 0x80 != 0, let newline = text.firstIndex(of: "\n") {
            signalPhrases[principle] = text[..<newline].split(separator: "|").map(String.init)
            text = String(text[text.index(after: newline)...])
        }
        let analysis = Shipped.analyzer.analyze(text, principles: [principle], signalPhrases: signalPhrases, answering: answering)
        checkAnalysis(analysis, of: text)
        _ = AnswerFindings(analysis)

        let data: Data
        do {
            data = try JSONEncoder().encode(analysis)
        } catch {
            fail("AnswerAnalysis failed to encode to JSON: \(error)")
        }
        do {
            let decoded = try JSONDecoder().decode(AnswerAnalysis.self, from: data)
            check(decoded == analysis, "AnswerAnalysis changed in a JSON round trip")
        } catch {
            fail("AnswerAnalysis JSON failed to decode: \(error)")
        }
    }

    /// What docs/analyzer.md promises about positions: sentences in order with byte ranges
    /// inside the answer, evidence inside the answer and pointing at a real sentence.
    static func checkAnalysis(_ analysis: AnswerAnalysis, of text: String) {
        let size = text.utf8.count
        check(analysis.words >= 0, "negative word count")
        var previousEnd = 0
        for (index, sentence) in analysis.sentences.enumerated() {
            check(sentence.index == index, "sentence \(index) has index \(sentence.index)")
            check(0 <= sentence.start && sentence.start <= sentence.end && sentence.end <= size,
                  "sentence \(index) range \(sentence.start)..<\(sentence.end) outside 0..<\(size)")
            check(sentence.start >= previousEnd, "sentence \(index) starts at \(sentence.start) before the previous end \(previousEnd)")
            previousEnd = sentence.end
        }
        let evidence = analysis.metricEvidence + analysis.hypotheticalEvidence + analysis.dataDriven.evidence
            + analysis.lessonsLearned.evidence + analysis.vagueFiller.evidence
        for item in evidence {
            check(0 <= item.start && item.start <= item.end && item.end <= size,
                  "evidence '\(item.text)' range \(item.start)..<\(item.end) outside 0..<\(size)")
            check(analysis.sentences.indices.contains(item.sentence), "evidence '\(item.text)' names sentence \(item.sentence) of \(analysis.sentences.count)")
        }
    }

    // MARK: FuzzEngine

    /// Byte 0 is the plan's seed. Then each event is an opcode byte: the low 2 bits pick the
    /// kind, the high 6 bits advance the clock by 10 s each (so times never go back):
    ///   0  answer      the text up to the next 0x00 byte (or the end)
    ///   1  command     the next byte picks a SessionCommand
    ///   2  tick        the next byte advances the clock by 30 s each
    ///   3  typed line  like 0, but a line such as "/skip" is a command, as at the console
    /// The session stops when the interviewer finishes or the input ends; after a finish,
    /// every kind of event must be ignored.
    public static func engine(_ bytes: [UInt8]) {
        guard let seedByte = bytes.first else { return }
        let loop = Shipped.engineLoop
        let seed = UInt64(seedByte)
        var interviewer = Interviewer(loop: loop, plan: InterviewPlan(loop: loop, library: Shipped.library, seed: seed),
                                      seed: seed, reader: Shipped.reader)
        var checker = EngineChecker(loop: loop)
        var clock = 0.0
        checker.feed(.start(at: clock), to: &interviewer)
        var input = bytes.dropFirst()
        while !interviewer.isFinished, let opcode = input.popFirst() {
            clock += Double(opcode >> 2) * 10
            let event: Event
            switch opcode & 0x03 {
            case 0, 3:
                let end = input.firstIndex(of: 0) ?? input.endIndex
                let line = String(decoding: input[..<end], as: UTF8.self)
                input = input[min(end + 1, input.endIndex)...]
                if opcode & 0x03 == 3, let command = SessionCommand(typed: line) {
                    event = .command(command, at: clock)
                } else {
                    event = .answer(line, at: clock)
                }
            case 1:
                let commands = SessionCommand.allCases
                event = .command(commands[Int(input.popFirst() ?? 0) % commands.count], at: clock)
            default:
                clock += Double(input.popFirst() ?? 0) * 30
                event = .tick(at: clock)
            }
            checker.feed(event, to: &interviewer)
        }
        if interviewer.isFinished { checker.feedAfterFinish(&interviewer, at: clock) }
    }

    // MARK: FuzzJournalReader

    /// The bytes are a journal file. Whatever the reader accepts must re-encode and read back
    /// the same (with no warnings), turn into a scored transcript and its write-ups, and replay
    /// into a fresh interviewer (as `resume` does) without breaking an invariant.
    public static func journalReader(_ bytes: [UInt8]) {
        guard let journal = try? JournalReader.read(Data(bytes), name: "fuzz.journal.jsonl") else { return }
        var again = Data()
        do {
            again = try JournalFormat.line(journal.header)
            for (index, entry) in journal.entries.enumerated() {
                again += journal.header.version >= 2 ? try JournalFormat.line(entry, sequence: index + 1) : try JournalFormat.legacyLine(entry)
            }
        } catch {
            fail("a journal that was read failed to encode again: \(error)")
        }
        do {
            let reread = try JournalReader.read(again, name: "again.journal.jsonl")
            check(reread.header == journal.header, "the journal header changed in a round trip")
            check(reread.entries == journal.entries, "journal entries changed in a round trip")
            check(reread.warnings.isEmpty, "a re-encoded journal reads with warnings: \(reread.warnings)")
        } catch {
            fail("a re-encoded journal could not be read: \(error)")
        }
        let loop = Shipped.library.loop(id: journal.header.loopID) ?? Shipped.engineLoop
        let transcript = TranscriptBuilder.build(header: journal.header, records: journal.records, loop: loop, library: Shipped.library, generatedAt: "")
        _ = MarkdownReport.render(transcript)
        _ = HTMLReport.render(transcript)
        let plan = journal.header.plan.map { PinnedPlan($0, library: Shipped.library).plan } ?? InterviewPlan(loop: loop, library: Shipped.library, seed: journal.header.seed, rule: .shuffled)
        guard plan.rounds.count == loop.rounds.count else { return }
        var interviewer = Interviewer(loop: loop, plan: plan, seed: journal.header.seed, reader: Shipped.reader)
        for event in journal.events.prefix(300) { _ = interviewer.handle(event) }
    }

    // MARK: Checks

    static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                      file: StaticString = #file, line: UInt = #line) {
        if !condition() { fail(message(), file: file, line: line) }
    }

    static func fail(_ message: String, file: StaticString = #file, line: UInt = #line) -> Never {
        preconditionFailure("fuzz invariant: \(message)", file: file, line: line)
    }
}

/// Feeds events to an interviewer and checks what comes back:
/// - after `.finish` (always the last effect of its batch) no event yields any effect;
/// - every `.ask` is the interviewer's `pendingPrompt` once the batch is handled (the last one
///   asked is the one waiting), and while the session runs there is always a prompt waiting;
/// - a new question or follow-up is asked right after its record (`questionAsked`/`probeAsked`),
///   and only `/repeat` and an aside ask the waiting prompt again;
/// - per question: at most the loop's `max-probes` follow-ups, at most `DrillDown.maxPerKind`
///   of one kind, and one kind asked twice in a row (a dodge pressed, or the only gap left) is
///   never asked in the same words;
/// - an aside (`SessionRecord.aside`) is followed by the same prompt, asked again, unless it
///   closed the question.
struct EngineChecker {
    let loop: Loop
    var finished = false
    /// The words of the last follow-up asked.
    var lastProbeText = ""
    var lastAsked: Prompt?
    var probes: [ProbeKind] = []

    init(loop: Loop) {
        self.loop = loop
    }

    mutating func feed(_ event: Event, to interviewer: inout Interviewer) {
        let effects = interviewer.handle(event)
        check(effects, for: event, interviewer: interviewer)
    }

    /// After a finish, every kind of event must be ignored.
    mutating func feedAfterFinish(_ interviewer: inout Interviewer, at clock: Double) {
        var events: [Event] = [.start(at: clock), .answer("I did it myself and cut costs by 20%.", at: clock), .tick(at: clock + 100_000)]
        events += SessionCommand.allCases.map { .command($0, at: clock) }
        for event in events { feed(event, to: &interviewer) }
    }

    private mutating func check(_ effects: [Effect], for event: Event, interviewer: Interviewer) {
        func require(_ condition: Bool, _ message: @autoclosure () -> String) {
            FuzzDriver.check(condition, "\(message()) (event \(event), effects \(effects))")
        }
        require(!finished || effects.isEmpty, "effects after .finish")
        if case .command(.repeat, _) = event {
            let asks = effects.filter { if case .ask = $0 { true } else { false } }
            require(asks.count <= 1 && asks.allSatisfy { lastAsked != nil && $0 == .ask(lastAsked!) }, "/repeat asked something new")
        }
        for (index, effect) in effects.enumerated() {
            switch effect {
            case .finish:
                require(index == effects.count - 1, ".finish is not the last effect")
                finished = true
            case .ask(let prompt):
                if case .command(.repeat, _) = event { continue }
                // An aside is answered and the same prompt asked again, with nothing new recorded
                // (or, for a second "no example", the question closed and the next one asked).
                let aside = effects[..<index].contains { if case .record(.aside) = $0 { true } else { false } }
                let closed = effects[..<index].contains { if case .record(.questionClosed) = $0 { true } else { false } }
                if aside && !closed {
                    require(lastAsked == prompt, "an aside was followed by a new prompt")
                    continue
                }
                let record: SessionRecord? = if index > 0, case .record(let record) = effects[index - 1] { record } else { nil }
                switch prompt.kind {
                case .question(let id):
                    guard case .questionAsked(_, let recorded, let text, _) = record, recorded == id, text == prompt.text else {
                        return require(false, "question '\(id)' asked without its questionAsked record")
                    }
                    probes = []
                case .probe(let kind):
                    guard case .probeAsked(_, _, let recorded, let text, _, _) = record, recorded == kind, text == prompt.text else {
                        return require(false, "follow-up \(kind) asked without its probeAsked record")
                    }
                    require(probes.last != kind || lastProbeText != prompt.text, "follow-up \(kind) asked twice in a row in the same words")
                    probes.append(kind)
                    lastProbeText = prompt.text
                    require(probes.count <= loop.probing.maxProbes, "\(probes.count) follow-ups > max-probes \(loop.probing.maxProbes): \(probes)")
                    require(probes.filter { $0 == kind }.count <= DrillDown.maxPerKind, "follow-up \(kind) more than \(DrillDown.maxPerKind) times")
                case .closing:
                    probes = []
                }
                lastAsked = prompt
            default:
                break
            }
        }
        require(finished == interviewer.isFinished, "isFinished \(interviewer.isFinished) but .finish seen: \(finished)")
        if finished {
            require(interviewer.pendingPrompt == nil, "a prompt is pending after the finish")
        } else {
            require(interviewer.pendingPrompt != nil && interviewer.pendingPrompt == lastAsked,
                    "pending prompt \(String(describing: interviewer.pendingPrompt)) is not the last asked \(String(describing: lastAsked))")
        }
    }
}

/// The shipped scripts (scripts/loops), read from disk once, on first use.
enum Shipped {
    static let analyzer = AnswerAnalyzer()
    static let reader = AnalyzerReader.make(analyzer: analyzer)

    static let scripts: [ParsedScript] = {
        guard let folder = locateScripts() else {
            FuzzDriver.fail("cannot find scripts/loops; set MOCKLOOP_SCRIPTS to the folder of the shipped loops")
        }
        var files: [URL] = []
        if let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "yaml" { files.append(url) }
        }
        files.sort { $0.path < $1.path }
        return files.map { url in
            guard let data = FileManager.default.contents(atPath: url.path) else { FuzzDriver.fail("cannot read \(url.path)") }
            let parsed = ScriptParser.parse(Array(data), file: url.path)
            FuzzDriver.check(!parsed.diagnostics.hasErrors, "shipped script \(url.path) has errors: \(parsed.diagnostics)")
            return parsed
        }
    }()

    static let loops = scripts.filter { $0.loop != nil }
    static let banks = scripts.filter { $0.bank != nil }
    static let library = ScriptLibrary(scripts: loops, fallbackBanks: banks)

    /// The loop FuzzEngine runs.
    static let engineLoop: Loop = {
        guard let loop = library.loop(id: "aws-solutions-architect") else { FuzzDriver.fail("the shipped loop aws-solutions-architect is missing") }
        return loop
    }()

    /// `$MOCKLOOP_SCRIPTS`, or the first scripts/loops found walking up from this source file
    /// or from the working directory.
    static func locateScripts() -> URL? {
        let manager = FileManager.default
        if let path = ProcessInfo.processInfo.environment["MOCKLOOP_SCRIPTS"] {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        let starts = [URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent(), URL(fileURLWithPath: manager.currentDirectoryPath)]
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<32 {
                let candidate = folder.appendingPathComponent("scripts/loops", isDirectory: true)
                if manager.fileExists(atPath: candidate.appendingPathComponent("aws-solutions-architect.yaml").path) { return candidate }
                if folder.path == "/" { break }
                folder = folder.deletingLastPathComponent()
            }
        }
        return nil
    }
}
