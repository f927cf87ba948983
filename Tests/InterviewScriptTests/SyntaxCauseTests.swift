import Testing
@testable import InterviewScript

/// YAML syntax errors reported at their cause, in plain words: the quote that opens a string
/// that never closes, the column a misindented line should have, and a byte-order mark that is
/// simply accepted.
@Suite struct SyntaxCauseTests {
    func first(_ text: String) -> Diagnostic? {
        ScriptParser.parse(Array(text.utf8), file: "bank.yaml").diagnostics.first
    }

    func place(_ d: Diagnostic?) -> String { d.flatMap(\.location).map { "\($0.line):\($0.column)" } ?? "-" }

    @Test func anUnclosedQuoteIsReportedAtTheQuoteThatOpensIt() {
        let double = first("kind: question-bank\nquestions:\n  - id: a-q\n    text: \"Tell me about it\n    principles: [ownership]\n  - id: b-q\n    text: Fine.\n")
        #expect(place(double) == "4:11")
        #expect(double?.message == "this string is never closed: the \" that opens it has no closing \"; close it, or write the text without quotes")
        let single = first("kind: question-bank\nquestions:\n  - id: a-q\n    text: 'Tell me\n    principles: [ownership]\n")
        #expect(place(single) == "4:11")
        #expect(single?.message.contains("the ' that opens it") == true)
    }

    @Test func aLineIndentedTooLittleNamesItsSiblingsColumn() {
        let d = first("kind: question-bank\nquestions:\n  - id: a-q\n    text: Tell me\n   principles: [ownership]\n")
        #expect(place(d) == "5:4")
        #expect(d?.message == "this line starts at column 4, but `text:` on line 4 starts at column 5; indent it by the same number of spaces to keep it in the same list item or mapping")
    }

    @Test func aLineIndentedTooFarNamesTheValueItJoined() {
        let d = first("kind: question-bank\nquestions:\n  - id: a-q\n    text: Tell me\n      principles: [ownership]\n")
        #expect(place(d) == "5:7")
        #expect(d?.message == "this line is indented further (column 7) than `text:` on line 4 (column 5), so YAML reads it as more of that value; indent it to column 5")
    }

    @Test func aByteOrderMarkIsAccepted() {
        let text = "kind: question-bank\nquestions:\n  - id: a-q\n    text: Tell me about a time you owned it.\n    principles: [ownership]\n"
        let parsed = ScriptParser.parse([0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "bank.yaml")
        #expect(parsed.bank?.questions.count == 1)
        #expect(!parsed.diagnostics.contains { $0.code == .yamlSyntax }, "\(parsed.diagnostics)")
        // Places are counted without it: the first key is at 1:1.
        let broken = ScriptParser.parse([0xEF, 0xBB, 0xBF] + Array("kind: question-bank\nquestionz: []\n".utf8), file: "bank.yaml")
        #expect(broken.diagnostics.contains { $0.code == .unknownKey && $0.location?.line == 2 && $0.location?.column == 1 })
    }

    /// After a syntax error mockloop can mend (an unclosed string, a misindented line), the rest
    /// of the file is still checked, each problem once at its place; the file stays unusable.
    @Test func problemsAfterAMendableSyntaxErrorAreStillReported() {
        let text = "kind: question-bank\nquestions:\n  - id: a-q\n    text: \"Tell me about it\n    principles: [ownership]\n  - id: b-q\n    text: Fine.\n   principles: [ownership]\n  - id: c-q\n    text: Also fine.\n    principles: [ownershp]\n    titel: x\n"
        let parsed = ScriptParser.parse(Array(text.utf8), file: "bank.yaml")
        #expect(parsed.document == nil)
        let found = parsed.diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.code.rawValue)" }
        #expect(found == ["4:11 LS001", "8:4 LS001", "11:18 LS013", "12:5 LS010"], "\(parsed.diagnostics)")
    }

    @Test func anUnmendableErrorStillStopsAtOneDiagnostic() {
        let parsed = ScriptParser.parse(Array("kind: loop\nid: [a, b\ntitle: x\n".utf8), file: "loop.yaml")
        #expect(parsed.diagnostics.filter { $0.code == .yamlSyntax }.count == 1)
    }
}
