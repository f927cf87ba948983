import InterviewScript
import Testing
@testable import Simulator

/// The interviewer state machine, driven by events only.
@Suite struct InterviewerTests {
    @Test func startingIntroducesTheLoopAndAsksTheFirstQuestion() {
        var engine = EngineFixtures.interviewer()
        let effects = engine.handle(.start(at: 0))
        #expect(effects.said.first == "Welcome to the loop.")
        #expect(effects.said.contains { $0.contains("Round 1 of 2: Hiring manager, with Dana Lee") })
        #expect(effects.said.contains { $0.hasPrefix("Hi, I'm Dana.") && $0.contains("Customer Obsession and Earn Trust") })
        #expect(effects.asked.count == 1)
        guard case .question(let id) = effects.asked[0].kind else { Issue.record("not a question"); return }
        #expect(["co-1", "co-2", "et-1"].contains(id))
        #expect(effects.records.first == .sessionStarted(loopID: "engine-loop", loopVersion: "1", seed: 1, at: 0))
        #expect(engine.position?.round == 1 && engine.position?.question == 1)
    }

    @Test func missingPartsAreProbedInTheDeclaredOrderOneAtATime() {
        var engine = EngineFixtures.interviewer()
        _ = engine.handle(.start(at: 0))
        // Situation and task only: the default order probes action first, then result.
        var effects = engine.handle(.answer("S T", at: 60))
        #expect(effects.probes == [.action])
        effects = engine.handle(.answer("A I", at: 120))
        #expect(effects.probes == [.result])
        effects = engine.handle(.answer("R#", at: 180))
        #expect(effects.probes.isEmpty)
        let outcome = effects.outcomes.first
        #expect(outcome?.volunteered == [.situation, .task])
        #expect(outcome?.prompted == [.action, .result])
        #expect(outcome?.missing == [])
        #expect(outcome?.probes == [.action, .result])
        #expect(outcome?.reason == .complete)
    }

    @Test func aPartVolunteeredEarlyIsNotProbedAgain() {
        var engine = EngineFixtures.interviewer()
        _ = engine.handle(.start(at: 0))
        _ = engine.handle(.answer("S T R#", at: 60)) // action missing
        let effects = engine.handle(.answer("A", at: 120))
        // Situation, task and result were in the first answer: nothing left to ask.
        #expect(effects.probes.isEmpty)
        #expect(effects.outcomes.first?.prompted == [.action])
    }

    @Test func probesAreCappedAndNeverRepeatedBackToBack() {
        var engine = EngineFixtures.interviewer()
        _ = engine.handle(.start(at: 0))
        var probes: [ProbeKind] = []
        var outcome: QuestionOutcome?
        for minute in 1...6 where outcome == nil {
            let effects = engine.handle(.answer("nothing useful to add on that", at: Double(minute * 60)))
            probes += effects.probes
            outcome = effects.outcomes.first
        }
        #expect(probes.count == 3)
        #expect(zip(probes, probes.dropFirst()).allSatisfy { $0 != $1 })
        #expect(probes == [.action, .result, .situation])
        #expect(outcome?.reason == .probeLimit)
        #expect(outcome?.missing == [.situation, .task, .action, .result])
    }

    @Test func theLoopsProbingPolicyIsObeyed() {
        var engine = EngineFixtures.interviewer(loop: EngineFixtures.loopText(probing: "probing:\n  max-probes: 1\n  order: [task, situation]"))
        _ = engine.handle(.start(at: 0))
        var effects = engine.handle(.answer("A R#", at: 60))
        #expect(effects.probes == [.task])
        effects = engine.handle(.answer("still nothing", at: 120))
        #expect(effects.probes.isEmpty)
        #expect(effects.outcomes.first?.reason == .probeLimit)
    }

    @Test func weakPartsAreProbedAndAKindMayReturnButNotTwiceInARow() throws {
        let text = EngineFixtures.loopText(probing: "probing:\n  max-probes: 4\n  order: [result, metrics]")
        let (loop, library) = EngineFixtures.library(loop: text)
        let question = try #require(InterviewPlan(loop: loop, library: library, seed: 1).rounds.first?.first)
        // "r" is a weak result: asked for more of it, in the weak wording.
        func wording(_ kind: ProbeKind, _ times: Int) -> String { InterviewerLines.probe(kind, for: question, timesAsked: times, answers: [], weak: kind == .result) }
        var engine = EngineFixtures.interviewer(loop: text)
        _ = engine.handle(.start(at: 0))
        var effects = engine.handle(.answer("S T A r", at: 60))
        #expect(effects.probes == [.result])
        #expect(effects.asked.first?.text == wording(.result, 0))
        effects = engine.handle(.answer("r", at: 90))
        #expect(effects.probes == [.metrics])
        #expect(effects.asked.first?.text == wording(.metrics, 0))
        effects = engine.handle(.answer("r", at: 120))
        // Result is still weak; it may be asked again now that another probe came between, in its next wording.
        #expect(effects.probes == [.result])
        #expect(effects.asked.first?.text == wording(.result, 1))
        #expect(wording(.result, 1) != wording(.result, 0))
    }

