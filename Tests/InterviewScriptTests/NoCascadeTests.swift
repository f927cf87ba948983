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

    @Test func aTabIsOneError() {
        let found = Self.diagnostics(ScriptFixtures.loop + "\t  questions: 2\n")
        #expect(found.map(\.code) == [.tabIndentation], "\(found)")
    }
}
