import InterviewScript

/// `mockloop stories --format html`: the matrix, its findings and the plan as one
/// self-contained page (inline style, no script, nothing loaded). Every story text goes
/// through `HTMLText.escape`.
public enum StoryMatrixHTML {
    public static func render(_ matrix: StoryMatrix) -> String {
        let e = HTMLText.escape
        var out = HTMLPage.head(title: matrix.loop.map { "Story plan for \($0)" } ?? "Story matrix", css: css).joined(separator: "\n") + "\n" + """
        <h1>\(matrix.columns.count) stor\(matrix.columns.count == 1 ? "y" : "ies") × \(e(matrix.loop.map { "the principles of \($0)" } ?? "the 16 Leadership Principles"))</h1>
        <p class="meta"><span class="mark strong">●</span> strong · <span class="mark fair">◐</span> fair · <span class="mark weak">○</span> weak: the story is meant for the principle · <span class="mark also">·</span> it also speaks to it</p>

        """
        out += "<table class=\"matrix\" id=\"matrix\">\n<thead><tr><th scope=\"col\">Principle</th>"
        for (n, column) in matrix.columns.enumerated() {
            out += "<th scope=\"col\" title=\"\(e(column.title))\"><a href=\"#story-\(n + 1)\">\(n + 1)</a></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for principle in matrix.principles {
            let uncovered = matrix.uncovered.contains(principle)
            out += "<tr\(uncovered ? " class=\"uncovered\"" : "")><th scope=\"row\">\(principle.number). \(e(principle.name))</th>"
            for column in matrix.columns {
                switch matrix.mark(principle, column) {
                case .serves(let strength): out += "<td class=\"mark \(strength.rawValue)\" title=\"\(e(column.id)): \(strength.rawValue)\">\(StoryTextReport.symbol(strength))</td>"
                case .alsoSpeaksTo: out += "<td class=\"mark also\" title=\"\(e(column.id)) also speaks to it\">·</td>"
                case nil: out += "<td></td>"
                }
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += "<h2>Stories</h2>\n<ol class=\"stories\">\n"
        for (n, column) in matrix.columns.enumerated() {
            out += "<li id=\"story-\(n + 1)\"><code>\(e(column.id))</code> <span class=\"mark \(column.strength.rawValue)\">\(column.strength.rawValue) \(String(format2(column.score)))</span> \(e(column.title))</li>\n"
        }
        out += "</ol>\n<h2>Findings</h2>\n<ul class=\"findings\">\n"
        if !matrix.uncovered.isEmpty { out += "<li><strong>No story for:</strong> \(matrix.uncovered.map { e($0.name) }.joined(separator: "; "))</li>\n" }
        for id in matrix.stretched { out += "<li><strong>Stretched:</strong> <code>\(e(id))</code> is meant for \(matrix.columns.first { $0.id == id }?.claimed.count ?? 0) principles; a story carries two or three well.</li>\n" }
        for pair in matrix.sameEvent { out += "<li><strong>Same event:</strong> <code>\(e(pair.first))</code> and <code>\(e(pair.second))</code> tell one event; never tell both in one loop.</li>\n" }
        if matrix.uncovered.isEmpty && matrix.stretched.isEmpty && matrix.sameEvent.isEmpty { out += "<li>Every principle has a story; no story is stretched or told twice.</li>\n" }
        out += "</ul>\n"
        if let plan = matrix.plan {
            out += "<h2>Plan for \(e(matrix.loop ?? ""))</h2>\n<table class=\"plan\" id=\"plan\">\n<thead><tr><th scope=\"col\">Round</th><th scope=\"col\">Principle</th><th scope=\"col\">Story</th></tr></thead>\n<tbody>\n"
            for round in plan.rounds {
                for (n, slot) in round.slots.enumerated() {
                    out += "<tr>"
                    if n == 0 { out += "<th scope=\"row\" rowspan=\"\(round.slots.count)\">\(round.round). \(e(round.title))<br><span class=\"meta\">\(e(round.interviewer))\(round.barRaiser ? " · Bar Raiser" : "")</span></th>" }
                    out += "<td>\(e(slot.principle.name))</td>"
                    if let story = slot.story, let strength = slot.strength {
                        out += "<td><span class=\"mark \(strength.rawValue)\">\(StoryTextReport.symbol(strength))</span> <code>\(e(story))</code> \(e(slot.title ?? ""))</td>"
                    } else {
                        out += "<td class=\"gap\">gap: \(e(slot.gap ?? "no story"))</td>"
                    }
                    out += "</tr>\n"
                }
            }
            out += "</tbody>\n</table>\n"
            if !plan.unused.isEmpty { out += "<p>Spare stories: \(plan.unused.map { "<code>\(e($0))</code>" }.joined(separator: ", "))</p>\n" }
        }
        out += "</body>\n</html>\n"
        return out
    }

    static func format2(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    static let css = """
    table.matrix, table.plan { border-collapse: collapse; margin: 1rem 0; }
    table.matrix th, table.matrix td, table.plan th, table.plan td { border: 1px solid #d0d7de; padding: .2rem .45rem; }
    table.matrix td { text-align: center; min-width: 1.6rem; }
    table.matrix th[scope=row], table.plan th[scope=row] { text-align: left; font-weight: 500; }
    tr.uncovered th { color: #a40e26; }
    .mark.strong { color: #116329; } .mark.fair { color: #9a6700; } .mark.weak { color: #a40e26; } .mark.also { color: #8c959f; }
    td.gap { color: #a40e26; }
    """
}
