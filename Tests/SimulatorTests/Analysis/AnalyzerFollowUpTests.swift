import InterviewScript
import Testing
@testable import Simulator

@Suite struct AnalyzerFollowUpTests {
    let analyzer = AnswerAnalyzer(reader: .rules)

    @Test func aCompleteAnswerNeedsNoFollowUp() {
        #expect(analyzer.analyze(SampleAnswers.complete).followUps.isEmpty)
    }

    @Test func followUpsComeInTheDocumentedOrder() {
        let we = analyzer.analyze(SampleAnswers.weHeavy).followUpKinds
        #expect(we == [.situation, .action, .ownership, .metrics])
        let vague = analyzer.analyze(SampleAnswers.vague).followUpKinds
        #expect(vague.first == .situation)
        #expect(vague.last == .vague)
        let hypothetical = analyzer.analyze(SampleAnswers.hypothetical).followUpKinds
        #expect(hypothetical == [.hypothetical, .task, .action, .result, .metrics])
        let noResult = analyzer.analyze(SampleAnswers.noResult).followUpKinds
        #expect(noResult == [.result, .metrics])
    }

    @Test func weakAndAbsentPartsHaveDifferentWording() {
        #expect(FollowUpTexts.text(for: .result) != FollowUpTexts.text(for: .result, weak: true))
        let weakResult = analyzer.analyze(SampleAnswers.numbersOnlyInSituation).followUps.first { $0.kind == .result }
        #expect(weakResult?.text == FollowUpTexts.text(for: .result, weak: true))
    }

    @Test func everyProbeKindHasDefaultText() {
        for kind in ProbeKind.allCases { #expect(!FollowUpTexts.text(for: kind).isEmpty) }
    }

    @Test func anEmptyAnswerAsksForEverything() {
        let a = analyzer.analyze("")
        #expect(a.followUpKinds == [.situation, .task, .action, .result, .metrics])
        #expect(a.missing == StarPart.allCases)
    }
}
