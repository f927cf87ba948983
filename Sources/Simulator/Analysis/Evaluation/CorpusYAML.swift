/// A small YAML reader for the analyzer's labelled corpus files, so the library and its tests
/// can load them without a YAML dependency.
///
/// It reads the block-style subset those files use: a sequence of mappings; plain, single- and
/// double-quoted scalars; flow sequences (`[situation, "text"]`, nested); literal (`|`) and folded
/// (`>`) block scalars with `-`/`+` chomping; nested block sequences and mappings; `#` comments.
/// Anchors, tags, multi-document streams and flow mappings spanning lines are not supported and
/// are reported as errors with a line number.
public enum CorpusYAML {
    /// A parsed YAML node.
    public indirect enum Node: Equatable, Sendable {
        case scalar(String)
        case sequence([Node])
        case mapping([(String, Node)])

        public static func == (lhs: Node, rhs: Node) -> Bool {
            switch (lhs, rhs) {
            case let (.scalar(a), .scalar(b)): a == b
            case let (.sequence(a), .sequence(b)): a == b
            case let (.mapping(a), .mapping(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
            default: false
            }
        }

        /// The value for `key` in a mapping.
        public subscript(key: String) -> Node? {
            guard case let .mapping(pairs) = self else { return nil }
            return pairs.first { $0.0 == key }?.1
        }

        public var string: String? {
            if case let .scalar(s) = self { return s }
            return nil
        }

        public var items: [Node]? {
            if case let .sequence(items) = self { return items }
            return nil
        }
    }

    /// A syntax error with its 1-based line.
    public struct SyntaxError: Error, CustomStringConvertible, Equatable {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Parses a whole document.
    public static func parse(_ text: String) throws -> Node {
        var parser = Parser(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var s = String(line)
            if s.hasSuffix("\r") { s.removeLast() }
            return s
        })
        return try parser.document()
    }

    private struct Parser {
        let lines: [String]
        var index = 0

        init(lines: [String]) { self.lines = lines }

        static func indent(of line: String) -> Int { line.prefix { $0 == " " }.count }

        static func isBlank(_ line: String) -> Bool {
            let t = line.drop { $0 == " " || $0 == "\t" }
            return t.isEmpty || t.hasPrefix("#")
        }

        mutating func skipBlank() {
            while index < lines.count && (Self.isBlank(lines[index]) || lines[index].hasPrefix("---")) { index += 1 }
        }

        mutating func document() throws -> Node {
            skipBlank()
            guard index < lines.count else { return .sequence([]) }
            return try block(indent: Self.indent(of: lines[index]))
        }

        /// A block node whose lines start at `indent`.
        mutating func block(indent: Int) throws -> Node {
            skipBlank()
            guard index < lines.count else { return .scalar("") }
            let content = String(lines[index].dropFirst(indent))
            if content == "-" || content.hasPrefix("- ") { return try sequence(indent: indent) }
            return try mapping(indent: indent, firstLine: nil)
        }

        mutating func sequence(indent: Int) throws -> Node {
            var items: [Node] = []
            while true {
                skipBlank()
                guard index < lines.count, Self.indent(of: lines[index]) == indent else { break }
                let content = String(lines[index].dropFirst(indent))
                guard content == "-" || content.hasPrefix("- ") else { break }
                let rest = String(content.dropFirst(1)).drop { $0 == " " }
                let itemIndent = indent + (content.count - rest.count)
                if rest.isEmpty || rest.hasPrefix("#") {
                    index += 1
                    skipBlank()
                    guard index < lines.count, Self.indent(of: lines[index]) > indent else { items.append(.scalar("")); continue }
                    items.append(try block(indent: Self.indent(of: lines[index])))
                } else if Self.keySplit(String(rest)) != nil && !rest.hasPrefix("[") && !rest.hasPrefix("\"") && !rest.hasPrefix("'") {
                    items.append(try mapping(indent: itemIndent, firstLine: String(rest)))
                } else {
                    let line = index
                    index += 1
                    items.append(try inlineValue(String(rest), line: line))
                }
            }
            return .sequence(items)
        }

        /// Splits `key: value` (value may be empty); nil when the line is not a mapping entry.
        static func keySplit(_ text: String) -> (String, String)? {
            var inQuote: Character? = nil
            var previous: Character = " "
            for (offset, c) in text.enumerated() {
                if let q = inQuote {
                    if c == q { inQuote = nil }
                } else if c == "\"" || c == "'" {
                    if offset == 0 { inQuote = c }
                } else if c == "#" && previous == " " {
                    return nil
                } else if c == ":" {
                    let after = text.index(text.startIndex, offsetBy: offset + 1)
                    if after == text.endIndex || text[after] == " " {
                        var key = String(text.prefix(offset)).trimmingWhitespace()
                        if key.count >= 2, let f = key.first, (f == "\"" || f == "'"), key.last == f { key = String(key.dropFirst().dropLast()) }
                        return (key, String(text[after...]).trimmingWhitespace())
                    }
                }
                previous = c
            }
            return nil
        }

        mutating func mapping(indent: Int, firstLine: String?) throws -> Node {
            var pairs: [(String, Node)] = []
            var pending = firstLine
            while true {
                let lineNumber: Int
                let content: String
                if let first = pending {
                    content = first
                    lineNumber = index
                    pending = nil
                } else {
                    skipBlank()
                    guard index < lines.count, Self.indent(of: lines[index]) == indent else { break }
                    content = String(lines[index].dropFirst(indent))
                    if content.hasPrefix("- ") || content == "-" { break }
                    lineNumber = index
                }
                guard let (key, value) = Self.keySplit(content) else {
                    throw SyntaxError(line: lineNumber + 1, message: "expected 'key: value'")
                }
                index = lineNumber + 1
                let cleaned = Self.stripComment(value)
                if cleaned.isEmpty {
                    skipBlank()
                    if index < lines.count {
                        let next = Self.indent(of: lines[index])
                        let nextContent = String(lines[index].dropFirst(next))
                        if next > indent || (next == indent && (nextContent.hasPrefix("- ") || nextContent == "-")) {
                            pairs.append((key, try block(indent: next)))
                            continue
                        }
                    }
                    pairs.append((key, .scalar("")))
                } else if let style = cleaned.first, style == "|" || style == ">" {
                    pairs.append((key, .scalar(blockScalar(parentIndent: indent, header: cleaned))))
                } else {
                    pairs.append((key, try inlineValue(value, line: lineNumber)))
                }
            }
            return .mapping(pairs)
        }

        static func stripComment(_ text: String) -> String {
            var inQuote: Character? = nil
            var previous: Character = " "
            var result = ""
            for c in text {
                if let q = inQuote {
                    if c == q { inQuote = nil }
                } else if c == "\"" || c == "'" {
                    inQuote = c
                } else if c == "#" && (previous == " " || result.isEmpty) {
                    break
                }
                result.append(c)
                previous = c
            }
            return result.trimmingWhitespace()
        }

        mutating func blockScalar(parentIndent: Int, header: String) -> String {
            let folded = header.first == ">"
            let chomp: Character? = header.dropFirst().first { $0 == "-" || $0 == "+" }
            var collected: [String] = []
            var blockIndent: Int? = nil
            while index < lines.count {
                let line = lines[index]
                let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
                if blank { collected.append(""); index += 1; continue }
                let ind = Self.indent(of: line)
                if ind <= parentIndent { break }
                if blockIndent == nil { blockIndent = ind }
                if ind < blockIndent! { break }
                collected.append(String(line.dropFirst(blockIndent!)))
                index += 1
            }
            // Trailing blank lines belong to chomping, not content.
            var trailing = 0
            while let last = collected.last, last.isEmpty { collected.removeLast(); trailing += 1 }
            var body: String
            if folded {
                body = ""
                var previousBlank = false
                for (i, line) in collected.enumerated() {
                    if line.isEmpty { body += "\n"; previousBlank = true; continue }
                    if i > 0 && !previousBlank && !line.hasPrefix(" ") && !(collected[i - 1].hasPrefix(" ")) { body += " " }
                    body += line
                    previousBlank = false
                }
            } else {
                body = collected.joined(separator: "\n")
            }
            switch chomp {
            case "-": return body
            case "+": return body + String(repeating: "\n", count: trailing + 1)
            default: return collected.isEmpty ? "" : body + "\n"
            }
        }

        /// A value on one line (continued on the next lines while a flow bracket is open).
        mutating func inlineValue(_ raw: String, line: Int) throws -> Node {
            var text = raw
            var depth = Self.bracketDepth(text)
            while depth > 0 && index < lines.count {
                text += " " + lines[index].trimmingWhitespace()
                index += 1
                depth = Self.bracketDepth(text)
            }
            var scanner = FlowScanner(Array(text), line: line + 1)
            let node = try scanner.value(inFlow: false)
            try scanner.expectEnd()
            return node
        }

        static func bracketDepth(_ text: String) -> Int {
            var depth = 0
            var inQuote: Character? = nil
            var escaped = false
            for c in text {
                if let q = inQuote {
                    if escaped { escaped = false } else if c == "\\" && q == "\"" { escaped = true } else if c == q { inQuote = nil }
                } else if c == "\"" || c == "'" { inQuote = c }
                else if c == "[" || c == "{" { depth += 1 }
                else if c == "]" || c == "}" { depth -= 1 }
                else if c == "#" { break }
            }
            return depth
        }
    }

    /// Scans flow values: `[a, "b", [c]]`, `{k: v}`, quoted and plain scalars.
    private struct FlowScanner {
        let chars: [Character]
        let line: Int
        var i = 0

        init(_ chars: [Character], line: Int) {
            self.chars = chars
            self.line = line
        }

        mutating func skipSpaces() { while i < chars.count && (chars[i] == " " || chars[i] == "\t") { i += 1 } }

        mutating func expectEnd() throws {
            skipSpaces()
            if i < chars.count && chars[i] != "#" { throw SyntaxError(line: line, message: "unexpected text after a value: \(String(chars[i...]))") }
        }

        mutating func value(inFlow: Bool) throws -> Node {
            skipSpaces()
            guard i < chars.count else { return .scalar("") }
            switch chars[i] {
            case "[":
                i += 1
                var items: [Node] = []
                while true {
                    skipSpaces()
                    guard i < chars.count else { throw SyntaxError(line: line, message: "unclosed '['") }
                    if chars[i] == "]" { i += 1; break }
                    items.append(try value(inFlow: true))
                    skipSpaces()
                    guard i < chars.count else { throw SyntaxError(line: line, message: "unclosed '['") }
                    if chars[i] == "," { i += 1 } else if chars[i] != "]" { throw SyntaxError(line: line, message: "expected ',' or ']'") }
                }
                return .sequence(items)
            case "{":
                i += 1
                var pairs: [(String, Node)] = []
                while true {
                    skipSpaces()
                    guard i < chars.count else { throw SyntaxError(line: line, message: "unclosed '{'") }
                    if chars[i] == "}" { i += 1; break }
                    guard case let .scalar(key) = try value(inFlow: true) else { throw SyntaxError(line: line, message: "bad key") }
                    skipSpaces()
                    guard i < chars.count, chars[i] == ":" else { throw SyntaxError(line: line, message: "expected ':'") }
                    i += 1
                    pairs.append((key, try value(inFlow: true)))
                    skipSpaces()
                    if i < chars.count && chars[i] == "," { i += 1 }
                }
                return .mapping(pairs)
            case "\"":
                return .scalar(try doubleQuoted())
            case "'":
                return .scalar(try singleQuoted())
            default:
                var s = ""
                var previous: Character = " "
                while i < chars.count {
                    let c = chars[i]
                    if inFlow && (c == "," || c == "]" || c == "}") { break }
                    if inFlow && c == ":" && (i + 1 == chars.count || chars[i + 1] == " ") { break }
                    if c == "#" && previous == " " { break }
                    s.append(c)
                    previous = c
                    i += 1
                }
                if !inFlow { i = chars.count }
                return .scalar(s.trimmingWhitespace())
            }
        }

        mutating func doubleQuoted() throws -> String {
            i += 1
            var s = ""
            while i < chars.count {
                let c = chars[i]
                i += 1
                if c == "\"" { return s }
                if c == "\\" {
                    guard i < chars.count else { break }
                    let e = chars[i]
                    i += 1
                    switch e {
                    case "n": s.append("\n")
                    case "t": s.append("\t")
                    case "\\": s.append("\\")
                    case "\"": s.append("\"")
                    case "/": s.append("/")
                    case "0": s.append("\0")
                    case "u", "U", "x":
                        let length = e == "u" ? 4 : e == "U" ? 8 : 2
                        guard i + length <= chars.count, let code = UInt32(String(chars[i..<(i + length)]), radix: 16),
                              let scalar = Unicode.Scalar(code) else { throw SyntaxError(line: line, message: "bad escape") }
                        s.unicodeScalars.append(scalar)
                        i += length
                    default: s.append(e)
                    }
                } else {
                    s.append(c)
                }
            }
            throw SyntaxError(line: line, message: "unclosed double quote")
        }

        mutating func singleQuoted() throws -> String {
            i += 1
            var s = ""
            while i < chars.count {
                let c = chars[i]
                i += 1
                if c == "'" {
                    if i < chars.count && chars[i] == "'" { s.append("'"); i += 1; continue }
                    return s
                }
                s.append(c)
            }
            throw SyntaxError(line: line, message: "unclosed single quote")
        }
    }
}
