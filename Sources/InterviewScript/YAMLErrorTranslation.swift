import Yams

/// Turns Yams' and libyaml's errors into diagnostics a coach can act on (also used for the
/// front matter of story files).
public enum YAMLErrorTranslation {
    public static func diagnostics(for error: Error, text: String, file: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        guard let yamlError = error as? YamlError else {
            return [Diagnostic(.yamlSyntax, "the file could not be read as YAML: \(error)", file: file)]
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let location = SourceLocation(file: file, line: mark.line, column: mark.column)
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            if problem.contains("single document") {
                message = "the file holds more than one YAML document (a second '---'); keep one script per file"
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
            result.append(Diagnostic(.duplicateKey, "the key '\(key)' appears twice in the same mapping\(note); keep one", at: second))
        default:
            result.append(Diagnostic(.yamlSyntax, "the file could not be read as YAML: \(yamlError)", file: file))
        }
        let tabs = tabIndentedLines(in: text, file: file)
        // One character, one diagnostic: a syntax error on (or just before) a tab-indented
        // line is the tab's doing, so only the tab is reported.
        let tabLines = Set(tabs.compactMap { $0.location?.line })
        result.removeAll { $0.code == .yamlSyntax && $0.location.map { tabLines.contains($0.line) || tabLines.contains($0.line + 1) } == true }
        return result + tabs
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