    @Test func weAnswersHypotheticalAnswersAndFillerAreProbed() {
        var engine = EngineFixtures.interviewer()
        _ = engine.handle(.start(at: 0))
        var effects = engine.handle(.answer("S T A R# we", at: 60))
        #expect(effects.probes == [.ownership])
        effects = engine.handle(.answer("A I", at: 90))
        #expect(effects.probes.isEmpty)

        var second = EngineFixtures.interviewer()
        _ = second.handle(.start(at: 0))
        effects = second.handle(.answer("would A r", at: 60))
        #expect(effects.probes == [.hypothetical])
        #expect(effects.asked.first?.text.contains("one specific time") == true)

        var third = EngineFixtures.interviewer()
        _ = third.handle(.start(at: 0))
        effects = third.handle(.answer("S T a R# fluff", at: 60))
        #expect(effects.probes == [.action])
        effects = third.handle(.answer("a fluff", at: 90))
        #expect(effects.probes == [.vague])
    }

    @Test func aResultWithoutNumbersGetsTheMetricsProbe() {
        var engine = EngineFixtures.interviewer()
        _ = engine.handle(.start(at: 0))
        let effects = engine.handle(.answer("S T A R", at: 60))
        #expect(effects.probes == [.metrics])
        let reasons = effects.records.compactMap { if case .probeAsked(_, _, _, _, let reason, _) = $0 { reason } else { nil } }
        #expect(reasons == ["the result has no number or measure"])
    }

