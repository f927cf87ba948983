import InterviewScript

/// The page's first section: the Bar Raiser's decision and every interviewer's vote.
extension HTMLReport {
    static func voteSummary(_ t: Transcript) -> [String] {
        let e = HTMLText.escape
        let decision = t.scores.decision
        var lines = [
            "<section id=\"vote-summary\">",
            "<h2>Vote summary</h2>",
            "<h3>The Bar Raiser's decision</h3>",
            "<div class=\"decision\(decision.raisesTheBar ? " raises" : "")\">",
            "<p class=\"headline\">\(e(ReportWording.decision(decision.raisesTheBar, practice: t.loop.practice))) \(badge(decision.vote))</p>",
        ]
        if !decision.rationale.isEmpty { lines.append("<p>\(e(decision.rationale))</p>") }
        lines.append("<dl class=\"facts\">")
        if let strongest = decision.strongest { lines.append("<dt>Strongest evidence</dt><dd>\(e(strongest))</dd>") }
        if let weakest = decision.weakest { lines.append("<dt>Weakest evidence</dt><dd>\(e(weakest))</dd>") }
        lines.append("<dt>Average answer score</dt><dd>\(e(ReportWording.percent(t.scores.overallScore)))</dd>")
        lines += ["</dl>", "</div>", "<h3>Interviewer votes</h3>"]

        let votes = ReportWording.votes(t)
        guard !votes.isEmpty else { return lines + ["<p class=\"muted\">No interviewer votes were recorded.</p>", "</section>"] }
        lines += [
            "<table class=\"votes\">",
            "<thead><tr><th>Round</th><th>Interviewer</th><th>Bar Raiser</th><th>Vote</th><th class=\"num\">Score</th></tr></thead>",
            "<tbody>",
        ]
        for vote in votes {
            lines.append("<tr><td>\(e(ReportWording.roundLabel(vote.round, in: t)))</td><td>\(e(vote.interviewer))</td>"
                + "<td>\(vote.barRaiser ? "Bar Raiser" : "")</td><td>\(vote.assessed ? badge(vote.vote) : "<span class=\"muted\">\(e(ReportWording.notReached))</span>")</td>"
                + "<td class=\"num\">\(e(vote.assessed ? ReportWording.percent(vote.score) : ReportWording.noScore))</td></tr>")
        }
        lines += ["</tbody>", "</table>"]
        let summaries = votes.filter { !$0.summary.isEmpty }
        if !summaries.isEmpty {
            lines.append("<ul class=\"summaries\">")
            lines += summaries.map { "<li><strong>\(e($0.interviewer)):</strong> \(e($0.summary))</li>" }
            lines.append("</ul>")
        }
        return lines + ["</section>"]
    }
}
