import Foundation
import InterviewScript
import Testing
@testable import Simulator

/// The shipped loops, drawn and run with many seeds.
@Suite struct ShippedLoopTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/loops")

    static let library: ScriptLibrary = {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }.filter { $0.pathExtension == "yaml" } ?? []
        return ScriptLibrary(scripts: files.map { ScriptParser.parse([UInt8]((try? Data(contentsOf: $0)) ?? Data()), file: $0.path) })
    }()

    @Test func everyShippedQuestionCanDigIntoAStoryTwoWays() {
        #expect(Self.library.questionsByID.count >= 100)
        for question in Self.library.questionsByID.values {
            let depth = ProbeKind.depthKinds.filter { !(question.probes[$0] ?? []).isEmpty }
            #expect(depth.count >= 2, "\(question.id) has depth follow-ups \(depth)")
        }
    }

    @Test func thereAreSixLoopsAtLeast() {
        #expect(Self.library.loops.count >= 6)
    }

    @Test func everyDrawnQuestionLeadsWithOneOfItsRoundsPrinciples() {
        for loop in Self.library.loops {
            for seed in UInt64(1)...60 {
                let plan = InterviewPlan(loop: loop, library: Self.library, seed: seed)
                for (round, questions) in zip(loop.rounds, plan.rounds) {
                    #expect(questions.count == round.questionCount, "\(loop.id) seed \(seed) \(round.title)")
                    let pinned = Set(round.pinned.map(\.value))
                    for question in questions where !pinned.contains(question.id) {
                        #expect(round.principleIDs.contains(question.principles[0]), "\(loop.id) seed \(seed): \(question.id) in \(round.title)")
                    }
                }
                let all = plan.rounds.flatMap { $0.map(\.id) }
                #expect(Set(all).count == all.count, "\(loop.id) seed \(seed) repeats a question")
            }
        }
    }

    @Test func roundsThatWereNeverReachedCarryNoVote() throws {
        let loop = try #require(Self.library.loop(id: "aws-technical-account-manager") ?? Self.library.loops.first)
        var engine = Interviewer(loop: loop, plan: InterviewPlan(loop: loop, library: Self.library, seed: 1), seed: 1, reader: AnalyzerReader.make())
        var records = engine.handle(.start(at: 0)).records
        records += engine.handle(.answer("Last year I rewrote our alerting myself and cut pages by 40%.", at: 60)).records
        records += engine.handle(.command(.quit, at: 120)).records
        let header = JournalHeader(loopID: loop.id, loopVersion: loop.version, loopFile: loop.file, scriptFingerprint: "", seed: 1, startedAt: "")
        let transcript = TranscriptBuilder.build(header: header, records: records, loop: loop, library: Self.library, generatedAt: "")
        #expect(transcript.scores.interviewers.first?.assessed == true)
        #expect(transcript.scores.interviewers.dropFirst().allSatisfy { !$0.assessed })
        #expect(transcript.scores.decision.rationale.contains("was not reached"))
        #expect(!transcript.scores.coaching.contains { $0.text.contains("skipped") })
    }
}
