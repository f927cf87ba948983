/// The bar-raiser write-up as one self-contained HTML5 page, with the same content and order
/// as `MarkdownReport`, since both lay out one write-up document (`WriteUpBuilder`): vote
/// summary, principles, rounds with verbatim answers, coaching.
///
/// The page loads nothing: an inline style sheet, no scripts, fonts or images, and a
/// Content-Security-Policy that forbids everything but inline styles. Every piece of text from
/// the transcript goes through `HTMLText.escape`. A pure function of the transcript.
public enum HTMLReport {
    /// The write-up as an HTML document (ends with a newline).
    public static func render(_ t: Transcript) -> String {
        HTMLRenderer.render(WriteUpBuilder.build(t))
    }
}
