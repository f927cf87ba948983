import Testing
@testable import Simulator

@Suite struct AnalyzerReportTests {
    @Test func thePlainReportTagsSentencesAndListsFindingsAndFollowUps() {
        let analysis = AnswerAnalyzer().analyze(SampleAnswers.vague)
        let text = AnalysisTextReport().render(analysis, title: "vague.txt")
        #expect(text.hasPrefix("vague.txt · 32 words · 5 sentences"))
        #expect(text.contains("situation  We had a big problem with our deployment pipeline."))
        #expect(text.contains("STAR parts"))
        #expect(text.contains("Vague filler"))
        #expect(text.contains("\"worked closely with\" (s3)"))
        #expect(text.contains("Follow-ups an interviewer would ask"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test func stylingIsLeftToTheCaller() {
        let analysis = AnswerAnalyzer().analyze(SampleAnswers.complete)
        let text = AnalysisTextReport(style: { text, role in role == .heading ? "<\(text)>" : text }).render(analysis)
        #expect(text.contains("<STAR parts>"))
        #expect(text.contains("no gaps: a complete, specific answer; a bar raiser would dig in:"))
    }
}
