import InterviewScript

/// `mockloop progress --format html`: one self-contained page with the figures over time drawn
/// as inline SVG line charts and the votes by principle as a grid (no script, nothing loaded).
public enum ProgressHTML {
    static let chartWidth = 640.0, chartHeight = 150.0, margin = 36.0

    public static func render(_ report: ProgressReport) -> String {
        let e = HTMLText.escape
        let sessions = report.sessions
        var out = HTMLPage.head(title: "Progress across \(sessions.count) session\(sessions.count == 1 ? "" : "s")", css: css).joined(separator: "\n") + "\n" + """
        <h1>Progress across \(sessions.count) finished session\(sessions.count == 1 ? "" : "s")</h1>
        <p class="meta">\(e([report.loop, report.since.map { "since \($0)" }].compactMap { $0 }.joined(separator: " · ")))\(sessions.isEmpty ? "" : " Oldest first: \(e(String(sessions.first!.startedAt.prefix(10)))) to \(e(String(sessions.last!.startedAt.prefix(10)))).")</p>

        """
        if sessions.isEmpty {
            out += "<p>No finished sessions yet. Run one with <code>mockloop run LOOP</code>.</p>\n"
        } else {
            out += "<h2>Over time</h2>\n<div class=\"charts\">\n"
            let maxDodges = Double(max(1, sessions.map(\.evasions).max() ?? 1)), maxHypothetical = Double(max(1, sessions.map(\.hypotheticals).max() ?? 1))
            let longest = max(1, sessions.compactMap(\.secondsPerAnswer).max() ?? 1)
            out += chart(id: "unprompted", title: "STAR parts told without a follow-up", values: sessions.map(\.volunteeredShare), label: ProgressTextReport.percent, top: "100%", sessions: sessions)
            out += chart(id: "numbers", title: "Results with a number", values: sessions.map(\.numbersShare), label: ProgressTextReport.percent, top: "100%", sessions: sessions)
            out += chart(id: "i-share", title: "\u{201C}I\u{201D} share of actions", values: sessions.map(\.iShare), label: ProgressTextReport.percent, top: "100%", sessions: sessions)
            out += chart(id: "dodges", title: "Dodged follow-ups", values: sessions.map { Double($0.evasions) / maxDodges }, label: { value in value.map { String(Int(($0 * maxDodges).rounded())) } ?? "–" }, top: String(Int(maxDodges)), sessions: sessions)
            out += chart(id: "hypothetical", title: "Hypothetical replies", values: sessions.map { Double($0.hypotheticals) / maxHypothetical }, label: { value in value.map { String(Int(($0 * maxHypothetical).rounded())) } ?? "–" }, top: String(Int(maxHypothetical)), sessions: sessions)
            out += chart(id: "time", title: "Seconds per answer", values: sessions.map { $0.secondsPerAnswer.map { $0 / longest } }, label: { value in value.map { "\(Int(($0 * longest).rounded())) s" } ?? "–" }, top: "\(Int(longest.rounded())) s", sessions: sessions)
            out += "</div>\n"
            out += votes(report)
            out += "<h2>Sessions</h2>\n<table class=\"sessions\" id=\"sessions\">\n<thead><tr><th>#</th><th>Date</th><th>Loop</th><th>Decision</th><th>Unprompted</th><th>Numbers</th><th>\u{201C}I\u{201D}</th><th>Dodges</th><th>Hypothetical</th><th>s/answer</th></tr></thead>\n<tbody>\n"
            for (n, session) in sessions.enumerated() {
                out += "<tr><td>\(n + 1)</td><td>\(e(String(session.startedAt.prefix(10))))</td><td>\(e(session.loop))</td><td><span class=\"\(HTMLStyle.voteClass(session.decision))\">\(session.decision.title)</span></td>"
                out += "<td>\(ProgressTextReport.percent(session.volunteeredShare))</td><td>\(ProgressTextReport.percent(session.numbersShare))</td><td>\(ProgressTextReport.percent(session.iShare))</td>"
                out += "<td>\(session.evasions)</td><td>\(session.hypotheticals)</td><td>\(session.secondsPerAnswer.map { String(Int($0.rounded())) } ?? "–")</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        if !report.skipped.isEmpty {
            out += "<h2>Left out</h2>\n<ul class=\"skipped\">\n" + report.skipped.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        return out + "</body>\n</html>\n"
    }

    /// One line chart of values between 0 and 1, a point per session with its value as a tooltip.
    static func chart(id: String, title: String, values: [Double?], label: (Double?) -> String, top: String, sessions: [SessionFigures]) -> String {
        let plotWidth = chartWidth - 2 * margin, plotHeight = chartHeight - 2 * margin
        func x(_ index: Int) -> Double { values.count == 1 ? margin + plotWidth / 2 : margin + plotWidth * Double(index) / Double(values.count - 1) }
        func y(_ value: Double) -> Double { margin + plotHeight * (1 - min(1, max(0, value))) }
        var points: [String] = [], dots = ""
        for (index, value) in values.enumerated() {
            guard let value, value.isFinite else { continue }
            let point = "\(format(x(index))),\(format(y(value)))"
            points.append(point)
            if values.count <= 120 {
                dots += "<circle class=\"point\" cx=\"\(format(x(index)))\" cy=\"\(format(y(value)))\" r=\"3.5\"><title>\(HTMLText.escape(String(sessions[index].startedAt.prefix(10)))): \(HTMLText.escape(label(value)))</title></circle>"
            }
        }
        let last = values.last.flatMap { $0 }
        var svg = "<figure class=\"chart\" id=\"chart-\(id)\"><figcaption>\(HTMLText.escape(title)) <span class=\"meta\">(now \(HTMLText.escape(label(last))))</span></figcaption>\n"
        svg += "<svg viewBox=\"0 0 \(format(chartWidth)) \(format(chartHeight))\" width=\"\(format(chartWidth))\" height=\"\(format(chartHeight))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\">"
        svg += "<line class=\"axis\" x1=\"\(format(margin))\" y1=\"\(format(margin + plotHeight))\" x2=\"\(format(margin + plotWidth))\" y2=\"\(format(margin + plotHeight))\"/>"
        svg += "<line class=\"axis\" x1=\"\(format(margin))\" y1=\"\(format(margin))\" x2=\"\(format(margin))\" y2=\"\(format(margin + plotHeight))\"/>"
        svg += "<text x=\"0\" y=\"\(format(margin + 4))\">\(HTMLText.escape(top))</text><text x=\"4\" y=\"\(format(margin + plotHeight + 4))\">0</text>"
        if points.count >= 2 { svg += "<polyline class=\"line\" points=\"\(points.joined(separator: " "))\"/>" }
        svg += dots + "</svg></figure>\n"
        return svg
    }

    /// The votes by principle: a row per principle, a square per session coloured by the vote.
    static func votes(_ report: ProgressReport) -> String {
        let principles = report.principles
        guard !principles.isEmpty else { return "" }
        let sessions = report.sessions
        let cell = max(3.0, min(14.0, 560.0 / Double(max(1, sessions.count))))
        let labelWidth = 300.0, rowHeight = 18.0
        let width = labelWidth + cell * Double(sessions.count) + 8, height = rowHeight * Double(principles.count) + 8
        var svg = "<h2>Votes by principle</h2>\n<p class=\"meta\">A square per session, oldest first: <span class=\"vote vote-strong-hire\">Strong Hire</span> <span class=\"vote vote-inclined\">Inclined</span> <span class=\"vote vote-not-inclined\">Not Inclined</span> <span class=\"vote vote-strong-no-hire\">Strong No Hire</span>; blank where the principle was not assessed.</p>\n"
        svg += "<svg id=\"votes\" class=\"votes\" viewBox=\"0 0 \(format(width)) \(format(height))\" width=\"\(format(width))\" height=\"\(format(height))\" role=\"img\" aria-label=\"Votes by principle\">"
        for (row, principle) in principles.enumerated() {
            let top = 4 + rowHeight * Double(row)
            svg += "<text x=\"0\" y=\"\(format(top + 13))\">\(HTMLText.escape(principle.name))</text>"
            for (column, session) in sessions.enumerated() {
                guard let vote = session.votes[principle.id] else { continue }
                svg += "<rect class=\"cell v-\(vote.rawValue)\" x=\"\(format(labelWidth + cell * Double(column)))\" y=\"\(format(top + 2))\" width=\"\(format(max(1, cell - 1)))\" height=\"14\"><title>\(HTMLText.escape(String(session.startedAt.prefix(10)))): \(vote.title)</title></rect>"
            }
        }
        return svg + "</svg>\n"
    }

    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    static let css = """
    .charts { display: grid; grid-template-columns: 1fr; gap: .5rem; }
    figure.chart { margin: .5rem 0; }
    figure.chart svg, svg.votes { max-width: 100%; height: auto; }
    svg line.axis { stroke: #8c959f; stroke-width: 1; }
    svg polyline.line { fill: none; stroke: #0969da; stroke-width: 2; }
    svg circle.point { fill: #0969da; }
    svg text { font-size: 11px; fill: #57606a; }
    rect.v-strong-hire { fill: #116329; } rect.v-inclined { fill: #4ac26b; } rect.v-not-inclined { fill: #d4a72c; } rect.v-strong-no-hire { fill: #cf222e; }
    table.sessions { border-collapse: collapse; } table.sessions th, table.sessions td { border: 1px solid #d0d7de; padding: .2rem .45rem; text-align: right; }
    """
}
