import InterviewScript

/// Lays out a write-up document as one self-contained HTML5 page: an inline style sheet, no
/// scripts, fonts or images, and a Content-Security-Policy that forbids everything but inline
/// styles (`HTMLPage`). Every piece of text goes through `HTMLText.escape`.
enum HTMLRenderer {
    typealias Doc = WriteUpDocument

    /// The document as an HTML page (ends with a newline).
    static func render(_ doc: WriteUpDocument) -> String {
        var lines = HTMLPage.head(title: ReportWording.oneLine(doc.title))
        lines += ["<header>", "<h1>\(HTMLText.escape(doc.title))</h1>"] + html(.paragraph(doc.about, kind: .meta)) + html(.facts(doc.facts)) + ["</header>", "<main>"]
        for section in doc.sections {
            lines += ["<section id=\"\(section.id.rawValue)\">", "<h2>\(HTMLText.escape(section.title))</h2>"] + section.blocks.flatMap(html) + ["</section>"]
        }
        return (lines + ["</main>", "</body>", "</html>"]).joined(separator: "\n") + "\n"
    }

    /// Groups that stand on their own are articles; the others are divisions.
    static let articles: Set<String> = ["principle", "round"]

    static func html(_ block: Doc.Block) -> [String] {
        switch block {
        case .heading(let level, let text):
            return ["<h\(level)>\(HTMLText.escape(text))</h\(level)>"]
        case .paragraph(let inlines, let kind):
            return ["<p\(kind == .body ? "" : " class=\"\(kind == .note ? "muted" : kind.rawValue)\"")>\(html(inlines))</p>"]
        case .list(let items, let ordered, let kind):
            let tag = ordered ? "ol" : "ul"
            return ["<\(tag)\(kind.map { " class=\"\($0)\"" } ?? "")>"]
                + items.map { item in
                    "<li\(item.kind.map { " class=\"\($0)\"" } ?? "")>" + html(item.content) + (item.quote.map { quote($0, kind: .quote) } ?? "") + "</li>"
                }
                + ["</\(tag)>"]
        case .facts(let facts):
            return ["<dl class=\"facts\">"] + facts.map { "<dt>\(HTMLText.escape($0.term))</dt><dd>\(html($0.value))</dd>" } + ["</dl>"]
        case .table(let table):
            func cell(_ tag: String, _ column: Int, _ content: String) -> String {
                "<\(tag)\(table.numeric.contains(column) ? " class=\"num\"" : "")>\(content)</\(tag)>"
            }
            return ["<table class=\"\(table.kind)\">",
                    "<thead><tr>" + table.header.enumerated().map { cell("th", $0.offset, HTMLText.escape($0.element)) }.joined() + "</tr></thead>",
                    "<tbody>"]
                + table.rows.map { row in "<tr>" + row.enumerated().map { cell("td", $0.offset, html($0.element)) }.joined() + "</tr>" }
                + ["</tbody>", "</table>"]
        case .quote(let text, let kind):
            return [quote(text, kind: kind)]
        case .group(let kind, let inside):
            let tag = articles.contains(kind) ? "article" : "div"
            return ["<\(tag) class=\"\(kind)\">"] + inside.flatMap(html) + ["</\(tag)>"]
        }
    }

    static func html(_ inlines: [Doc.Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let s): HTMLText.escape(s)
            case .strong(let s): "<strong>\(HTMLText.escape(s))</strong>"
            case .emphasis(let s): "<span class=\"muted\">\(HTMLText.escape(s))</span>"
            case .vote(let vote): badge(vote)
            case .sign(let s): "<span class=\"sign\">\(HTMLText.escape(s))</span>"
            case .aside(let s): "<span class=\"category\">\(HTMLText.escape(s))</span>"
            }
        }.joined()
    }

    /// A vote as a coloured badge.
    static func badge(_ vote: Vote) -> String {
        "<span class=\"\(HTMLStyle.voteClass(vote))\">\(HTMLText.escape(vote.title))</span>"
    }

    /// Verbatim text in a blockquote that keeps its line breaks (no white space added inside,
    /// and no blank lines at its end, which would show as empty lines).
    static func quote(_ text: String, kind: Doc.QuoteKind) -> String {
        var lines = ControlSequenceFilter.strip(text).split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.allSatisfy(\.isWhitespace), lines.count > 1 { lines.removeLast() }
        return "<blockquote class=\"\(kind.rawValue)\">\(HTMLText.escape(lines.joined(separator: "\n")))</blockquote>"
    }
}
