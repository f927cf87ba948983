import InterviewScript
import Testing
@testable import Simulator

/// A candidate who answers a question with a question of their own, or says no example comes to
/// mind, is answered briefly and asked again; the aside is recorded, never read as the answer,
/// and shown in the write-up.
@Suite struct AsideTests {
    @Test func questionsBackAreToldApartFromAnswers() {
        #expect(Aside.kind(of: "Before I answer, can I ask what the team I would join works on?") == .aboutTheRole)
        #expect(Aside.kind(of: "Does it have to be from my current job?") == .clarifying)
        #expect(Aside.kind(of: "Sure. Can it be a story from my last job, or should it be recent?") == .clarifying)
        #expect(Aside.kind(of: "Sorry, could you repeat the question?") == .repeatPlease)
        #expect(Aside.kind(of: "can i use an example from university") == .clarifying)
        #expect(Aside.kind(of: "Honestly I can't think of a time like that.") == .noExample)
        #expect(Aside.kind(of: "Can we come back to this one later?") == .noExample)
        // Answers, also those that end in a question or ask one in passing.
        #expect(Aside.kind(of: "Last spring our returns desk took two days a case. I rebuilt the triage form and it fell to nine hours. Does that answer it?") == nil)
        #expect(Aside.kind(of: "I would ask the senior devs first.") == nil)
        #expect(Aside.kind(of: "Did the rollback myself, took about an hour.") == nil)
        #expect(Aside.kind(of: "Is it about the money? We lost about 40,000 dollars that quarter because the vendor shipped late and I had to renegotiate the whole contract.") == nil)
    }

    @Test func aQuestionBackIsAnsweredAndTheQuestionAskedAgainWithoutReadingIt() {
        var engine = EngineFixtures.interviewer()
        let start = engine.handle(.start(at: 0))
        let question = start.asked.last!
        var effects = engine.handle(.answer("Does it have to be from work, or can it be from volunteering?", at: 30))
        #expect(effects.asked == [question])
        #expect(effects.probes.isEmpty)
        #expect(effects.said.count == 1)
        #expect(effects.said[0].contains("Any real example"))
        #expect(effects.records.count == 1)
        guard case .aside(let round, let id, let text, let reply, _) = effects.records.first else {
            Issue.record("no aside record: \(effects.records)")
            return
        }
        #expect(round == 0 && id == engine.plan.rounds[0][0].id)
        #expect(text.hasPrefix("Does it have to be"))
        #expect(reply == effects.said[0])
        // The real answer is the first turn of the question, and is read.
        effects = engine.handle(.answer("S T A R# I I I", at: 120))
        let answers = effects.records.compactMap { if case .answerGiven(let answer) = $0 { answer } else { nil } }
        #expect(answers.map(\.turn) == [0])
        #expect(answers.first?.seconds == 90)
        #expect(effects.outcomes.first?.volunteered == StarPart.allCases)
    }

    @Test func aQuestionAboutTheRoleIsKeptForTheEndAndAfterTwoTheReplyIsTheAnswer() {
        var engine = EngineFixtures.interviewer()
        let question = engine.handle(.start(at: 0)).asked.last!
        var effects = engine.handle(.answer("How big is the team I'd be joining?", at: 30))
        #expect(effects.said.first?.contains("end of the round") == true)
        #expect(effects.asked == [question])
        effects = engine.handle(.answer("And what does on-call look like?", at: 60))
        #expect(effects.asked == [question])
        // A request to repeat is always answered, and does not use up the two.
        effects = engine.handle(.answer("Could you say that again?", at: 70))
        #expect(effects.said.first?.hasPrefix("Of course") == true)
        #expect(effects.asked == [question])
        // A third question back is taken as the reply to the question, and read.
        effects = engine.handle(.answer("Is it about the team?", at: 90))
        #expect(effects.records.contains { if case .answerGiven = $0 { true } else { false } })
        #expect(!effects.records.contains { if case .aside = $0 { true } else { false } })
    }

    @Test func aQuestionBackToAFollowUpIsAnsweredAndTheFollowUpAskedAgain() {
        var engine = EngineFixtures.interviewer()
        _ = engine.handle(.start(at: 0))
        let followUp = engine.handle(.answer("S T A I", at: 60)).asked.last!
        #expect(followUp.kind == .probe(.result))
        let effects = engine.handle(.answer("Do you mean for the customer, or for us?", at: 90))
        #expect(effects.asked == [followUp])
        #expect(effects.said.first?.contains("that one time") == true)
    }

    @Test func theWriteUpShowsTheQuestionBackAndTheAnswerAfterIt() {
        let (transcript, _, _) = ScoringTests.session(["Can it be from my previous job?", ScoringTests.strong, ScoringTests.strong, "no", ScoringTests.strong, ScoringTests.strong, "no"])
        let first = transcript.rounds[0].questions[0]
        #expect(first.turns.count == 1)
        #expect(first.turns[0].asides?.map(\.text) == ["Can it be from my previous job?"])
        #expect(first.turns[0].answer == ScoringTests.strong)
        #expect(transcript.scores.decision.raisesTheBar)
        let markdown = MarkdownReport.render(transcript)
        #expect(markdown.contains("Instead of an answer:** Can it be from my previous job?"))
        #expect(Exchange.all(in: transcript).first?.asides.first?.reply.contains("Any real example") == true)
    }

    @Test func noExampleIsGivenAMomentOnceThenTheQuestionIsLeft() {
        var engine = EngineFixtures.interviewer()
        let question = engine.handle(.start(at: 0)).asked.last!
        var effects = engine.handle(.answer("Honestly, nothing comes to mind, sorry.", at: 30))
        #expect(effects.said.first?.contains("smaller example") == true)
        #expect(effects.asked == [question])
        #expect(effects.probes.isEmpty)
        // Still none: the question is left, as skipped, and the next one asked.
        effects = engine.handle(.answer("No, I don't have one, sorry.", at: 60))
        #expect(effects.outcomes.first?.skipped == true)
        #expect(effects.asked.count == 1 && effects.asked[0] != question)
        #expect(!effects.records.contains { if case .answerGiven = $0 { true } else { false } })
    }

    @Test func aShortStoryThatMentionsNothingLikeItIsAnAnswer() {
        var engine = EngineFixtures.interviewer()
        _ = engine.handle(.start(at: 0))
        // The reader hears an action in it: it is the answer, and followed up as one.
        let effects = engine.handle(.answer("We had never had that happen, so I A stopped the line.", at: 30))
        #expect(effects.records.contains { if case .answerGiven = $0 { true } else { false } })
        #expect(!effects.records.contains { if case .aside = $0 { true } else { false } })
    }

    @Test func noExampleAfterAStoryWasToldIsAReplyNotAnAside() {
        var engine = EngineFixtures.interviewer()
        _ = engine.handle(.start(at: 0))
        _ = engine.handle(.answer("S T A I", at: 60))
        let effects = engine.handle(.answer("Nothing comes to mind for that part.", at: 90))
        #expect(effects.records.contains { if case .answerGiven = $0 { true } else { false } })
    }
}
