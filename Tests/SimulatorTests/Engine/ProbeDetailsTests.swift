import Foundation
import InterviewScript
import Testing
@testable import Simulator

/// A script's follow-up that names details of one story (its example's numbers and names) is
/// asked only of a candidate who told them.
@Suite struct ProbeDetailsTests {
    @Test func numbersAcronymsNamesAndQuotesAreDetailsButSentenceOpeningsAreNot() {
        let details = ProbeDetails.details(in: "How did you arrive at 30% of an engineer's time? When the CTO pushed back, did Tomas help? You said they 'came around'.",
                                           question: "Tell me about a time you persuaded a customer.")
        #expect(details == [.phrase("came around"), .number("30"), .word("cto"), .word("tomas")])
        #expect(ProbeDetails.details(in: "Why did you go that way and not another? What else did you consider?", question: "Tell me about a decision.").isEmpty)
        #expect(ProbeDetails.details(in: "I'd like to hear about one real customer you advised.", question: "").isEmpty)
        // Numbers are read by their digits: "$40,000" is told by "40,000" and "45-minute" by "45 minutes".
        #expect(ProbeDetails.details(in: "How did you estimate the $40,000 cost and the 45-minute limit?", question: "") == [.number("40000"), .number("45")])
    }

    @Test func whatTheQuestionItselfNamesIsNotADetailOfTheStory() {
        #expect(ProbeDetails.details(in: "What did the AWS bill look like after?", question: "Tell me about a time you cut an AWS bill.").isEmpty)
    }

    @Test func aWordingFitsOnlyWhenTheAnswersTellEveryDetail() {
        let probe = "How did you arrive at 30% of an engineer's time for upgrades, and what did the CTO say?"
        #expect(!ProbeDetails.fits(probe, question: "", answers: ["I moved the team to a managed service and saved money."]))
        #expect(!ProbeDetails.fits(probe, question: "", answers: ["Patching took 30% of an engineer's time."]))
        #expect(ProbeDetails.fits(probe, question: "", answers: ["Patching took 30% of an engineer's time.", "Our cto, Dana, was against it."]))
        #expect(ProbeDetails.fits("What did they mean by 'not this quarter'?", question: "", answers: ["The VP said: not this quarter, sorry."]))
        #expect(!ProbeDetails.fits("What did they mean by 'not this quarter'?", question: "", answers: ["The VP said no."]))
    }

    /// A shipped ownership follow-up quotes what a "we" answer often says ("You said 'we
    /// decided'"); asked of a candidate who never said it, the kind's other wording is used.
    @Test func aShippedFollowUpQuotingWordsIsAskedOnlyOfACandidateWhoSaidThem() throws {
        let question = try #require(ShippedLoopTests.library.questionsByID["bfa-decided-without-full-data"])
        let own = try #require(question.probes[.ownership])
        #expect(own[1].contains("'we decided'"))
        let other = "We had two hours before the carrier cut-off, so we split the orders across two docks and we shipped them all."
        #expect(InterviewerLines.probe(.ownership, for: question, timesAsked: 1, answers: [other]) == own[0])
        let told = "In the end we decided to ship from the second dock."
        #expect(InterviewerLines.probe(.ownership, for: question, timesAsked: 1, answers: [other, told]) == own[1])
        // No wording of a kind fits: the built-in wording.
        let fixture = Question(id: "q", text: "Tell me about a goal bigger than you were asked for.", principles: [.thinkBig],
                               probes: [.differently: ["You reached 4 days, not 3. What would you change?", "Would you set 3 days again?"]],
                               location: question.location)
        let story = "I was asked to cut our month-end close by a day, and I set out to make it a same-week close instead."
        #expect(InterviewerLines.probe(.differently, for: fixture, timesAsked: 0, answers: [story]) == InterviewerLines.defaultProbe(.differently, variant: 0))
    }
}

/// The same through the interviewer: driven by events, it asks the wording that fits the story told.
@Suite struct ProbeDetailsInterviewerTests {
    static let bank = """
    kind: question-bank
    questions:
    \(["co-1", "co-2", "et-1", "dd-1", "dd-2", "own-1"].enumerated().map { index, id in """
      - id: \(id)
        text: Tell me about a time number \(index + 1).
        principles: [\(["customer-obsession", "customer-obsession", "earn-trust", "dive-deep", "dive-deep", "ownership"][index])]
        probes:
          result: ["What did the 40% cut mean for Dana's team?", "What changed for them?"]
    """ }.joined(separator: "\n"))
    """

    static func interviewer() -> Interviewer {
        let scripts = [ScriptParser.parse(Array(bank.utf8), file: "bank.yaml"), ScriptParser.parse(Array(EngineFixtures.loopText().utf8), file: "loop.yaml")]
        let library = ScriptLibrary(scripts: scripts)
        let loop = library.loops[0]
        return Interviewer(loop: loop, plan: InterviewPlan(loop: loop, library: library, seed: 1), seed: 1, reader: EngineFixtures.notationReader)
    }

    @Test func theInterviewerAsksOnlyAFollowUpWhoseDetailsTheCandidateTold() {
        var engine = Self.interviewer()
        _ = engine.handle(.start(at: 0))
        // A weak result in a story with neither the 40% nor Dana: the wording that names no detail.
        var effects = engine.handle(.answer("S T A r", at: 60))
        #expect(effects.probes == [.result])
        #expect(effects.asked.first?.text == "What changed for them?")

        engine = Self.interviewer()
        _ = engine.handle(.start(at: 0))
        effects = engine.handle(.answer("S T A r: I cut it by 40% for Dana", at: 60))
        #expect(effects.probes == [.result])
        #expect(effects.asked.first?.text == "What did the 40% cut mean for Dana's team?")
    }
}
