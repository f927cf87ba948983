import Testing
import InterviewScript
@testable import Simulator

@Suite struct MarkdownReportTests {
    let transcript = ReportFixtures.transcript()

    @Test func voteSummaryComesBeforePrinciplesThenRoundsThenCoaching() throws {
        let text = MarkdownReport.render(transcript)
        let order = ["# Mock interview write-up: Report test loop", "## Vote summary", "### The Bar Raiser's decision", "### Interviewer votes",
                     "## Leadership principles", "## Rounds", "### Round 1: Hiring manager", "### Round 2: Bar raiser", "## Coaching"]
        let offsets = try order.map { try #require(ReportFixtures.offset(of: "\n" + $0 + "\n", in: "\n" + text), "\($0)") }
        #expect(offsets == offsets.sorted())
        let sections = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(sections == ["## Vote summary", "## Leadership principles", "## Rounds", "## Coaching"])
    }

    @Test func headerGivesTheSessionFacts() {
        let text = MarkdownReport.render(transcript)
        for fact in ["**Role:** Solutions Architect · **Area:** AWS · **Level:** L5", "- **Loop:** report-loop, version 3", "- **Seed:** 42",
                     "- **Started:** 2025-03-04T09:00:00Z", "- **Generated:** 2025-03-04T10:30:00Z", "- **Status:** Completed"] {
            #expect(text.contains(fact), "\(fact)")
        }
        #expect(MarkdownReport.render(ReportFixtures.transcript(completed: false)).contains("- **Status:** Not completed"))
    }

    @Test func decisionAndVoteTableComeFromTheScorecard() {
        let text = MarkdownReport.render(transcript)
        let decision = transcript.scores.decision
        #expect(text.contains("**\(decision.raisesTheBar ? "Raises the bar" : "Does not raise the bar")** · vote: **\(decision.vote.title)**"))
        #expect(text.contains("| Round | Interviewer | Role | Vote | Score |"))
        let votes = transcript.scores.interviewers
        #expect(votes.count == 2)
        #expect(text.contains("| 1. Hiring manager | Dana Lee | Interviewer | **\(votes[0].vote.title)** | \(ReportWording.percent(votes[0].score)) |"))
        #expect(text.contains("| 2. Bar raiser | Sam Ortiz | Bar Raiser | **\(votes[1].vote.title)** | \(ReportWording.percent(votes[1].score)) |"))
        if let strongest = decision.strongest { #expect(text.contains("- **Strongest evidence:** " + MarkdownText.inline(strongest))) }
    }

    @Test func everyPrincipleHasASectionWithVoteReasonsAndQuotes() {
        let text = MarkdownReport.render(transcript)
        for principle in transcript.scores.principles {
            #expect(text.contains("### \(principle.principle.name) — round \(principle.round + 1)"))
            for reason in principle.reasons { #expect(text.contains("- " + MarkdownText.inline(reason))) }
            for quote in principle.quotes { #expect(text.contains(MarkdownText.blockquote(quote).joined(separator: "\n"))) }
        }
        #expect(text.contains("Round 2 (Bar raiser) · Sam Ortiz · **"))
        #expect(text.contains("_Not assessed: no answer gave evidence for it._"), "ownership was skipped")
    }

    @Test func answersAppearVerbatimAsBlockquotes() {
        let text = MarkdownReport.render(transcript)
        #expect(text.contains("""
        > Last spring our largest retail customer kept timing out at checkout.
        > I owned the fix: I traced the calls, I rewrote the retry logic and I shipped it in two days.
        """))
        #expect(text.contains("> Our dashboard said latency was fine.\n> I pulled a week of logs and split them by region.\n> Europe was 3x slower."))
    }

    @Test func roundDetailsAreAllThere() {
        let text = MarkdownReport.render(transcript)
        for line in ["**Question:** Tell me about a time you put a customer first.",
                     "**Follow-up on numbers:** What number tells us it worked?",
                     "*Why: The result had no number.*",
                     "**Answer (1 min 35 s, ran long):**",
                     "| STAR | Ownership | Metrics | Specificity | Signals | Total |",
                     "- How does this role fit the wider organisation? _(how the role fits)_",
                     "- What does ramp-up look like? _(training and ramp-up)_",
                     "_Asked no questions._",
                     "- **Hints used:** 1", "- **Hints used:** 0",
                     "- **Overran** its time budget by 3 min 20 s.",
                     "- Stayed within its time budget.",
                     "_Skipped._"] {
            #expect(text.contains(line), "\(line)")
        }
        let score = transcript.questions[0].score!
        #expect(text.contains("| " + ReportWording.components(score).map(\.value).joined(separator: " | ") + " |"))
        for finding in score.findings {
            #expect(text.contains("- **\(finding.tone == .strength ? "+" : "−")** " + MarkdownText.inline(finding.text)))
        }
    }

    @Test func coachingIsANumberedList() throws {
        let text = MarkdownReport.render(transcript)
        let coaching = try #require(text.components(separatedBy: "## Coaching\n\n").last)
        #expect(!transcript.scores.coaching.isEmpty)
        let expected = transcript.scores.coaching.enumerated().map { "\($0.offset + 1). " + MarkdownText.inline($0.element.text) }
        #expect(coaching == expected.joined(separator: "\n") + "\n")
    }

    @Test func markdownInAnAnswerCannotBreakTheDocument() {
        let hostile = "# Heading\n| a | b |\n|---|---|\n---\n\n```\n> quoted\n   ## indented heading\n<div>raw</div>\n1. list"
        let text = MarkdownReport.render(ReportFixtures.transcript(firstAnswer: hostile))
        #expect(text.contains("> # Heading\n> | a | b |\n> |---|---|\n> ---\n>\n> ```\n> > quoted\n>    ## indented heading\n> <div>raw</div>\n> 1. list\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.hasPrefix("# ") } == ["# Mock interview write-up: Report test loop"])
        #expect(!lines.contains { $0 == "---" || $0.hasPrefix("| a ") || $0.hasPrefix("```") || $0.hasPrefix("<div>") || $0.hasPrefix("1. list") })
        #expect(!lines.contains { $0.hasPrefix("#") && $0.contains("Heading") })
        for line in lines where line.contains("```") || line.contains("|---|---|") {
            #expect(line.hasPrefix("> ") || line.hasPrefix("  > "), "\(line)")
        }
    }

    @Test func oneLineTextIsEscaped() {
        var t = transcript
        t.rounds[1].interviewer = "Sam | *Ortiz*\n# boss"
        t.scores.interviewers[1].interviewer = t.rounds[1].interviewer
        t.scores.coaching[0].text = "1. # <b>Tell</b> &amp; R&D"
        let text = MarkdownReport.render(t)
        #expect(text.contains("| 2. Bar raiser | Sam \\| \\*Ortiz\\* # boss | Bar Raiser |"))
        #expect(text.contains("\n1. 1\\. # \\<b\\>Tell\\</b\\> \\&amp; R&D\n"))
    }

    @Test func terminalControlSequencesAreStripped() {
        let answer = "\u{1B}[31mred\u{1B}[0m \u{1B}]8;;https://example.com\u{07}link\u{1B}]8;;\u{07} \u{1B}]52;c;cm0gLXJm\u{07}\u{08}\u{00}done\r\nnext\rline"
        let text = MarkdownReport.render(ReportFixtures.transcript(firstAnswer: answer))
        #expect(text.contains("> red link done\n> next\n> line\n"))
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        #expect(!text.contains("cm0gLXJm") && !text.contains("example.com"))
    }

    @Test func renderingIsDeterministic() {
        #expect(MarkdownReport.render(transcript) == MarkdownReport.render(transcript))
        #expect(MarkdownReport.render(transcript) == MarkdownReport.render(ReportFixtures.transcript()))
    }
}
