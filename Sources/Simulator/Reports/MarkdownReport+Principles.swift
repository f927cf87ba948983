import InterviewScript

/// The write-up's second section: each principle's vote, reasons and the candidate's words.
extension MarkdownReport {
    static func principleSection(_ t: Transcript) -> [String] {
        var lines = ["## Leadership principles", ""]
        let principles = ReportWording.principles(t)
        guard !principles.isEmpty else { return lines + ["_No principles were scored._"] }
        for principle in principles {
            let round = t.rounds.first { $0.index == principle.round }
            var location = "Round \(principle.round + 1)"
            if let round { location += " (\(MarkdownText.inline(round.title))) · \(MarkdownText.inline(round.interviewer))" }
            lines += [
                "### \(principle.principle.name) — round \(principle.round + 1)", "",
                location + (principle.assessed ? " · **\(principle.vote.title)** · \(ReportWording.percent(principle.score))" : " · no vote"), "",
            ]
            if !principle.assessed { lines += ["_Not assessed: no answer gave evidence for it._", ""] }
            if !principle.reasons.isEmpty {
                lines += principle.reasons.map { "- \(MarkdownText.inline($0))" }
                lines.append("")
            }
            for quote in ReportWording.quotes(principle) {
                lines += MarkdownText.blockquote(quote)
                lines.append("")
            }
        }
        return lines
    }
}
