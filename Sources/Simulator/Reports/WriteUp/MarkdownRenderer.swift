/// Lays out a write-up document as Markdown. Every piece of text goes through `MarkdownText`:
/// answers and quotes become blockquotes with every line prefixed `> `, so Markdown in them
/// stays inside the quote; all other text is escaped onto one line.
enum MarkdownRenderer {
    typealias Doc = WriteUpDocument

    /// The document as Markdown (ends with a newline).
    static func render(_ doc: WriteUpDocument) -> String {
        let header: [Doc.Block] = [.heading(level: 1, text: doc.title), .paragraph(doc.about, kind: .meta), .facts(doc.facts)]
        let parts = [header] + doc.sections.map { [.heading(level: 2, text: $0.title)] + $0.blocks }
        // Groups frame nothing in Markdown: their blocks stand in line.
        return parts.map { blocks in Doc.Block.flattened(blocks).map(lines).map { $0.joined(separator: "\n") }.joined(separator: "\n\n") }
            .joined(separator: "\n\n") + "\n"
    }

    static func lines(_ block: Doc.Block) -> [String] {
        switch block {
        case .heading(let level, let text):
            return [String(repeating: "#", count: level) + " " + MarkdownText.cell(text)]
        case .paragraph(let inlines, let kind):
            let text = line(inlines)
            switch kind {
            case .note: return ["_\(text)_"]
            case .why: return ["*\(text)*"]
            case .body, .prompt, .headline, .meta: return [text]
            }
        case .list(let items, let ordered, _):
            return items.enumerated().flatMap { number, item in
                [(ordered ? "\(number + 1). " : "- ") + line(item.content)] + (item.quote.map { MarkdownText.blockquote($0, indent: "  ") } ?? [])
            }
        case .facts(let facts):
            return facts.map { "- **\(MarkdownText.cell($0.term)):** " + line($0.value) }
        case .table(let table):
            return ["| " + table.header.map(MarkdownText.cell).joined(separator: " | ") + " |",
                    "|" + table.header.indices.map { table.numeric.contains($0) ? " ---: |" : " --- |" }.joined()]
                + table.rows.map { row in "| " + row.map { cells($0) }.joined(separator: " | ") + " |" }
        case .quote(let text, _):
            return MarkdownText.blockquote(text)
        case .group(_, let inside):
            return Doc.Block.flattened(inside).flatMap(lines)
        }
    }

    /// Inline text on one line; a leading character that would open a block is escaped.
    static func line(_ inlines: [Doc.Inline]) -> String {
        guard case .text(let first)? = inlines.first else { return cells(inlines) }
        return MarkdownText.inline(first) + (first.last?.isWhitespace == true ? " " : "") + cells(Array(inlines.dropFirst()))
    }

    /// Text escaped onto one line, keeping one space at either end where it had white space
    /// (the pieces of a line are joined without any).
    static func escaped(_ text: String) -> String {
        let core = MarkdownText.cell(text)
        guard let first = text.first, let last = text.last else { return "" }
        if core.isEmpty { return " " }
        return (first.isWhitespace ? " " : "") + core + (last.isWhitespace ? " " : "")
    }

    /// Inline text as it appears inside a line or a table cell.
    static func cells(_ inlines: [Doc.Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let s): escaped(s)
            case .strong(let s): "**\(MarkdownText.cell(s))**"
            case .emphasis(let s), .aside(let s): "_\(MarkdownText.cell(s))_"
            case .vote(let vote): "**\(vote.title)**"
            case .sign(let s): "**\(MarkdownText.cell(s))** "
            }
        }.joined()
    }
}