    @Test func theSameSeedAndAnswersGiveTheSameSession() {
        func session(seed: UInt64) -> [Effect] {
            var engine = EngineFixtures.interviewer(seed: seed)
            var effects = engine.handle(.start(at: 0))
            for (index, answer) in ["S T", "A R#", "S T A R#", "no", "S T A R#", "S", "T A R#", "What does success look like?"].enumerated() {
                effects += engine.handle(.answer(answer, at: Double(index) * 30))
            }
            return effects
        }
        #expect(session(seed: 42) == session(seed: 42))
        let questionOrders = (1...8).map { seed in session(seed: UInt64(seed)).asked.compactMap { if case .question(let id) = $0.kind { id } else { nil } } }
        #expect(Set(questionOrders.map { $0.joined(separator: ",") }).count > 1, "different seeds should draw differently")
        for order in questionOrders { #expect(Set(order).count == order.count, "no question twice in a loop") }
    }

    @Test func aRoundThatRunsOutOfTimeMovesOnPolitely() {
        var engine = EngineFixtures.interviewer(loop: EngineFixtures.loopText(minutes: 25))
        _ = engine.handle(.start(at: 0))
        // 25-minute round, 5 minutes kept for the closing: at 20 minutes questions stop.
        let effects = engine.handle(.answer("S T", at: 21 * 60))
        #expect(effects.said.contains("I'm conscious of the time, so let's stop there on this one."))
        #expect(effects.asked.last?.kind == .closing)
        #expect(effects.outcomes.first?.reason == .time)
        #expect(effects.records.contains { if case .answerRanLong = $0 { true } else { false } })
    }

    @Test func timePassingAloneEndsAnOverdueRound() {
        var engine = EngineFixtures.interviewer(loop: EngineFixtures.loopText(minutes: 25))
        _ = engine.handle(.start(at: 0))
        #expect(engine.handle(.tick(at: 10 * 60)).isEmpty)
        let effects = engine.handle(.tick(at: 26 * 60))
        #expect(effects.asked.last?.kind == .closing)
        let closing = engine.handle(.answer("no", at: 27 * 60))
        #expect(closing.records.contains { if case .roundOverran(0, _, 1500) = $0 { true } else { false } })
    }

    @Test func commandsRepeatSkipHintTimeAndHelp() {
        var engine = EngineFixtures.interviewer()
        let first = engine.handle(.start(at: 0)).asked[0]
        #expect(engine.handle(.command(.repeat, at: 5)).asked == [first])
        let hint = engine.handle(.command(.hint, at: 6))
        #expect(hint.records.contains { if case .hintGiven = $0 { true } else { false } })
        #expect(hint.said.first?.contains("Dana Lee is listening for") == true)
        #expect(engine.handle(.command(.time, at: 125)).said.first?.hasPrefix("Round 1 of 2: 2 of 45 minutes used") == true)
        #expect(engine.handle(.command(.help, at: 7)).said.first?.contains("/skip") == true)
        let skipped = engine.handle(.command(.skip, at: 8))
        #expect(skipped.outcomes.first?.skipped == true)
        #expect(skipped.outcomes.first?.questionID == { if case .question(let id) = first.kind { id } else { "" } }())
        #expect(engine.position?.question == 2)
    }

    @Test func theCandidatesQuestionsAreClassifiedAndNoneIsRecorded() {
        var engine = EngineFixtures.interviewer()
        _ = engine.handle(.start(at: 0))
        _ = engine.handle(.command(.skip, at: 1))
        var effects = engine.handle(.command(.skip, at: 2))
        #expect(effects.asked.last?.kind == .closing)
        effects = engine.handle(.answer("What does the first 90 days look like? How big is the team, and is there on-call?", at: 3))
        let asked = effects.records.compactMap { if case .candidateQuestions(_, let questions, _) = $0 { questions } else { nil } }.first
        #expect(asked?.map(\.category) == [.trainingAndRampUp, .teamSpecifics])
        #expect(effects.said.contains { $0.contains("Round 2 of 2: Bar raiser, with Sam Ortiz") && $0.contains("Bar Raiser round") })
        _ = engine.handle(.command(.skip, at: 4))
        _ = engine.handle(.command(.skip, at: 5))
        effects = engine.handle(.answer("No, thanks.", at: 6))
        #expect(effects.records.contains(.candidateQuestions(round: 1, questions: [], at: 6)))
        #expect(effects.last == .finish(completed: true))
        #expect(engine.isFinished)
    }

    @Test func quittingEndsTheSessionAndLaterEventsAreIgnored() {
        var engine = EngineFixtures.interviewer()
        _ = engine.handle(.start(at: 0))
        _ = engine.handle(.answer("S T", at: 10))
        let effects = engine.handle(.command(.quit, at: 20))
        #expect(effects.outcomes.first?.reason == .quit)
        #expect(effects.records.last == .sessionEnded(completed: false, at: 20))
        #expect(effects.last == .finish(completed: false))
        #expect(engine.handle(.answer("more", at: 30)).isEmpty)
        #expect(engine.handle(.start(at: 40)).isEmpty)
    }

    @Test func emptyAnswersAndInputBeforeTheStartAreIgnored() {
        var engine = EngineFixtures.interviewer()
        #expect(engine.handle(.answer("early", at: 0)).isEmpty)
        _ = engine.handle(.start(at: 0))
        #expect(engine.handle(.answer("   \n ", at: 1)).isEmpty)
    }

    @Test func aWholeLoopRunsToTheEnd() {
        var engine = EngineFixtures.interviewer()
        var effects = engine.handle(.start(at: 0))
        var clock = 0.0
        while !engine.isFinished {
            clock += 60
            effects += engine.handle(.answer("S T A R# I", at: clock))
            #expect(clock < 10_000)
        }
        #expect(effects.outcomes.count == 4)
        #expect(effects.outcomes.allSatisfy { $0.reason == .complete && $0.probes.isEmpty })
        #expect(effects.filter { if case .endRound = $0 { true } else { false } }.count == 2)
        #expect(effects.last == .finish(completed: true))
    }

    @Test func planPinsQuestionsFirstAndCoversEachPrinciple() throws {
        let text = EngineFixtures.loopText().replacingOccurrences(of: "    principles: [dive-deep, ownership]\n", with: "    principles: [dive-deep, ownership]\n    pinned: [own-1]\n")
        let (loop, library) = EngineFixtures.library(loop: text)
        for seed in UInt64(0)..<20 {
            let plan = InterviewPlan(loop: loop, library: library, seed: seed)
            #expect(plan.rounds[1].first?.id == "own-1")
            let principles = Set(plan.rounds[0].flatMap(\.principles))
            #expect(principles == [.customerObsession, .earnTrust], "seed \(seed): \(plan.rounds[0].map(\.id))")
        }
    }

    @Test func firstPersonActionsGivenToAnotherFollowUpSettleOwnership() {
        var engine = EngineFixtures.interviewer()
        _ = engine.handle(.start(at: 0))
        // "We" and a weak action: the action follow-up comes first (default order)...
        var effects = engine.handle(.answer("S T a R# we", at: 60))
        #expect(effects.probes == [.action])
        // ...and a clear first-person reply settles ownership too: no "which parts were yours?".
        effects = engine.handle(.answer("A I", at: 90))
        #expect(effects.probes.isEmpty)
        #expect(effects.outcomes.first?.probes == [.action])
    }
}
