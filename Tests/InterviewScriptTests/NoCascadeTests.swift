import Testing
@testable import InterviewScript

/// One root cause, one diagnostic.
@Suite struct NoCascadeTests {
    static func diagnostics(_ text: String) -> [Diagnostic] {
        let scripts = [ScriptParser.parse(Array(ScriptFixtures.bank.utf8), file: "bank.yaml"), ScriptParser.parse(Array(text.utf8), file: "loop.yaml")]
        return scripts[1].diagnostics + LibraryValidator().validate(ScriptLibrary(scripts: scripts)).filter { $0.file == "loop.yaml" }
    }

    @Test func anUnknownPrincipleIdIsOneErrorNotAlsoACount() {
        let found = Self.diagnostics(ScriptFixtures.loop.replacingOccurrences(of: "principles: [customer-obsession, earn-trust]", with: "principles: [custmer-obsession, earn-trust]"))
        #expect(found.map(\.code) == [.unknownPrinciple], "\(found)")
        #expect(found.first?.message.contains("did you mean 'customer-obsession'") == true)
    }

    @Test func aMisspeltRequiredKeyIsOneError() {
        let found = Self.diagnostics(ScriptFixtures.loop.replacingOccurrences(of: "    persona: Direct and curious.", with: "    persone: Direct and curious."))
        #expect(found.map(\.code) == [.unknownKey], "\(found)")
        #expect(found.first?.message.contains("did you mean 'persona'") == true)
        #expect(found.first?.location?.line == 11)
    }

    /// `time:` in a round means `minutes:` (missing), not `title:` (already there): one error
    /// that says so.
    @Test func anotherWordForARequiredKeyIsOneErrorNamingIt() {
        let loop = ScriptFixtures.loop
        let first = loop.range(of: "    minutes: 30\n")!
        let text = loop.replacingCharacters(in: first, with: "    time: 30\n")
        #expect(text != ScriptFixtures.loop)
        let found = Self.diagnostics(text).filter { $0.code == .unknownKey || $0.code == .missingField }
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("did you mean 'minutes'? (it is required, and missing)") == true, "\(found)")
    }

    @Test func aTabIsOneError() {
        let found = Self.diagnostics(ScriptFixtures.loop + "\t  questions: 2\n")
        #expect(found.map(\.code) == [.tabIndentation], "\(found)")
    }
}

@Suite struct DiagnosticCapTests {
    @Test func aFileShowsAtMostAHundredDiagnosticsThenACount() {
        let many = (1...250).map { Diagnostic(.missingProbe, "warning \($0)", at: SourceLocation(file: "a.yaml", line: $0, column: 1)) }
            + [Diagnostic(.unknownKey, "an error late in the file", at: SourceLocation(file: "a.yaml", line: 300, column: 1))]
            + [Diagnostic(.missingProbe, "another file", at: SourceLocation(file: "b.yaml", line: 1, column: 1))]
        let capped = many.cappedPerFile()
        #expect(capped.filter { $0.file == "a.yaml" }.count == 101)
        let last = capped.sortedByLocation().last { $0.file == "a.yaml" }
        #expect(last?.code == .moreNotShown)
        #expect(last?.severity == .error, "a hidden error keeps the count an error")
        #expect(last?.message.hasPrefix("1 error and 150 warnings more") == true, "\(last?.message ?? "")")
        #expect(capped.contains { $0.file == "b.yaml" })
    }
}
