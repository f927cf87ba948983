import Yams

/// Turns Yams' and libyaml's errors into diagnostics a coach can act on (also used for the
/// front matter of story files).
public enum YAMLErrorTranslation {
    /// A change to the text that mends the syntax error just reported, so that the rest of the
    /// file can still be checked: close the string on its own line, or indent a line like its
    /// siblings.
    enum Repair: Equatable {
        case closeQuote(line: Int, quote: Character)
        case reindent(line: Int, column: Int)

        /// The line the repair changes.
        var line: Int {
            switch self {
            case .closeQuote(let line, _), .reindent(let line, _): line
            }
        }

        /// The text with the repair made (same number of lines).
        func apply(to text: String) -> String {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            switch self {
            case let .closeQuote(line, quote):
                guard line >= 1, line <= lines.count else { return text }
                var content = lines[line - 1]
                while content.last == " " { content.removeLast() }
                lines[line - 1] = content + String(quote)
            case let .reindent(line, column):
                guard line >= 1, line <= lines.count else { return text }
                let content = lines[line - 1].drop { $0 == " " }
                lines[line - 1] = String(repeating: " ", count: max(0, column - 1)) + content
            }
            return lines.joined(separator: "\n")
        }
    }

    public static func diagnostics(for error: Error, text: String, file: String) -> [Diagnostic] {
        translate(error, text: text, file: file).diagnostics
    }

    /// The diagnostics for a parse error, and the repair that would let parsing go on, if the
    /// cause is one mockloop knows how to mend.
    static func translate(_ error: Error, text: String, file: String) -> (diagnostics: [Diagnostic], repair: Repair?) {
        var repair: Repair?
        var result: [Diagnostic] = []
        guard let yamlError = error as? YamlError else {
            return ([Diagnostic(.yamlSyntax, "the file could not be read as YAML: \(error)", file: file)], nil)
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var location = SourceLocation(file: file, line: mark.line, column: mark.column)
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            if problem.contains("single document") {
                message = "the file holds more than one YAML document (a second '---'); keep one script per file"
            } else if let context, context.text.contains("quoted scalar") {
                // The parser notices at the end of the file; the cause is the quote that opens it.
                location = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
                let opening = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(context.mark.line - 1).first.flatMap { $0.unicodeScalars.dropFirst(context.mark.column - 1).first }
                let quote = opening == "'" ? "'" : "\""
                message = "this string is never closed: the \(quote) that opens it has no closing \(quote); close it, or write the text without quotes"
                repair = .closeQuote(line: context.mark.line, quote: Character(quote))
            } else if problem.contains("mapping values are not allowed"), let deeper = indentedUnderValue(line: mark.line, in: text) {
                location = SourceLocation(file: file, line: mark.line, column: deeper.column)
                message = "this line is indented further (column \(deeper.column)) than \(deeper.key) on line \(deeper.keyLine) (column \(deeper.keyColumn)), so YAML reads it as more of that value; indent it to column \(deeper.keyColumn)"
                repair = .reindent(line: mark.line, column: deeper.keyColumn)
            } else if let misplaced = misindented(line: mark.line, in: text) {
                location = SourceLocation(file: file, line: mark.line, column: misplaced.column)
                message = "this line starts at column \(misplaced.column), but \(misplaced.sibling) on line \(misplaced.siblingLine) starts at column \(misplaced.siblingColumn); indent it by the same number of spaces to keep it in the same list item or mapping"
                repair = .reindent(line: mark.line, column: misplaced.siblingColumn)
            }
            result.append(Diagnostic(.yamlSyntax, message, at: location))
        case let .reader(problem, offset, _, _):
            let location = offset.map { position(ofByte: $0, in: text, file: file) } ?? SourceLocation(file: file, line: 1, column: 1)
            result.append(Diagnostic(.notText, "the file has a character YAML does not allow: \(problem)", at: location))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            let first = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
            let second = secondOccurrence(of: key, after: first, in: text) ?? first
            let note = second == first ? "" : " (first written at line \(first.line))"
            result.append(Diagnostic(.duplicateKey, "the key '\(key)' appears twice in the same mapping\(note); keep one", at: second,
                                     related: second == first ? [] : [.init("'\(key)' is first written here", at: first)]))
        default:
            result.append(Diagnostic(.yamlSyntax, "the file could not be read as YAML: \(yamlError)", file: file))
        }
        let tabs = tabIndentedLines(in: text, file: file)
        // One character, one diagnostic: a syntax error on (or just before) a tab-indented
        // line is the tab's doing, so only the tab is reported.
        let tabLines = Set(tabs.compactMap { $0.location?.line })
        result.removeAll { $0.code == .yamlSyntax && $0.location.map { tabLines.contains($0.line) || tabLines.contains($0.line + 1) } == true }
        return (result + tabs, tabs.isEmpty ? repair : nil)
    }

