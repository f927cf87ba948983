import InterviewScript

/// A script text with markers where diagnostics must point: `«LS010»` placed right before the
/// character a diagnostic's caret must land on. The markers are removed before parsing and
/// their places remembered, so tests never count columns by hand.
struct MarkedScript {
    let text: String
    /// Expected (code, line, column) for each marker, in order.
    let expected: [(code: String, line: Int, column: Int)]

    init(_ marked: String) {
        var text = ""
        var expected: [(String, Int, Int)] = []
        var line = 1, column = 1
        var rest = Substring(marked)
        while let open = rest.firstIndex(of: "«") {
            let before = rest[..<open]
            for scalar in before.unicodeScalars {
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            text += before
            let close = rest[open...].firstIndex(of: "»")!
            expected.append((String(rest[rest.index(after: open)..<close]), line, column))
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        self.text = text
        self.expected = expected
    }

    func parse(file: String = "test.yaml") -> ParsedScript {
        ScriptParser.parse(Array(text.utf8), file: file)
    }
}

extension Diagnostic {
    var place: String { "\(code.rawValue)@\(location?.line ?? 0):\(location?.column ?? 0)" }
}

extension MarkedScript {
    var expectedPlaces: [String] { expected.map { "\($0.code)@\($0.line):\($0.column)" }.sorted() }
}
