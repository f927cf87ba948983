import InterviewScript
import Testing
@testable import Simulator

/// Scores and votes from recorded sessions, driven through the real engine with the notation reader.
@Suite struct ScoringTests {
    static func session(_ answers: [String], seed: UInt64 = 1) -> (Transcript, Loop, ScriptLibrary) {
        let (loop, library) = EngineFixtures.library()
        var engine = Interviewer(loop: loop, plan: InterviewPlan(loop: loop, library: library, seed: seed), seed: seed, reader: EngineFixtures.notationReader)
        var records = engine.handle(.start(at: 0)).records
        var clock = 0.0
        var queue = answers
        while !engine.isFinished {
            clock += 60
            let next = queue.isEmpty ? "no" : queue.removeFirst()
            let event: Event = next.hasPrefix("/") ? .command(SessionCommand(typed: next)!, at: clock) : .answer(next, at: clock)
            records += engine.handle(event).records
        }
        let header = JournalHeader(loopID: loop.id, loopVersion: loop.version, loopFile: loop.file, scriptFingerprint: "f", seed: seed, startedAt: "T0")
        return (TranscriptBuilder.build(header: header, records: records, loop: loop, library: library, generatedAt: "T1"), loop, library)
    }

    static let strong = "S T A R# I I I"

    @Test func aStrongCandidateIsHiredAndRaisesTheBar() {
        let (transcript, _, _) = Self.session([Self.strong, Self.strong, "How big is the team?", Self.strong, Self.strong, "no"])
        #expect(transcript.completed)
        #expect(transcript.questions.count == 4)
        #expect(transcript.scores.interviewers.allSatisfy { $0.vote.isHire })
        #expect(transcript.scores.decision.raisesTheBar)
        #expect(transcript.scores.principles.count == 4)
        let first = transcript.questions[0].score!
        #expect(first.star == 1 && first.metrics == 1)
        #expect(first.findings.contains { $0.tone == .strength && $0.text.contains("complete story") })
    }

    @Test func aCandidateWhoNeverGivesResultsIsNotHiredAndIsCoachedOnIt() {
        let (transcript, _, _) = Self.session(Array(repeating: "S T A I I", count: 20))
        #expect(!transcript.scores.decision.raisesTheBar)
        #expect(transcript.questions.allSatisfy { $0.outcome?.missing == [.result] })
        #expect(transcript.scores.coaching.contains { $0.text.contains("never reached a result") })
        #expect(transcript.scores.decision.vote.isHire == false)
    }

    @Test func weAnswersCostOwnershipAndAreCoached() {
        let (transcript, _, _) = Self.session(Array(repeating: "S T A R# we", count: 20))
        let score = transcript.questions[0].score!
        #expect(score.ownership <= 0.3)
        #expect(score.findings.contains { $0.text.hasPrefix("Told the actions as \"we\"") })
        #expect(transcript.scores.coaching.contains { $0.text.contains("of the actions with \"we\"") })
    }

    @Test func promptedPartsCountLessThanVolunteeredOnes() {
        let (volunteered, _, _) = Self.session([Self.strong] + Array(repeating: Self.strong, count: 3))
        let (prompted, _, _) = Self.session(["S T I I I", "A I", "R#"] + Array(repeating: Self.strong, count: 3))
        let a = volunteered.questions[0].score!, b = prompted.questions[0].score!
        #expect(prompted.questions[0].outcome?.prompted == [.action, .result])
        #expect(b.star < a.star)
        #expect(b.total < a.total)
        #expect(prompted.scores.coaching.contains { $0.text.contains("came out only after a follow-up") })
    }

    @Test func scoringIsAPureFunctionOfTheRecords() {
        let (a, _, _) = Self.session(["S T", "A R#", "would", "S A R"])
        let (b, _, _) = Self.session(["S T", "A R#", "would", "S A R"])
        #expect(a == b)
    }

    @Test func theRubricsWeightsAndThresholdsAreUsed() {
        let (transcript, loop, _) = Self.session(Array(repeating: "S T A R I I I", count: 4))
        var harsh = loop.rubric
        harsh.thresholds.strongHire = 0.99
        harsh.thresholds.inclined = 0.98
        harsh.thresholds.notInclined = 0.97
        var copy = transcript
        Scorer(rubric: harsh).score(&copy)
        #expect(copy.scores.interviewers.allSatisfy { $0.vote == .strongNoHire })
        var metricsOnly = loop.rubric
        metricsOnly.weights = .init()
        metricsOnly.weights.star = 0; metricsOnly.weights.ownership = 0; metricsOnly.weights.specificity = 0; metricsOnly.weights.signals = 0
        metricsOnly.weights.metrics = 1
        Scorer(rubric: metricsOnly).score(&copy)
        #expect(copy.questions[0].score!.total == 0.2, "a result without numbers scores 0.2 on metrics")
    }

    @Test func anUnfinishedLoopSaysSo() {
        let (transcript, _, _) = Self.session([Self.strong, "/quit"])
        #expect(!transcript.completed)
        #expect(!transcript.scores.decision.raisesTheBar)
        #expect(transcript.scores.decision.rationale.contains("not finished"))
        #expect(transcript.scores.principles.contains { !$0.assessed })
    }

    @Test func rescoringWithAStricterPolicyShowsNewProbes() {
        let (transcript, loop, library) = Self.session(["S T A R I I I"] + Array(repeating: Self.strong, count: 3))
        // Same engine and script: nothing changes.
        let same = Rescorer(loop: loop, library: library, reader: EngineFixtures.notationReader).rescore(transcript)
        #expect(same.probeChanges.isEmpty)
        #expect(same.voteChanges.isEmpty)
        #expect(!same.changed)
        // A script that never probes metrics: the first question's metrics probe would no longer be asked.
        var stricter = loop
        stricter.probing.order = [.action, .result]
        let changed = Rescorer(loop: stricter, library: library, reader: EngineFixtures.notationReader).rescore(transcript)
        #expect(changed.probeChanges.first == .init(round: 0, questionID: transcript.questions[0].id, afterAnswer: 1, was: .metrics, now: nil))
    }
}
