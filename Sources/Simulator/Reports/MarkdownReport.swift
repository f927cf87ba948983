import InterviewScript

/// The bar-raiser write-up of a session as Markdown: the vote summary first, then each
/// principle with its evidence, then every round question by question with the candidate's
/// answers verbatim, then coaching. A pure function of the transcript.
///
/// Answers are blockquotes with every line prefixed `> `, so Markdown in an answer stays inside
/// its quote; other transcript text is escaped onto one line. Terminal control sequences are
/// stripped from everything.
public enum MarkdownReport {
    /// The write-up as a Markdown document (ends with a newline).
    public static func render(_ t: Transcript) -> String {
        let sections = [header(t), voteSummary(t), principleSection(t), roundSection(t), coachingSection(t)]
        return sections.map(trimmed).map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// The title and the facts of the session.
    static func header(_ t: Transcript) -> [String] {
        let loop = t.loop
        var about = ["**Role:** \(MarkdownText.inline(loop.role))", "**Area:** \(MarkdownText.inline(ReportWording.area(loop.area)))"]
        if let level = loop.level { about.append("**Level:** \(MarkdownText.inline(level))") }
        return [
            "# Mock interview write-up: \(MarkdownText.inline(loop.title))",
            "",
            about.joined(separator: " · "),
            "",
            "- **Loop:** \(MarkdownText.inline(loop.id)), version \(MarkdownText.inline(loop.version))",
            "- **Seed:** \(t.seed)",
            "- **Started:** \(MarkdownText.inline(t.startedAt))" + (t.resumedAt.map { "; resumed " + $0.map(MarkdownText.inline).joined(separator: ", ") } ?? ""),
            "- **Generated:** \(MarkdownText.inline(t.generatedAt))",
            "- **Status:** \(ReportWording.status(t.completed))",
        ] + (loop.practice ? ["- **Practice loop:** \(ReportWording.practiceNote)"] : [])
    }

    /// The lines without blank lines at the end.
    static func trimmed(_ lines: [String]) -> [String] {
        var lines = lines
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The coaching notes as a numbered list.
    static func coachingSection(_ t: Transcript) -> [String] {
        var lines = ["## Coaching", ""]
        if t.scores.coaching.isEmpty { return lines + ["_No coaching notes._"] }
        for (number, note) in t.scores.coaching.enumerated() {
            lines.append("\(number + 1). \(MarkdownText.inline(note.text))")
        }
        return lines
    }
}
