import Foundation

/// Prints diagnostics the way compilers do: `path:line:col: error: message [LS012]`, then the
/// source line and a caret under the column; or as JSON for editors and CI.
public struct DiagnosticRenderer {
    /// How to colour a piece of text (identity when colour is off).
    public enum Role: Sendable { case location, error, warning, note, caret, code }
    public typealias Colorize = (String, Role) -> String

    private let sources: [String: [Substring]]
    private let colorize: Colorize

    /// `sources` maps a file to its text, for printing source lines.
    public init(sources: [String: String], colorize: @escaping Colorize = { text, _ in text }) {
        self.sources = sources.mapValues { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        self.colorize = colorize
    }

    /// The source line at `location` with a caret under its column, or nil when the file or the
    /// line is not known.
    /// A long line is shown as a window around the column (so a one-line 10 MB file costs no
    /// more per diagnostic than a short one).
    public func excerpt(at location: SourceLocation) -> String? {
        guard let lines = sources[location.file], location.line >= 1, location.line <= lines.count else { return nil }
        let scalars = lines[location.line - 1].unicodeScalars
        let wanted = max(location.column - 1, 0)
        let start = max(0, wanted - 150)
        var window = String.UnicodeScalarView()
        var index = scalars.startIndex
        var offset = 0
        while index != scalars.endIndex, offset < start + 300 {
            if offset >= start, scalars[index] != "\r" { window.append(scalars[index]) }
            index = scalars.index(after: index)
            offset += 1
        }
        let lead = start > 0 ? "…" : ""
        let shown = Self.printable(lead + String(window))
        let column = min(wanted - start + lead.unicodeScalars.count, shown.columnMap.count - 1)
        return shown.text + "\n" + String(repeating: " ", count: shown.columnMap[max(0, column)]) + colorize("^", .caret)
    }

    /// One diagnostic with its source line and caret.
    public func render(_ diagnostic: Diagnostic) -> String {
        let place = colorize(diagnostic.location?.description ?? diagnostic.file, .location)
        let role: Role = diagnostic.severity == .error ? .error : diagnostic.severity == .warning ? .warning : .note
        var output = "\(place): \(colorize(diagnostic.severity.rawValue, role)): \(diagnostic.message) \(colorize("[\(diagnostic.code.rawValue)]", .code))"
        if let location = diagnostic.location, let excerpt = excerpt(at: location) {
            output += "\n" + excerpt
        }
        for related in diagnostic.related {
            output += "\n\(colorize(related.location.description, .location)): \(colorize("note", .note)): \(related.message)"
            if let excerpt = excerpt(at: related.location) { output += "\n" + excerpt }
        }
        return output
    }

    /// All diagnostics, one block each, in file order.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sortedByLocation().map(render).joined(separator: "\n")
    }

    /// A line made safe to print (tabs as one space, control characters as `?`, long lines
    /// cut), and for each column (in Unicode scalars) the printed offset of its character.
    static func printable(_ line: String) -> (text: String, columnMap: [Int]) {
        var text = ""
        var map: [Int] = []
        var width = 0
        for scalar in line.unicodeScalars.prefix(400) {
            map.append(width)
            if scalar == "\t" || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                text.append(scalar == "\t" ? " " : "?")
            } else {
                text.unicodeScalars.append(scalar)
            }
            width += 1
        }
        map.append(width)
        return (text, map)
    }

    /// The diagnostics as one JSON document: `{"diagnostics": [...], "errors": N, "warnings": N}`.
    /// Each entry has its place, and with the file's text in `sources` the column where the
    /// value it points at ends (`endColumn`, exclusive); `related` lists the other places it
    /// is about, such as the first definition of a duplicate.
    public static func json(_ diagnostics: [Diagnostic], sources: [String: String] = [:]) -> String {
        struct Place: Encodable {
            let file: String, line: Int, column: Int, message: String
        }
        struct Entry: Encodable {
            let file: String, line: Int?, column: Int?, endColumn: Int?, severity: String, code: String, message: String
            let related: [Place]
        }
        var lines: [String: [Substring]] = [:]
        func endColumn(_ location: SourceLocation?) -> Int? {
            guard let location, let text = sources[location.file] else { return nil }
            if lines[location.file] == nil { lines[location.file] = text.split(separator: "\n", omittingEmptySubsequences: false) }
            guard let all = lines[location.file], location.line >= 1, location.line <= all.count else { return nil }
            return Self.endOfValue(in: all[location.line - 1], from: location.column)
        }
        struct Document: Encodable {
            let diagnostics: [Entry]
            let errors: Int
            let warnings: Int
        }
        let sorted = diagnostics.sortedByLocation()
        let document = Document(
            diagnostics: sorted.map { d in
                Entry(file: d.file, line: d.location?.line, column: d.location?.column, endColumn: endColumn(d.location), severity: d.severity.rawValue, code: d.code.rawValue, message: d.message,
                      related: d.related.map { Place(file: $0.location.file, line: $0.location.line, column: $0.location.column, message: $0.message) })
            },
            errors: sorted.filter { $0.severity == .error }.count,
            warnings: sorted.filter { $0.severity == .warning }.count
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// The column just past the value that starts at `column` (1-based, in Unicode scalars): a
    /// quoted string to its closing quote, a key to its colon, anything else to the next space,
    /// comma, bracket or comment. At least one column past the start.
    static func endOfValue(in line: Substring, from column: Int) -> Int {
        let scalars = Array(line.unicodeScalars)
        let start = column - 1
        guard start >= 0, start < scalars.count else { return column + 1 }
        var index = start
        if scalars[start] == "\"" || scalars[start] == "'" {
            index += 1
            while index < scalars.count && scalars[index] != scalars[start] { index += 1 }
            return min(index + 1, scalars.count) + 1
        }
        while index < scalars.count {
            let c = scalars[index]
            if c == " " || c == "," || c == "]" || c == "}" || c == "#" || (c == ":" && (index + 1 == scalars.count || scalars[index + 1] == " ")) { break }
            index += 1
        }
        return max(index, start + 1) + 1
    }

    /// The catalogue of codes as a Markdown table, for docs/diagnostics.md.
    public static func catalogue() -> String {
        var lines = [
            "# Diagnostics",
            "",
            "Every problem `mockloop validate` reports has a stable code. Errors stop a loop from being used;",
            "warnings do not, unless `--strict` is given. This page is generated by `mockloop validate --list-codes`.",
            "",
            "In text, a diagnostic reads `path:line:col: severity: message [CODE]`, then the source line with a caret,",
            "then a `note:` line for each related place (such as where a duplicate was first defined). With",
            "`--format json`: `{\"diagnostics\": [{\"file\", \"line\", \"column\", \"endColumn\", \"severity\", \"code\",",
            "\"message\", \"related\": [{\"file\", \"line\", \"column\", \"message\"}]}], \"errors\": N, \"warnings\": N}`, where",
            "`endColumn` is the column just past the value the diagnostic points at (absent without a place).",
            "Story files (docs/stories.md) use the same codes and form.",
            "",
            "| code | severity | meaning |",
            "|---|---|---|",
        ]
        for code in DiagnosticCode.allCases {
            lines.append("| \(code.rawValue) | \(code.defaultSeverity.rawValue) | \(code.summary) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
