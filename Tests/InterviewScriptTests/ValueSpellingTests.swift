import Testing
@testable import InterviewScript

/// One meaning for every value, as YAML 1.2 and the schema read it: booleans are a plain `true`
/// or `false`; numbers are plain. Anything else is one error at the value, saying what to write.
@Suite struct ValueSpellingTests {
    static func diagnostics(_ value: String, key: String = "bar-raiser") -> [Diagnostic] {
        let loop = ScriptFixtures.loop.replacingOccurrences(of: "    bar-raiser: true", with: "    \(key): \(value)")
        return ScriptParser.parse(Array(loop.utf8), file: "loop.yaml").diagnostics
    }

    @Test(arguments: [("yes", "write true"), ("on", "write true"), ("True", "write true"), ("\"true\"", "write true"), ("no", "write false"), ("'false'", "write false")])
    func aBooleanIsAPlainTrueOrFalse(_ value: String, _ fix: String) throws {
        let found = Self.diagnostics(value)
        #expect(found.count == 1, "\(found)")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.code == .wrongType)
        #expect(diagnostic.message.contains(fix), "\(diagnostic.message)")
        #expect(diagnostic.location?.line == 17)
        #expect(diagnostic.location?.column == 17)
    }

    @Test func plainTrueAndFalseAreBooleans() {
        #expect(Self.diagnostics("true").isEmpty)
        #expect(Self.diagnostics("false").filter { $0.code == .wrongType }.isEmpty)
    }

    @Test func aQuotedNumberIsAnError() throws {
        let loop = ScriptFixtures.loop.replacingOccurrences(of: "minutes: 30\n  - title: Bar raiser", with: "minutes: \"30\"\n  - title: Bar raiser")
        let found = ScriptParser.parse(Array(loop.utf8), file: "loop.yaml").diagnostics
        #expect(found.count == 1)
        #expect(found.first?.message.contains("write 30 without quotes") == true, "\(found)")
        #expect(ScriptParser.parse(Array(ScriptFixtures.loop.utf8), file: "loop.yaml").diagnostics.isEmpty)
    }
}
