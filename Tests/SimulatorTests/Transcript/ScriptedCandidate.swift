import Foundation
import InterviewScript
import Yams
@testable import Simulator

/// A scripted candidate (Fixtures/candidates/*.yaml): the answers one kind of candidate gives to
/// each question of a loop, their replies to follow-ups by kind, and what they ask at the close.
/// It answers whatever the interviewer asks, so it drives the real interviewer through a loop.
struct ScriptedCandidate {
    struct Answer { var question: String; var text: String; var replies: [ProbeKind: String] }
    struct LoopScript { var seed: UInt64; var closing: [String]; var answers: [Answer] }

    let name: String
    let replies: [ProbeKind: String]
    let loops: [String: LoopScript]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/candidates")

    init(named name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("\(name).yaml"), encoding: .utf8)
        guard let root = try Yams.load(yaml: text) as? [String: Any] else { throw CocoaError(.fileReadCorruptFile) }
        func kinds(_ value: Any?) -> [ProbeKind: String] {
            var result: [ProbeKind: String] = [:]
            for (key, text) in (value as? [String: Any]) ?? [:] {
                if let kind = ProbeKind(rawValue: key), let text = text as? String { result[kind] = text.trimmingCharacters(in: .whitespacesAndNewlines) }
            }
            return result
        }
        self.name = root["name"] as? String ?? name
        replies = kinds(root["replies"])
        var loops: [String: LoopScript] = [:]
        for (id, value) in (root["loops"] as? [String: Any]) ?? [:] {
            let loop = value as? [String: Any] ?? [:]
            let answers = ((loop["answers"] as? [Any]) ?? []).compactMap { item -> Answer? in
                guard let item = item as? [String: Any], let question = item["question"] as? String, let text = item["answer"] as? String else { return nil }
                return Answer(question: question, text: text.trimmingCharacters(in: .whitespacesAndNewlines), replies: kinds(item["replies"]))
            }
            loops[id] = LoopScript(seed: UInt64(loop["seed"] as? Int ?? 1), closing: (loop["closing"] as? [Any] ?? []).compactMap { $0 as? String }, answers: answers)
        }
        self.loops = loops
    }

    /// What went wrong while the candidate answered (a question it has no answer for).
    struct Mismatch: Error, CustomStringConvertible { let description: String }

    /// Runs the candidate through `loop` with the real reader; one minute per input, fixed
    /// timestamps, so the transcript is the same on every run.
    /// `asides`: said once before the answer to each question, in turn (a question back, "no
    /// example comes to mind"), as a candidate who asks first would.
    func transcript(loop: Loop, library: ScriptLibrary, stories: StoryMatcher? = nil, asides: [String] = []) throws -> Transcript {
        guard let script = loops[loop.id] else { throw Mismatch(description: "\(name) has no answers for \(loop.id)") }
        var engine = Interviewer(loop: loop, plan: InterviewPlan(loop: loop, library: library, seed: script.seed), seed: script.seed, reader: AnalyzerReader.make())
        var records: [SessionRecord] = []
        var prompt: Prompt?
        func take(_ effects: [Effect]) {
            for effect in effects {
                if case .record(let record) = effect { records.append(record) }
                if case .ask(let asked) = effect { prompt = asked }
            }
        }
        take(engine.handle(.start(at: 0)))
        var current: Answer?
        var closings = script.closing.makeIterator()
        var minute = 1.0
        var asidesSaid = 0
        while !engine.isFinished, let asked = prompt, minute < 400 {
            let text: String
            switch asked.kind {
            case .question(let id):
                guard let answer = script.answers.first(where: { $0.question == id }) else {
                    throw Mismatch(description: "\(name) has no answer to \(id) in \(loop.id)")
                }
                if !asides.isEmpty && current?.question != id {
                    current = answer
                    text = asides[asidesSaid % asides.count]
                    asidesSaid += 1
                } else {
                    current = answer
                    text = answer.text
                }
            case .probe(let kind):
                text = current?.replies[kind] ?? replies[kind] ?? "I don't have more to add on that."
            case .closing:
                text = closings.next() ?? "No, thank you."
            }
            prompt = nil
            take(engine.handle(.answer(text, at: minute * 60)))
            minute += 1
        }
        let header = JournalHeader(loopID: loop.id, loopVersion: loop.version, loopFile: loop.file, scriptFingerprint: "golden", seed: script.seed, startedAt: "2026-01-01T09:00:00Z")
        return TranscriptBuilder.build(header: header, records: records, loop: loop, library: library, generatedAt: "2026-01-01T12:00:00Z", stories: stories)
    }
}