    /// Whether `line` is indented differently from the entry above it that it most likely
    /// belongs with: the nearest earlier line indented less deeply than that entry's keys is its
    /// parent, so a line indented between the parent's column and its keys' is misplaced.
    static func misindented(line number: Int, in text: String) -> (column: Int, sibling: String, siblingLine: Int, siblingColumn: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard number >= 2, number <= lines.count else { return nil }
        func keyColumn(_ line: Substring) -> (column: Int, key: String)? {
            let indent = line.prefix { $0 == " " }.count
            var rest = line.dropFirst(indent)
            guard !rest.isEmpty, !rest.hasPrefix("#") else { return nil }
            var column = indent + 1
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2); column += 2 }
            let key = rest.prefix { $0 != ":" }
            return (column, key.count < rest.count ? "`\(key):`" : "the entry")
        }
        guard let this = keyColumn(lines[number - 1]) else { return nil }
        let ownIndent = lines[number - 1].prefix { $0 == " " }.count + 1
        for index in stride(from: number - 2, through: 0, by: -1) {
            guard let above = keyColumn(lines[index]) else { continue }
            if above.column == this.column || above.column == ownIndent { return nil }
            // Indented past the line above but not as far as its keys, or between two levels.
            if ownIndent < above.column {
                let parentIndent = lines[index].prefix { $0 == " " }.count + 1
                return ownIndent > parentIndent || ownIndent < parentIndent ? (ownIndent, above.key, index + 1, above.column) : nil
            }
            return nil
        }
        return nil
    }

    /// Whether `line` is a `key:` line indented deeper than the `key: value` line just above it.
    static func indentedUnderValue(line number: Int, in text: String) -> (column: Int, key: String, keyLine: Int, keyColumn: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard number >= 2, number <= lines.count else { return nil }
        let own = lines[number - 1].prefix { $0 == " " }.count + 1
        for index in stride(from: number - 2, through: 0, by: -1) {
            let line = lines[index]
            let indent = line.prefix { $0 == " " }.count
            var rest = line.dropFirst(indent)
            guard !rest.isEmpty, !rest.hasPrefix("#") else { continue }
            var column = indent + 1
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2); column += 2 }
            guard let colon = rest.firstIndex(of: ":"), own > column else { return nil }
            return (own, "`\(rest[..<colon]):`", index + 1, column)
        }
        return nil
    }

    /// A line indented with a tab is the usual cause of a confusing YAML error; name each one.
    private static func tabIndentedLines(in text: String, file: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var column = 1
            for character in line {
                if character == "\t" {
                    result.append(Diagnostic(.tabIndentation, "this line is indented with a tab; YAML needs spaces", at: SourceLocation(file: file, line: index + 1, column: column)))
                    break
                }
                if character != " " { break }
                column += 1
            }
            if result.count >= 20 { break }
        }
        return result
    }

    /// Where `key:` is written again at the same column after `first`.
    private static func secondOccurrence(of key: String, after first: SourceLocation, in text: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line <= lines.count else { return nil }
        for index in first.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            guard scalars.count >= first.column else { continue }
            var rest = String(String.UnicodeScalarView(scalars[(first.column - 1)...]))
            if rest.hasPrefix("- ") { rest.removeFirst(2) }
            for candidate in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(candidate + ":") {
                let column = first.column + (scalars.count - first.column + 1 - rest.unicodeScalars.count)
                return SourceLocation(file: first.file, line: index + 1, column: column)
            }
        }
        return nil
    }

    private static func position(ofByte offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1, column = 1
        for (index, byte) in text.utf8.enumerated() {
            if index >= offset { break }
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
