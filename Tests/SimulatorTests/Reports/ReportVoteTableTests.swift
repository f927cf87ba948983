import Testing
import InterviewScript
@testable import Simulator

@Suite struct ReportVoteTableTests {
    let transcript = ReportFixtures.transcript()

    /// The table's lines: from the header row to the blank line after it.
    func tableLines(_ text: String) -> [String] {
        Array(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropFirst().prefix { !$0.isEmpty })
    }

    @Test func listsEveryInterviewerWithTheirVote() {
        let text = VoteSummaryTable.render(transcript)
        let lines = tableLines(text)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("  Round") && lines[0].hasSuffix("Score"))
        let votes = transcript.scores.interviewers
        #expect(lines[1].contains("1. Hiring manager") && lines[1].contains("Dana Lee") && lines[1].contains("Interviewer") && lines[1].contains(votes[0].vote.title))
        #expect(lines[2].contains("2. Bar raiser") && lines[2].contains("Sam Ortiz") && lines[2].contains("Bar Raiser") && lines[2].contains(votes[1].vote.title))
        #expect(lines[2].hasSuffix(ReportWording.percent(votes[1].score)))
        let decision = transcript.scores.decision
        #expect(text.contains("\nDecision: \(decision.raisesTheBar ? "Raises the bar" : "Does not raise the bar") · vote: \(decision.vote.title)"))
    }

    @Test func columnsLineUp() {
        var t = transcript
        t.scores.interviewers[0].interviewer = "Dr. Alexandra Featherstonehaugh-Smythe the Third"
        t.scores.interviewers[1].interviewer = "山田 太郎"
        t.scores.interviewers[1].score = 1
        t.scores.interviewers[0].score = 0.05
        let lines = tableLines(VoteSummaryTable.render(t))
        for column in ["Interviewer", "Role", "Vote"] {
            let start = TerminalWidth.of(String(lines[0][..<lines[0].range(of: column)!.lowerBound]))
            for row in lines.dropFirst() where row.contains("%") {
                let values = [t.scores.interviewers[0], t.scores.interviewers[1]]
                let vote = values.first { row.contains($0.vote.title) && column == "Vote" }
                if let vote { #expect(TerminalWidth.of(String(row[..<row.range(of: vote.vote.title)!.lowerBound])) == start, "\(row)") }
                if column == "Role" {
                    let role = row.contains("Bar Raiser") ? "Bar Raiser" : "Interviewer"
                    #expect(TerminalWidth.of(String(row[..<row.range(of: role, options: .backwards)!.lowerBound])) == start, "\(row)")
                }
            }
        }
        let rows = lines.filter { $0.contains("%") || $0.contains("Score") }
        #expect(Set(rows.map(TerminalWidth.of)).count == 1, "the right-aligned score column ends every row at the same place")
        #expect(!lines.contains { $0.hasSuffix(" ") })
        #expect(!lines.joined().contains("…"), "names are never cut")
    }

    @Test func longTitlesAndNamesWrapToTheWidthInsteadOfBeingCut() {
        var t = transcript
        t.scores.interviewers[0].interviewer = "Dr. Alexandra Featherstone Smythe the Third"
        // At 120 columns the whole name fits on its row.
        let wide = tableLines(VoteSummaryTable.render(t, width: 120))
        #expect(wide.contains { $0.contains("Dr. Alexandra Featherstone Smythe the Third") })
        // At 60 columns it wraps onto more lines, none wider than the terminal, every word whole.
        let narrow = VoteSummaryTable.render(t, width: 60).split(separator: "\n").map(String.init)
        #expect(narrow.allSatisfy { TerminalWidth.of($0) <= 60 }, "\(narrow)")
        let words = Set(narrow.joined(separator: " ").split(separator: " ").map(String.init))
        for word in ["Dr.", "Alexandra", "Featherstone", "Smythe", "the", "Third"] { #expect(words.contains(word), "\(word)") }
        #expect(!narrow.joined().contains("…"))
        // A word longer than its column is split rather than overflowing the terminal.
        t.scores.interviewers[0].interviewer = "Featherstonehaugh-Smythe-Montgomery"
        #expect(VoteSummaryTable.render(t, width: 60).split(separator: "\n").allSatisfy { TerminalWidth.of(String($0)) <= 60 })
    }

    @Test func colourIsAddedAfterAlignment() {
        let plain = VoteSummaryTable.render(transcript)
        let coloured = VoteSummaryTable.render(transcript) { text, vote in "\u{1B}[\(vote.isHire ? 32 : 31)m\(text)\u{1B}[0m" }
        #expect(coloured != plain)
        #expect(ReportFixtures.withoutColour(coloured) == plain)
        for vote in transcript.scores.interviewers.map(\.vote) {
            #expect(coloured.contains("\u{1B}[\(vote.isHire ? 32 : 31)m\(vote.title)\u{1B}[0m"), "padding stays outside the colour")
        }
    }

    @Test func showsTheFirstThreeCoachingNotes() {
        var t = transcript
        t.scores.coaching = (1...5).map { CoachingNote(questionID: "q\($0)", text: "Note number \($0).") }
        let text = VoteSummaryTable.render(t)
        #expect(text.hasSuffix("Coaching\n  1. Note number 1.\n  2. Note number 2.\n  3. Note number 3."))
        #expect(!text.contains("Note number 4."))
        t.scores.coaching[0].text = String(repeating: "word ", count: 40)
        let wrapped = VoteSummaryTable.render(t).split(separator: "\n").drop { !$0.hasPrefix("Coaching") }.dropFirst()
        #expect(wrapped.count > 3)
        #expect(wrapped.allSatisfy { $0.count <= VoteSummaryTable.defaultWidth })
        #expect(wrapped.dropFirst().first?.hasPrefix("     word") == true)
    }

    @Test func transcriptTextCannotReachTheTerminalRaw() {
        var t = transcript
        t.scores.interviewers[0].interviewer = "Eve\u{1B}]0;pwned\u{07}\n\u{1B}[2JMallory"
        t.scores.coaching[0].text = "Fix it\u{1B}[8m hidden\u{9B}31m"
        let text = VoteSummaryTable.render(t)
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        #expect(text.contains("Eve Mallory"))
        #expect(text.contains("1. Fix it hidden"))
    }

    @Test func renderingIsDeterministic() {
        #expect(VoteSummaryTable.render(transcript) == VoteSummaryTable.render(ReportFixtures.transcript()))
    }
}
