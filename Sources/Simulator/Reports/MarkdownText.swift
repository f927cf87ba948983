/// Puts transcript text into a Markdown document without letting it change the document's
/// structure. Every piece of text from a transcript goes through `inline`, `cell` or
/// `blockquote`; each strips control sequences first.
enum MarkdownText {
    /// Characters escaped anywhere in inline text, because they would form emphasis, code,
    /// links, raw HTML, strikethrough or table cells.
    private static let markup: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]
    /// Characters that would start a block (heading, quote, list, rule, setext underline) when
    /// they open a line.
    private static let blockStarts: Set<Character> = ["#", "+", "-", "="]

    /// One line of inline text: control sequences stripped, white space collapsed, markup
    /// characters and a leading block marker escaped with a backslash, `&` escaped where it
    /// would read as an entity.
    static func inline(_ text: String) -> String {
        let out = cell(text)
        if let first = out.first, blockStarts.contains(first) { return "\\" + out }
        return escapingOrderedListMarker(out)
    }

    /// Inline text for a table cell: like `inline`, without escaping a leading block marker
    /// (a cell cannot open a block, and `|` is escaped either way).
    static func cell(_ text: String) -> String {
        let line = ReportWording.oneLine(text)
        var out = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if markup.contains(character) || (character == "&" && startsEntity(line[line.index(after: index)...])) {
                out.append("\\")
            }
            out.append(character)
            index = line.index(after: index)
        }
        return out
    }

    /// Verbatim text as a blockquote: control sequences stripped, every line prefixed with `> `
    /// (an empty line with `>`), so nothing in the text can end the quote or become a heading,
    /// table or rule of the document. Trailing empty lines are dropped. `indent` is put before
    /// each line, to nest the quote in a list item.
    static func blockquote(_ text: String, indent: String = "") -> [String] {
        var lines = ControlSequenceFilter.strip(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = lines.last, last.allSatisfy(\.isWhitespace), lines.count > 1 { lines.removeLast() }
        return lines.map { $0.isEmpty ? indent + ">" : indent + "> " + $0 }
    }

    /// Whether text after an `&` would make it an entity or character reference (`&amp;`, `&#38;`).
    private static func startsEntity(_ rest: Substring) -> Bool {
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
        return !name.isEmpty && name.count <= 32 && rest.dropFirst(name.count).first == ";"
    }

    /// "2024. was" would open an ordered list at the start of a line: escape its `.` or `)`.
    private static func escapingOrderedListMarker(_ text: String) -> String {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return text }
        let rest = text.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")" else { return text }
        let after = rest.dropFirst()
        guard after.isEmpty || after.first == " " else { return text }
        return digits + "\\" + rest
    }
}
