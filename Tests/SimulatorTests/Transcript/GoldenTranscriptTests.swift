import Foundation
import InterviewScript
import Testing
@testable import Simulator

/// Scripted sessions whose full Markdown and JSON transcripts must match checked-in files.
/// Times are injected (one minute per input, fixed timestamps), the analyzer is the real one.
/// Re-record after an intended change with `MOCKLOOP_RECORD_GOLDENS=1 swift test --filter Golden`.
@Suite struct GoldenTranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/golden")

    static func library() throws -> (Loop, ScriptLibrary) {
        let scripts = try ["bank.yaml", "loop.yaml"].map { name in
            ScriptParser.parse([UInt8](try Data(contentsOf: folder.appendingPathComponent(name))), file: "golden/\(name)")
        }
        let library = ScriptLibrary(scripts: scripts)
        return (try #require(library.loops.first), library)
    }

    static let sessions: [String: [String]] = [
        "strong": [
            "Last March our checkout page was timing out for one in ten customers during the spring sale. My goal was to bring load time under two seconds before the weekend. I pulled the traces myself, found a slow database query and rewrote it with an index, then load-tested it against the previous week's traffic. Load time fell from 9 seconds to 1.2 seconds and abandoned carts dropped by 30%.",
            "I chose an index over a bigger database because the traces put 80% of the time in that one query, and the index cost nothing. I learned to profile before I scale anything.",
            "How does the team measure success in the first six months?",
            "In 2023 I shipped a config change that broke the nightly billing export for 40 customers. My job was to own it and fix it before the next run. I told my manager within the hour, wrote the rollback myself and added a validation check to the pipeline. Every export since has run clean, and the check has caught 3 bad configs.",
            "I rolled back first rather than patch forward, because 40 customers were waiting on the next run and the rollback took ten minutes. Since then I add a check for every config I change.",
            "No, thank you.",
        ],
        "we-heavy": [
            "We had a big outage last year. We got everyone in a room and we worked closely with the stakeholders, and together we fixed it and the team was happy.",
            "We rolled back the change and we added monitoring.",
            "It went well.",
            "Everyone was relieved.",
            "/skip",
            "no",
        ],
    ]

    static func transcript(_ name: String) throws -> Transcript {
        let (loop, library) = try library()
        var engine = Interviewer(loop: loop, plan: InterviewPlan(loop: loop, library: library, seed: 11), seed: 11, reader: AnalyzerReader.make())
        var records = engine.handle(.start(at: 0)).compactMap { if case .record(let r) = $0 { r } else { nil } }
        for (index, input) in sessions[name]!.enumerated() where !engine.isFinished {
            let at = Double(index + 1) * 60
            let event: Event = SessionCommand(typed: input).map { .command($0, at: at) } ?? .answer(input, at: at)
            records += engine.handle(event).compactMap { if case .record(let r) = $0 { r } else { nil } }
        }
        let header = JournalHeader(loopID: loop.id, loopVersion: loop.version, loopFile: loop.file, scriptFingerprint: "golden", seed: 11, startedAt: "2026-01-01T09:00:00Z")
        return TranscriptBuilder.build(header: header, records: records, loop: loop, library: library, generatedAt: "2026-01-01T10:00:00Z")
    }

    static func json(_ transcript: Transcript) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(transcript), as: UTF8.self) + "\n"
    }

    func compare(_ actual: String, to name: String) throws {
        try GoldenFile.compare(actual, to: Self.folder.appendingPathComponent(name))
    }

    @Test(arguments: ["strong", "we-heavy"])
    func transcriptsMatchTheirGoldenFiles(_ name: String) throws {
        let transcript = try Self.transcript(name)
        try compare(MarkdownReport.render(transcript), to: "\(name).md")
        try compare(Self.json(transcript), to: "\(name).json")
    }

    @Test func aGoldenTranscriptDecodesToTheSameValue() throws {
        let transcript = try Self.transcript("strong")
        let decoded = try JSONDecoder().decode(Transcript.self, from: Data(try Self.json(transcript).utf8))
        #expect(decoded == transcript)
    }
}
