import Testing
@testable import Simulator

@Suite struct AnalyzerOwnershipAndHypotheticalTests {
    let analyzer = AnswerAnalyzer(reader: .rules)

    @Test func weHeavyAnswersAreFlagged() {
        let a = analyzer.analyze(SampleAnswers.weHeavy)
        #expect(a.ownership.weHeavy)
        #expect(a.ownership.we >= 4)
        #expect(a.ownership.i == 0)
        #expect(a.ownership.weSubjects > a.ownership.iSubjects)
        #expect(a.followUps.contains { $0.kind == .ownership })
    }

    @Test func iAnswersAreNotWeHeavy() {
        let a = analyzer.analyze(SampleAnswers.complete)
        #expect(!a.ownership.weHeavy)
        #expect(a.ownership.i >= 3)
        #expect(!a.followUps.contains { $0.kind == .ownership })
    }

    @Test func theTeamCountsAsWeOnce() {
        let a = analyzer.analyze("Our database kept failing. I asked my team to help and the team rebuilt the index. I then moved the cron job.")
        // "my team" and "the team" count as "we"; the "my" of "my team" is not an "I".
        #expect(a.ownership.we == 2)
        #expect(a.ownership.evidence.contains { $0.text == "my team" })
        #expect(a.ownership.evidence.contains { $0.text == "the team" })
    }

    @Test func hypotheticalAnswersAreFlaggedWithEvidence() {
        let a = analyzer.analyze(SampleAnswers.hypothetical)
        #expect(a.hypothetical)
        #expect(a.hypotheticalEvidence.map(\.text).contains("I would first talk"))
        #expect(a.followUps.first?.kind == .hypothetical)
        // No past event: no situation and no result, the steps are actions.
        #expect(!a.parts.situation.present)
        #expect(!a.parts.result.present)
        #expect(a.parts.action.strength == .weak)
    }

    @Test func wouldInsideAPastStoryIsNotHypothetical() {
        let a = analyzer.analyze(SampleAnswers.pastWithWould)
        #expect(!a.hypothetical)
        #expect(!a.sentences[1].hypothetical)  // "he would review my code"
        #expect(!a.sentences[2].hypothetical)  // "I would have liked"
        #expect(a.lessonsLearned.present)
    }

    @Test func aGenericOpenerFollowedByOneRealEventIsNotHypothetical() {
        let a = analyzer.analyze("I always try to understand the customer first. Last March a hospital client called because their nurses could not log in. I sat with two nurses for a morning and watched them work. I found that the badge reader timed out after ten seconds. I changed the timeout and added a clear error message. Login tickets dropped to zero within a week.")
        #expect(a.sentences[0].hypothetical)
        #expect(!a.hypothetical)
    }

    @Test func nextTimeIWouldIsALessonNotAHypothetical() {
        let a = analyzer.analyze("I shipped the fix on Friday. It broke the reports. Next time I would test with real data first.")
        #expect(!a.hypothetical)
        #expect(a.lessonsLearned.evidence.map { $0.text.lowercased() }.contains("next time"))
    }
}
