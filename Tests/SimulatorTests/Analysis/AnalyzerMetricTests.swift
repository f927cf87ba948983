import Testing
@testable import Simulator

@Suite struct AnalyzerMetricTests {
    let analyzer = AnswerAnalyzer(reader: .rules)

    func metrics(_ result: String) -> [String] {
        analyzer.analyze("Our reports were slow last year. I rewrote the main query. " + result).metrics
    }

    @Test func metricsAreReturnedExactlyAsWritten() {
        #expect(metrics("As a result, report time went from 40 to 12 minutes.") == ["from 40 to 12 minutes"])
        #expect(metrics("As a result, errors fell by 3.5% and we saved $1.2M a year.") == ["3.5%", "$1.2M"])
        #expect(metrics("As a result, the app rating rose to 4.8 stars.") == ["4.8 stars"])
        #expect(metrics("As a result, throughput doubled.") == ["doubled"])
        #expect(metrics("As a result, the job ran 3x faster.") == ["3x"])
        #expect(metrics("As a result, we halved the cost.") == ["halved"])
        #expect(metrics("As a result, we closed 10,000 tickets in two weeks.") == ["10,000 tickets", "two weeks"])
        #expect(metrics("As a result, support calls dropped 40 percent.") == ["40 percent"])
        #expect(metrics("As a result, four of the six teams adopted it.") == ["four", "six teams"])
    }

    @Test func numbersOnlyInTheSituationDoNotCount() {
        let a = analyzer.analyze(SampleAnswers.numbersOnlyInSituation)
        #expect(!a.quantifiedResult)
        #expect(a.metrics.isEmpty)
        #expect(a.followUps.contains { $0.kind == .metrics })
    }

    @Test func yearsVersionsAndOrdinalsAreNotMetrics() {
        #expect(metrics("In the end, version 2 shipped in 2023 and was the 3rd release that year.").isEmpty)
    }

    @Test func metricEvidencePointsAtTheBytes() {
        let text = "Last year our reports were slow. I rewrote the query. As a result, report time went from 40 to 12 minutes."
        let a = analyzer.analyze(text)
        let bytes = Array(text.utf8)
        #expect(a.metricEvidence.count == 1)
        for e in a.metricEvidence {
            #expect(String(decoding: bytes[e.start..<e.end], as: UTF8.self) == e.text)
            #expect(a.sentences[e.sentence].part == .result)
        }
    }
}
