import Testing
import InterviewScript
@testable import Simulator

@Suite struct ReportEdgeCaseTests {
    /// A transcript with nothing in it: no rounds, votes, principles or coaching.
    static let empty = Transcript(
        loop: LoopSummary(id: "empty", title: "Empty loop", area: "retail", role: "Associate", level: nil, version: "1", file: "empty.yaml", scriptFingerprint: "", practice: false),
        seed: 1, startedAt: "start", generatedAt: "end", completed: false, rounds: [],
        scores: Scorecard(principles: [], interviewers: [],
                          decision: BarRaiserDecision(raisesTheBar: false, vote: .strongNoHire, rationale: "", strongest: nil, weakest: nil),
                          coaching: [], overallScore: .nan))

    @Test func anEmptyTranscriptStillRenders() {
        let markdown = MarkdownReport.render(Self.empty)
        for text in ["**Area:** Amazon retail", "_No interviewer votes were recorded._", "_No principles were scored._", "_The loop has no rounds._",
                     "_No coaching notes._", "- **Average answer score:** n/a", "**Does not raise the bar** · vote: **Strong No Hire**"] {
            #expect(markdown.contains(text), "\(text)")
        }
        #expect(!markdown.contains("Level"))
        let html = HTMLReport.render(Self.empty)
        for text in ["No interviewer votes were recorded.", "No principles were scored.", "The loop has no rounds.", "No coaching notes."] {
            #expect(html.contains(text), "\(text)")
        }
        #expect(VoteSummaryTable.render(Self.empty) == "Interviewer votes\n  No interviewer votes were recorded.\n\nDecision: Does not raise the bar · vote: Strong No Hire")
    }

    @Test func unfinishedRoundsSayWhatIsMissing() {
        var t = ReportFixtures.transcript(completed: false)
        t.rounds[1].candidateQuestions = nil
        t.rounds[1].questions[0].turns[0].answer = "  \n "
        t.rounds[1].questions[0].turns[0].seconds = nil
        t.rounds[1].questions = [t.rounds[1].questions[0]]
        let markdown = MarkdownReport.render(t)
        #expect(markdown.contains("_The round ended before the candidate was asked for questions._"))
        #expect(markdown.contains("**Answer:** _empty._"))
        #expect(markdown.contains("- **Status:** Not completed"))
        let html = HTMLReport.render(t)
        #expect(html.contains("The round ended before the candidate was asked for questions."))
        #expect(html.contains("<strong>Answer:</strong> <span class=\"muted\">empty.</span>"))
    }

    @Test func aPrincipleQuoteIsShownOnce() {
        var t = ReportFixtures.transcript()
        t.scores.principles[0].quotes = ["Same words.", "Other words.", "Same words."]
        let markdown = MarkdownReport.render(t)
        #expect(markdown.components(separatedBy: "\n> Same words.\n").count == 2)
        #expect(HTMLReport.render(t).components(separatedBy: "<blockquote class=\"quote\">Same words.</blockquote>").count == 2)
    }

    @Test func votesAreListedInRoundOrder() {
        var t = ReportFixtures.transcript()
        t.scores.interviewers.reverse()
        t.scores.principles.reverse()
        let original = ReportFixtures.transcript()
        #expect(MarkdownReport.render(t) == MarkdownReport.render(original))
        #expect(VoteSummaryTable.render(t) == VoteSummaryTable.render(original))
    }

    @Test func aPracticeLoopSaysNoHiringDecisionIsMade() {
        var t = ReportFixtures.transcript()
        t.loop.practice = true
        let markdown = MarkdownReport.render(t)
        #expect(markdown.contains("- **Practice loop:** This role has no formal interview."))
        #expect(markdown.contains("(practice loop: no hiring decision)** · vote: **"))
        #expect(HTMLReport.render(t).contains("<dt>Practice loop</dt>"))
        #expect(VoteSummaryTable.render(t).contains("Decision: Would not raise the bar (practice loop: no hiring decision)"))
        #expect(!MarkdownReport.render(ReportFixtures.transcript()).contains("Practice loop"))
    }

    @Test func anUnreachedRoundHasNoVote() {
        var t = ReportFixtures.transcript()
        t.scores.interviewers[1].assessed = false
        t.scores.principles[3].assessed = false
        let markdown = MarkdownReport.render(t)
        #expect(markdown.contains("| 2. Bar raiser | Sam Ortiz | Bar Raiser | _Not reached_ | — |"))
        #expect(markdown.contains("Round 2 (Bar raiser) · Sam Ortiz · no vote"))
        #expect(HTMLReport.render(t).contains("<td><span class=\"muted\">Not reached</span></td><td class=\"num\">—</td>"))
        let coloured = VoteSummaryTable.render(t) { text, _ in "<\(text)>" }
        #expect(coloured.contains("Bar Raiser   Not reached"))
        #expect(!coloured.contains("<Not reached>"))
    }
}
