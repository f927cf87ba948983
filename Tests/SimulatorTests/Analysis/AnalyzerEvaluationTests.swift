import Foundation
import InterviewScript
import Testing
@testable import Simulator

@Suite struct AnalyzerEvaluationTests {
    @Test func binaryScoresComputePrecisionRecallAndF1() {
        var s = BinaryScore()
        for _ in 0..<8 { s.record(expected: true, predicted: true) }
        for _ in 0..<2 { s.record(expected: false, predicted: true) }
        for _ in 0..<2 { s.record(expected: true, predicted: false) }
        s.record(expected: false, predicted: false)
        #expect(s.precision == 0.8)
        #expect(s.recall == 0.8)
        #expect(abs((s.f1 ?? 0) - 0.8) < 1e-9)
        #expect(s.support == 10)
        var none = BinaryScore()
        none.record(expected: false, predicted: false)
        #expect(none.f1 == 1)
        #expect(BinaryScore().f1 == nil)
    }

    @Test func evaluatesAHandMadeCorpus() {
        let corpus = AnalyzerCorpus(
            answers: [
                .init(id: "c", parts: Set(StarPart.allCases), weHeavy: false, hypothetical: false, quantifiedResult: true, answer: SampleAnswers.complete),
                .init(id: "w", parts: [.task, .action, .result], weHeavy: true, hypothetical: false, quantifiedResult: false, answer: SampleAnswers.weHeavy),
                .init(id: "h", parts: [.action], weHeavy: false, hypothetical: true, quantifiedResult: false, answer: SampleAnswers.hypothetical),
            ],
            sentenceSets: [.init(id: "s", sentences: [
                .init(part: .none, text: "Great question."),
                .init(part: .situation, text: "Last year our billing job kept failing."),
                .init(part: .action, text: "I rewrote the retry logic."),
                .init(part: .result, text: "Failures dropped by 90%."),
            ])])
        let report = AnalyzerEvaluation().evaluate(corpus)
        #expect(report.answers == 3)
        #expect(report.sentences == 4)
        #expect(report.sentenceAccuracy == 1)
        #expect(report.weHeavy.f1 == 1)
        #expect(report.hypothetical.f1 == 1)
        #expect(report.quantifiedResult.f1 == 1)
        #expect(report.parts[.action]?.f1 == 1)
        #expect(report.misses.isEmpty)
        let table = report.table()
        #expect(table.contains("parts.situation"))
        #expect(table.contains("sentence.none"))
        #expect(table.contains("accuracy 1.000"))
    }
}
