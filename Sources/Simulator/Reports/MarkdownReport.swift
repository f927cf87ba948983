/// The bar-raiser write-up of a session as Markdown: the vote summary first, then each
/// principle with its evidence, then every round question by question with the candidate's
/// answers verbatim, then coaching. A pure function of the transcript: the one write-up
/// document (`WriteUpBuilder`) laid out by `MarkdownRenderer`.
///
/// Answers are blockquotes with every line prefixed `> `, so Markdown in an answer stays inside
/// its quote; other transcript text is escaped onto one line. Terminal control sequences are
/// stripped from everything.
public enum MarkdownReport {
    /// The write-up as a Markdown document (ends with a newline).
    public static func render(_ t: Transcript) -> String {
        MarkdownRenderer.render(WriteUpBuilder.build(t))
    }
}
