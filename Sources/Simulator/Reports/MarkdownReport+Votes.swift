import InterviewScript

/// The write-up's first section: the Bar Raiser's decision and every interviewer's vote.
extension MarkdownReport {
    static func voteSummary(_ t: Transcript) -> [String] {
        let decision = t.scores.decision
        var lines = [
            "## Vote summary", "",
            "### The Bar Raiser's decision", "",
            "**\(ReportWording.decision(decision.raisesTheBar, practice: t.loop.practice))** · vote: **\(decision.vote.title)**", "",
        ]
        if !decision.rationale.isEmpty { lines += [MarkdownText.inline(decision.rationale), ""] }
        if let strongest = decision.strongest { lines.append("- **Strongest evidence:** \(MarkdownText.inline(strongest))") }
        if let weakest = decision.weakest { lines.append("- **Weakest evidence:** \(MarkdownText.inline(weakest))") }
        lines += ["- **Average answer score:** \(ReportWording.percent(t.scores.overallScore))", ""]

        lines += ["### Interviewer votes", ""]
        let votes = ReportWording.votes(t)
        guard !votes.isEmpty else { return lines + ["_No interviewer votes were recorded._"] }
        lines += ["| Round | Interviewer | Bar Raiser | Vote | Score |", "| --- | --- | --- | --- | ---: |"]
        for vote in votes {
            let round = MarkdownText.cell(ReportWording.roundLabel(vote.round, in: t))
            let (title, score) = vote.assessed ? (vote.vote.title, ReportWording.percent(vote.score)) : (ReportWording.notReached, ReportWording.noScore)
            lines.append("| \(round) | \(MarkdownText.cell(vote.interviewer)) | \(vote.barRaiser ? "Bar Raiser" : "") | \(title) | \(score) |")
        }
        lines.append("")
        for vote in votes where !vote.summary.isEmpty {
            lines.append("- **\(MarkdownText.inline(vote.interviewer)):** \(MarkdownText.inline(vote.summary))")
        }
        return lines
    }
}
