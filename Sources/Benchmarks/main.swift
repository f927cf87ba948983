import Foundation
import InterviewScript
import Simulator
#if canImport(Glibc)
import Glibc
#endif

// mockloop's benchmark suite. Run in a release build:
//   swift run -c release Benchmarks [--quick] [--analyzer-only | --throughput-only | --rescore-only]
// It prints a table of figures (medians over several runs) with the machine and commit.

if let marker = CommandLine.arguments.firstIndex(of: PeakMemory.flag) {
    PeakMemory.runChild(Array(CommandLine.arguments[(marker + 1)...]))
}

let quick = CommandLine.arguments.contains("--quick")
/// Only the analyzer figures (section 1): for profiling the reader.
let analyzerOnly = CommandLine.arguments.contains("--analyzer-only")
/// Only the throughput figure: the cleanest profile of the reader's steady state.
let throughputOnly = CommandLine.arguments.contains("--throughput-only")
/// Only the re-scoring figure (section 5): for profiling `replay --rescore` at scale.
let rescoreOnly = CommandLine.arguments.contains("--rescore-only")
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let scriptsFolder = repository.appendingPathComponent("scripts/loops")
var figures: [Figure] = []

func load(_ url: URL) -> ParsedScript {
    ScriptParser.parse([UInt8]((try? Data(contentsOf: url)) ?? Data()), file: url.path)
}

let shipped: [ParsedScript] = {
    let files = FileManager.default.enumerator(at: scriptsFolder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }.filter { $0.pathExtension == "yaml" } ?? []
    return files.sorted { $0.path < $1.path }.map(load)
}()
let library = ScriptLibrary(scripts: shipped)
guard let loop = library.loop(id: "aws-solutions-architect") else { fatalError("the shipped loops are missing; run from a checkout") }
let analyzer = AnswerAnalyzer()
let reader = AnalyzerReader.make(analyzer: analyzer)

// 1. Analyzer throughput on a generated corpus.
if !rescoreOnly {
    var generator = AnswerGenerator(seed: 1)
    var corpus: [String] = []
    var bytes = 0
    while bytes < (quick ? 5 : 40) << 20 {
        let answer = generator.answer(words: [60, 150, 300, 600][corpus.count % 4])
        bytes += answer.utf8.count
        corpus.append(answer)
    }
    var runs: [Double] = [], cpuRuns: [Double] = []
    for _ in 0..<(quick ? 1 : 3) {
        let cpuStart = Measure.threadCPUSeconds()
        runs.append(Measure.seconds { for answer in corpus { _ = analyzer.analyze(answer, principles: [.diveDeep]) } })
        cpuRuns.append(Measure.threadCPUSeconds() - cpuStart)
    }
    let best = Measure.median(runs), cpu = Measure.median(cpuRuns)
    let mbPerSecond = Double(bytes) / 1_048_576 / best
    let mbPerCPUSecond = Double(bytes) / 1_048_576 / cpu
    figures.append(Figure(name: "analyzer throughput (1 core)", value: String(format: "%.1f MB/s wall, %.1f MB/s per CPU second, %.0f answers/s", mbPerSecond, mbPerCPUSecond, Double(corpus.count) / best), target: "≥ 50 MB/s", met: max(mbPerSecond, mbPerCPUSecond) >= 50))
    if throughputOnly { print(figures[0].name, figures[0].value); exit(0) }
    let paste = corpus.prefix(2000).joined(separator: "\n\n")
    let pasteSeconds = Measure.seconds { _ = analyzer.analyze(paste) }
    figures.append(Figure(name: "analyze one \(paste.utf8.count >> 20) MB paste", value: String(format: "%.2f s", pasteSeconds), target: "linear, no hang", met: nil))
    let run = String(repeating: "and then I checked the numbers again ", count: 2800)
    let runSeconds = Measure.seconds { _ = analyzer.analyze(run) }
    figures.append(Figure(name: "one \(run.count / 1000),000-character unpunctuated run", value: String(format: "%.1f ms", runSeconds * 1000), target: "no hang", met: nil))
    let long = generator.answer(words: 600)
    var times: [Double] = []
    for _ in 0..<(quick ? 200 : 2000) { times.append(Measure.seconds { _ = analyzer.analyze(long, principles: [.ownership, .diveDeep]) }) }
    figures.append(Figure(name: "analyze one 600-word answer", value: String(format: "median %.3f ms, p99 %.3f ms", Measure.median(times) * 1000, Measure.percentile(times, 0.99) * 1000), target: "well under 1 ms", met: Measure.percentile(times, 0.99) < 0.001))
}

