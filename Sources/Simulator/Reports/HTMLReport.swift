import InterviewScript

/// The bar-raiser write-up as one self-contained HTML5 page, with the same content and order
/// as `MarkdownReport`: vote summary, principles, rounds with verbatim answers, coaching.
///
/// The page loads nothing: an inline style sheet, no scripts, fonts or images, and a
/// Content-Security-Policy that forbids everything but inline styles. Every piece of text from
/// the transcript goes through `HTMLText.escape`. A pure function of the transcript.
public enum HTMLReport {
    /// The write-up as an HTML document (ends with a newline).
    public static func render(_ t: Transcript) -> String {
        let head = HTMLPage.head(title: "Mock interview write-up: " + ReportWording.oneLine(t.loop.title))
        let body = header(t) + ["<main>"] + voteSummary(t) + principleSection(t) + roundSection(t) + coachingSection(t) + ["</main>"]
        return (head + body + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
    }

    /// The title and the facts of the session.
    static func header(_ t: Transcript) -> [String] {
        let e = HTMLText.escape
        let loop = t.loop
        var about = ["Role: \(loop.role)", "Area: \(ReportWording.area(loop.area))"]
        if let level = loop.level { about.append("Level: \(level)") }
        let facts: [(String, String)] = [
            ("Loop", "\(loop.id), version \(loop.version)"),
            ("Seed", String(t.seed)),
            ("Started", t.startedAt + (t.resumedAt.map { "; resumed " + $0.joined(separator: ", ") } ?? "")),
            ("Generated", t.generatedAt),
            ("Status", ReportWording.status(t.completed)),
        ] + (loop.practice ? [("Practice loop", ReportWording.practiceNote)] : [])
        return [
            "<header>",
            "<h1>\(e("Mock interview write-up: " + loop.title))</h1>",
            "<p class=\"meta\">\(about.map(e).joined(separator: " · "))</p>",
            "<dl class=\"facts\">",
        ] + facts.map { "<dt>\(e($0.0))</dt><dd>\(e($0.1))</dd>" } + ["</dl>", "</header>"]
    }

    /// A vote as a coloured badge.
    static func badge(_ vote: Vote) -> String {
        "<span class=\"\(HTMLStyle.voteClass(vote))\">\(HTMLText.escape(vote.title))</span>"
    }

    /// Verbatim text in a blockquote that keeps its line breaks (no white space added inside).
    static func quote(_ text: String, class name: String) -> String {
        "<blockquote class=\"\(name)\">\(HTMLText.escape(trimmedTrailingLines(text)))</blockquote>"
    }

    /// The coaching notes as a numbered list.
    static func coachingSection(_ t: Transcript) -> [String] {
        var lines = ["<section id=\"coaching\">", "<h2>Coaching</h2>"]
        if t.scores.coaching.isEmpty {
            lines.append("<p class=\"muted\">No coaching notes.</p>")
        } else {
            lines.append("<ol>")
            lines += t.scores.coaching.map { "<li>\(HTMLText.escape($0.text))</li>" }
            lines.append("</ol>")
        }
        return lines + ["</section>"]
    }

    /// The text without blank lines at its end (a trailing newline would show as an empty line).
    private static func trimmedTrailingLines(_ text: String) -> String {
        var lines = ControlSequenceFilter.strip(text).split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.allSatisfy(\.isWhitespace), lines.count > 1 { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
