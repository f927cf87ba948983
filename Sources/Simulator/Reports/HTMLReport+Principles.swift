import InterviewScript

/// The page's second section: each principle's vote, reasons and the candidate's words.
extension HTMLReport {
    static func principleSection(_ t: Transcript) -> [String] {
        let e = HTMLText.escape
        var lines = ["<section id=\"principles\">", "<h2>Leadership principles</h2>"]
        let principles = ReportWording.principles(t)
        if principles.isEmpty { lines.append("<p class=\"muted\">No principles were scored.</p>") }
        for principle in principles {
            var location = "Round \(principle.round + 1)"
            if let round = t.rounds.first(where: { $0.index == principle.round }) { location += " (\(round.title)) · \(round.interviewer)" }
            lines += [
                "<article class=\"principle\">",
                "<h3>\(e("\(principle.principle.name) — round \(principle.round + 1)"))</h3>",
                "<p>\(e(location)) · " + (principle.assessed ? "\(badge(principle.vote)) · \(e(ReportWording.percent(principle.score)))" : "no vote") + "</p>",
            ]
            if !principle.assessed { lines.append("<p class=\"muted\">Not assessed: no answer gave evidence for it.</p>") }
            if !principle.reasons.isEmpty {
                lines.append("<ul>")
                lines += principle.reasons.map { "<li>\(e($0))</li>" }
                lines.append("</ul>")
            }
            lines += ReportWording.quotes(principle).map { quote($0, class: "quote") }
            lines.append("</article>")
        }
        return lines + ["</section>"]
    }
}