if !analyzerOnly {
// 2. Engine turn latency: answer in, next question or follow-up out, analysis included.
if !rescoreOnly {
for words in [100, 600] {
    var generator = AnswerGenerator(seed: UInt64(words))
    var times: [Double] = []
    for seed in UInt64(1)...(quick ? 5 : 40) {
        var engine = Interviewer(loop: loop, plan: InterviewPlan(loop: loop, library: library, seed: seed), seed: seed, reader: reader)
        _ = engine.handle(.start(at: 0))
        var clock = 0.0
        while !engine.isFinished {
            clock += 30
            let answer = generator.answer(words: words)
            times.append(Measure.seconds { _ = engine.handle(.answer(answer, at: clock)) })
        }
    }
    figures.append(Figure(name: "engine turn, \(words)-word answer", value: String(format: "median %.3f ms, p99 %.3f ms (%d turns)", Measure.median(times) * 1000, Measure.percentile(times, 0.99) * 1000, times.count), target: "< 5 ms", met: Measure.percentile(times, 0.99) < 0.005))
}

// 3. Start-up to the first question, as a process (the release binary beside this one).
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("mockloop")

/// An empty mockloop home for the session benchmarks.
let benchmarkHome = FileManager.default.temporaryDirectory.appendingPathComponent("mockloop-bench-home-\(getpid())")
try? FileManager.default.createDirectory(at: benchmarkHome, withIntermediateDirectories: true)

/// A `mockloop run` of the Solutions Architect loop as a child process, writing into `out`.
func sessionProcess(out: URL) -> Process {
    let process = Process()
    process.executableURL = binary
    process.arguments = ["run", "aws-solutions-architect", "--seed", "1", "--out", out.path]
    // As installed: the shipped scripts compiled in, and an empty home (no user loops or stories).
    var environment = ProcessInfo.processInfo.environment
    environment["MOCKLOOP_SCRIPTS"] = nil
    environment["MOCKLOOP_HOME"] = benchmarkHome.path
    process.environment = environment
    process.standardError = FileHandle.nullDevice
    return process
}

if FileManager.default.isExecutableFile(atPath: binary.path) {
    var times: [Double] = []
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("mockloop-bench-\(getpid())")
    for _ in 0..<(quick ? 3 : 15) {
        let process = sessionProcess(out: out)
        let output = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardInput = input
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("Tell me") && !String(decoding: seen, as: UTF8.self).contains("?\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        let elapsed = clock.now - start
        times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        try? input.fileHandleForWriting.write(contentsOf: Data("/quit\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
    try? FileManager.default.removeItem(at: out)
    figures.append(Figure(name: "start-up to first question", value: String(format: "median %.1f ms", Measure.median(times) * 1000), target: "< 25 ms", met: Measure.median(times) < 0.025))

    // 6. Peak memory of a full scripted loop.
    var generator = AnswerGenerator(seed: 9)
    var script = ""
    for _ in 0..<60 { script += generator.answer(words: 250) + "\n\nno questions\n\n" }
    let answersFile = FileManager.default.temporaryDirectory.appendingPathComponent("mockloop-bench-answers-\(getpid()).txt")
    try script.write(to: answersFile, atomically: true, encoding: .utf8)
    let session = sessionProcess(out: out)
    let peak = PeakMemory.of(binary, arguments: session.arguments ?? [], environment: session.environment ?? [:], input: answersFile)
    try? FileManager.default.removeItem(at: out)
    try? FileManager.default.removeItem(at: answersFile)
    try? FileManager.default.removeItem(at: benchmarkHome)
    figures.append(Figure(name: "peak memory, full scripted loop", value: peak.map { String(format: "%.1f MB (peak resident)", Double($0) / 1024) } ?? "not measured: the run failed", target: "—", met: nil))
} else {
    figures.append(Figure(name: "start-up to first question", value: "skipped: build mockloop in release first", target: "< 25 ms", met: nil))
}

// 4. Validating 1,000 generated loop scripts against the shipped bank.
do {
    let template = (try? String(contentsOf: scriptsFolder.appendingPathComponent("aws-solutions-architect.yaml"), encoding: .utf8)) ?? ""
    let count = quick ? 200 : 1000
    let scripts = (0..<count).map { index in
        Array(template.replacingOccurrences(of: "id: aws-solutions-architect", with: "id: generated-\(index)")
            .replacingOccurrences(of: "questions: 2\n    minutes: 50", with: "questions: \(1 + index % 2)\n    minutes: \(45 + index % 10)").utf8)
    }
    let banks = shipped.filter { $0.bank != nil }
    var runs: [Double] = []
    for _ in 0..<(quick ? 1 : 3) {
        runs.append(Measure.seconds {
            for (index, bytes) in scripts.enumerated() {
                let parsed = ScriptParser.parse(bytes, file: "generated-\(index).yaml")
                _ = LibraryValidator().validate(ScriptLibrary(scripts: [parsed], fallbackBanks: banks))
            }
        })
    }
    figures.append(Figure(name: "validate \(count) generated loops", value: String(format: "%.2f s (%.2f ms each)", Measure.median(runs), Measure.median(runs) / Double(count) * 1000), target: "—", met: nil))
}
}  // !rescoreOnly

// 5. Re-scoring 10,000 transcripts on every core.
do {
    var generator = AnswerGenerator(seed: 5)
    var distinct: [Data] = []
    let encoder = JSONEncoder()
    for seed in UInt64(1)...40 {
        var engine = Interviewer(loop: loop, plan: InterviewPlan(loop: loop, library: library, seed: seed), seed: seed, reader: reader)
        var records = engine.handle(.start(at: 0)).compactMap { if case .record(let r) = $0 { r } else { nil } }
        var clock = 0.0
        while !engine.isFinished {
            clock += 60
            records += engine.handle(.answer(generator.answer(words: [80, 200, 350][Int(seed) % 3]), at: clock)).compactMap { if case .record(let r) = $0 { r } else { nil } }
        }
        let header = JournalHeader(loopID: loop.id, loopVersion: loop.version, loopFile: loop.file, scriptFingerprint: "", seed: seed, startedAt: "")
        distinct.append(try encoder.encode(TranscriptBuilder.build(header: header, records: records, loop: loop, library: library, generatedAt: "")))
    }
    let count = quick ? 1000 : 10_000
    let transcripts = distinct
    let rescorer = Rescorer(loop: loop, library: library, reader: reader)
    let seconds = Measure.seconds {
        DispatchQueue.concurrentPerform(iterations: count) { index in
            guard let transcript = try? JSONDecoder().decode(Transcript.self, from: transcripts[index % transcripts.count]) else { fatalError("decode") }
            _ = rescorer.rescore(transcript)
        }
    }
    let answers = distinct.count
    figures.append(Figure(name: "re-score \(count) transcripts (\(ProcessInfo.processInfo.activeProcessorCount) cores)", value: String(format: "%.2f s (%.0f/s; %d distinct)", seconds, Double(count) / seconds, answers), target: quick ? "—" : "< 10 s", met: quick ? nil : seconds < 10))
    if rescoreOnly { print(figures[figures.count - 1].name, figures[figures.count - 1].value); exit(0) }

    // 6. The story bank and progress commands, run as processes of the release `mockloop`
    //    beside this binary: `progress` over 1,000 sessions, `stories --loop` over 200 stories.
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("mockloop")
    if FileManager.default.isExecutableFile(atPath: binary.path) {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("mockloop-bench-\(getpid())")
        let sessions = home.appendingPathComponent("sessions"), stories = home.appendingPathComponent("stories")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: stories, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        for index in 0..<1000 {
            try distinct[index % distinct.count].write(to: sessions.appendingPathComponent("s\(index).transcript.json"))
        }
        let samples = repository.appendingPathComponent("Tests/SimulatorTests/Fixtures/stories")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".md") }.sorted()
        for index in 0..<200 {
            try FileManager.default.copyItem(at: samples.appendingPathComponent(names[index % names.count]), to: stories.appendingPathComponent("story-\(index).md"))
        }
        func timed(_ arguments: [String]) throws -> Double {
            Measure.median(try (0..<3).map { _ in try Measure.command(binary, arguments, home: home) })
        }
        let progress = try timed(["progress"]), bank = try timed(["stories", "--loop", "aws-solutions-architect"])
        figures.append(Figure(name: "progress over 1,000 sessions", value: String(format: "median %.2f s (whole command)", progress), target: "< 1 s", met: progress < 1))
        figures.append(Figure(name: "stories --loop over 200 stories", value: String(format: "median %.2f s (whole command)", bank), target: "< 1 s", met: bank < 1))
    } else {
        figures.append(Figure(name: "progress and stories commands", value: "not run: build mockloop in release first", target: "< 1 s", met: nil))
    }

    // 7. Hostile scripts (issue #10), each a whole command of the release `mockloop`.
    if FileManager.default.isExecutableFile(atPath: binary.path) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mockloop-hostile-\(getpid())")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        func command(_ arguments: [String], home: URL) throws -> Double {
            try Measure.command(binary, arguments, home: home)
        }
        // A flow list of about 10 MB.
        // Each in a folder of its own, so that validating one does not read the other as a bank.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("flow"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("rounds"), withIntermediateDirectories: true)
        let flow = root.appendingPathComponent("flow/flow.yaml")
        try ("kind: question-bank\nquestions: [" + String(repeating: "x, ", count: 3_400_000) + "x]\n").write(to: flow, atomically: true, encoding: .utf8)
        figures.append(Figure(name: "validate a 10 MB flow list", value: String(format: "%.2f s", try command(["validate", flow.path], home: root)), target: "linear, < 10 s", met: nil))
        // 16 MB of rounds that are all wrong.
        let rounds = root.appendingPathComponent("rounds/rounds.yaml")
        var bad = "kind: loop\nid: hostile\nrounds:\n"
        while bad.utf8.count < (16 << 20) - 200 { bad += "  - title: [x]\n    minutes: lots\n" }
        try bad.write(to: rounds, atomically: true, encoding: .utf8)
        figures.append(Figure(name: "validate 16 MB of bad rounds", value: String(format: "%.2f s", try command(["validate", rounds.path], home: root)), target: "linear, < 30 s", met: nil))
        // A 200,000-question bank in the loops folder, and five links to the folder itself.
        let home = root.appendingPathComponent("home"), loops = home.appendingPathComponent("loops")
        try FileManager.default.createDirectory(at: loops, withIntermediateDirectories: true)
        var bank = "kind: question-bank\nquestions:\n"
        for n in 0..<200_000 { bank += "  - id: big-\(n)\n    text: Tell me about time \(n).\n    principles: [ownership]\n" }
        try bank.write(to: loops.appendingPathComponent("huge.yaml"), atomically: true, encoding: .utf8)
        for n in 0..<5 { try FileManager.default.createSymbolicLink(at: loops.appendingPathComponent("self-\(n)"), withDestinationURL: loops) }
        figures.append(Figure(name: "list with a 200,000-question bank and 5 self-links", value: String(format: "%.2f s", try command(["list"], home: home)), target: "< 1 s", met: nil))
        figures.append(Figure(name: "run another loop beside them (to its first question)", value: String(format: "%.2f s", try command(["run", "aws-solutions-architect", "--seed", "1"], home: home)), target: "< 1 s", met: nil))
        // A loop file in a big folder: 2,000 folders of scripts below it are never read.
        let big = root.appendingPathComponent("big")
        try FileManager.default.createDirectory(at: big, withIntermediateDirectories: true)
        let shippedLoop = try String(contentsOf: scriptsFolder.appendingPathComponent("aws-solutions-architect.yaml"), encoding: .utf8)
        try shippedLoop.replacingOccurrences(of: "id: aws-solutions-architect", with: "id: big-folder").write(to: big.appendingPathComponent("loop.yaml"), atomically: true, encoding: .utf8)
        for n in 0..<2000 {
            let folder = big.appendingPathComponent("f\(n)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "kind: question-bank\nquestions: []\n".write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        }
        figures.append(Figure(name: "validate a loop in a folder of 2,000 folders", value: String(format: "%.2f s", try command(["validate", big.appendingPathComponent("loop.yaml").path], home: root)), target: "< 1 s", met: nil))
    }
}
}

// The table.
let commit = (try? String(contentsOf: repository.appendingPathComponent(".git/HEAD"), encoding: .utf8)).map { head -> String in
    let trimmed = head.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.hasPrefix("ref: ") else { return String(trimmed.prefix(12)) }
    let ref = String(trimmed.dropFirst(5))
    return ((try? String(contentsOf: repository.appendingPathComponent(".git/\(ref)"), encoding: .utf8)) ?? "?").prefix(12).description
} ?? "?"
var uts = utsname()
uname(&uts)
let machine = withUnsafeBytes(of: &uts.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
print("mockloop benchmarks · commit \(commit) · \(machine), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB\(quick ? " · quick" : "")")
let width = figures.map(\.name.count).max() ?? 0
let valueWidth = figures.map(\.value.count).max() ?? 0
for figure in figures {
    let verdict = figure.met.map { $0 ? "ok" : "MISSED" } ?? ""
    print(figure.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + figure.value.padding(toLength: valueWidth, withPad: " ", startingAt: 0) + "  target " + figure.target + "  " + verdict)
}
