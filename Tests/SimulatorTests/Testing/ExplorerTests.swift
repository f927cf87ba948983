import InterviewScript
import Testing
@testable import Simulator

/// `explore` runs random candidates through a loop and reports what a coach must fix.
@Suite struct ExplorerTests {
    @Test func aRoundTheDrawLeavesEmptyIsADeadEnd() throws {
        // Both rounds assess the same two principles; the bank has two questions for them, and the
        // first round asks both, so the Bar Raiser round asks nothing.
        let bank = """
            kind: question-bank
            questions:
              - id: q-one
                text: Tell me about a time you owned a problem.
                principles: [ownership]
              - id: q-two
                text: Tell me about a time you dug into the data.
                principles: [dive-deep]
            """
        let loop = EngineFixtures.loopText().replacingOccurrences(of: "principles: [customer-obsession, earn-trust]", with: "principles: [dive-deep, ownership]")
        let scripts = [ScriptParser.parse(Array(bank.utf8), file: "bank.yaml"), ScriptParser.parse(Array(loop.utf8), file: "loop.yaml")]
        let library = ScriptLibrary(scripts: scripts)
        let report = Explorer(loop: try #require(library.loops.first), library: library, reader: EngineFixtures.notationReader).explore(runs: 3, seed: 1)
        #expect(report.deadEnds.contains { $0.contains("round 2 ('Bar raiser') asks no question") }, "\(report.deadEnds)")
        // And the validator says so before anyone runs it.
        let errors = LibraryValidator().validate(library).filter { $0.code == .roundLeftShort }
        #expect(errors.count == 1)
    }
}
