import Foundation
import InterviewScript
import Testing
@testable import Simulator

/// A round's draw depends only on the seed, the round and the questions that could serve it:
/// adding a question elsewhere never moves it; and no loop asks two near-duplicate questions.
@Suite struct StableDrawTests {
    static let extraBank = """
        kind: question-bank
        questions:
          - id: zz-coach-added-question
            text: Tell me about a time you organised a charity fundraiser for your site.
            principles: [success-and-scale-bring-broad-responsibility]
            areas: [retail]
        """

    static func withExtra(_ text: String = extraBank) -> ScriptLibrary {
        let files = FileManager.default.enumerator(at: ShippedLoopTests.folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }.filter { $0.pathExtension == "yaml" } ?? []
        var scripts = files.map { ScriptParser.parse([UInt8]((try? Data(contentsOf: $0)) ?? Data()), file: $0.path) }
        scripts.append(ScriptParser.parse(Array(text.utf8), file: "/tmp/user-loops/extra.yaml"))
        return ScriptLibrary(scripts: scripts)
    }

    /// How many (loop, seed) draws a question added to a user bank moves, under a rule.
    static func moved(rule: InterviewPlan.DrawRule, library: ScriptLibrary) -> (moved: Int, unrelatedMoved: Int, total: Int) {
        var moved = 0, unrelatedMoved = 0, total = 0
        let extra = library.questionsByID["zz-coach-added-question"]!
        for loop in ShippedLoopTests.library.loops {
            for seed in UInt64(1)...40 {
                total += 1
                let before = InterviewPlan(loop: loop, library: ShippedLoopTests.library, seed: seed, rule: rule).rounds.map { $0.map(\.id) }
                let after = InterviewPlan(loop: loop, library: library, seed: seed, rule: rule).rounds.map { $0.map(\.id) }
                guard before != after else { continue }
                moved += 1
                // Rounds before the first one that drew the new question must not move at all.
                let firstServed = after.firstIndex { $0.contains(extra.id) } ?? after.count
                if before.prefix(firstServed) != after.prefix(firstServed) { unrelatedMoved += 1 }
            }
        }
        return (moved, unrelatedMoved, total)
    }

    @Test func aQuestionAddedToAUserBankNeverMovesARoundItDoesNotServe() {
        let library = Self.withExtra()
        let ranked = Self.moved(rule: .ranked, library: library)
        #expect(ranked.unrelatedMoved == 0)
        // Only the retail loops' rounds that assess the question's principle can take it.
        for loop in ShippedLoopTests.library.loops where loop.area == .aws || !loop.rounds.contains(where: { $0.principleIDs.contains(.successAndScale) }) {
            for seed in UInt64(1)...40 {
                #expect(InterviewPlan(loop: loop, library: ShippedLoopTests.library, seed: seed).rounds.map { $0.map(\.id) }
                    == InterviewPlan(loop: loop, library: library, seed: seed).rounds.map { $0.map(\.id) }, "\(loop.id) seed \(seed)")
            }
        }
        // The old rule (one shuffle for the whole loop) moved draws of loops the question cannot serve.
        let shuffled = Self.moved(rule: .shuffled, library: library)
        #expect(shuffled.unrelatedMoved > ranked.unrelatedMoved)
    }

    @Test func theRankDependsOnlyOnSeedRoundAndQuestionID() {
        #expect(InterviewPlan.rank(seed: 7, round: 1, question: "a") == InterviewPlan.rank(seed: 7, round: 1, question: "a"))
        #expect(InterviewPlan.rank(seed: 7, round: 1, question: "a") != InterviewPlan.rank(seed: 7, round: 2, question: "a"))
        #expect(InterviewPlan.rank(seed: 7, round: 1, question: "a") != InterviewPlan.rank(seed: 8, round: 1, question: "a"))
        // Fixed values: the rule is the same on every machine and every Swift version.
        #expect(InterviewPlan.rank(seed: 1, round: 0, question: "own-production-incident-end-to-end") == 0xDEED_2332_FB8F_E2E6)
    }

    @Test func noShippedLoopAsksTwoNearlyTheSameQuestions() {
        for loop in ShippedLoopTests.library.loops {
            for seed in UInt64(1)...60 {
                let asked = InterviewPlan(loop: loop, library: ShippedLoopTests.library, seed: seed).rounds.flatMap { $0 }
                for (i, a) in asked.enumerated() {
                    for b in asked[(i + 1)...] {
                        #expect(!QuestionSimilarity.nearlySame(a, b), "\(loop.id) seed \(seed): \(a.id) and \(b.id)")
                    }
                }
            }
        }
    }

    @Test func nearDuplicatesAreTheSameThemeOrMostlyTheSameWords() {
        let at = SourceLocation(file: "t.yaml", line: 1, column: 1)
        func q(_ id: String, _ text: String, theme: String? = nil) -> Question { Question(id: id, text: text, principles: [.ownership], theme: theme, location: at) }
        // The two the issue found in one loop: few words in common, one theme.
        let refused = q("a", "Tell me about a time you refused to release work that was not good enough.", theme: "work-not-ready")
        let pushed = q("b", "Tell me about a time you pushed back on releasing something that was not ready.", theme: "work-not-ready")
        #expect(QuestionSimilarity.nearlySame(refused, pushed))
        #expect(QuestionSimilarity.nearlySame(q("c", "Tell me about a time you gave someone difficult feedback that they did not want to hear."),
                                      q("d", "Tell me about a time you gave someone candid feedback they did not want to hear.")))
        #expect(QuestionSimilarity.nearlySame(q("e", "Tell me about a time you simplified a technical design for a customer."),
                                      q("f", "Tell me about a time you simplified a system's design or a customer's cloud architecture.")))
        #expect(!QuestionSimilarity.nearlySame(q("g", "Tell me about a time you noticed a safety risk in a warehouse and changed how the work was done."),
                                       q("h", "Tell me about a time you changed how a warehouse worked so that customers got their orders on time.")))
        #expect(QuestionSimilarity.stems("Tell me about a time you released it") == ["relea"])
    }

    @Test func aPinIsAskedEvenWhenItResemblesAnotherQuestion() throws {
        let bank = """
            kind: question-bank
            questions:
              - id: q-one
                text: Tell me about a time you refused to ship work that was not ready.
                principles: [ownership]
                theme: not-ready
              - id: q-two
                text: Tell me about a time you pushed back on a launch.
                principles: [ownership]
                theme: not-ready
              - id: q-three
                text: Tell me about a time you hired someone.
                principles: [ownership]
            """
        let loop = EngineFixtures.loopText().replacingOccurrences(of: "principles: [dive-deep, ownership]\n    questions: 2", with: "principles: [dive-deep, ownership]\n    questions: 2\n    pinned: [q-one, q-two]")
        let scripts = [ScriptParser.parse(Array(bank.utf8), file: "b.yaml"), ScriptParser.parse(Array(loop.utf8), file: "l.yaml")]
        let library = ScriptLibrary(scripts: scripts)
        let plan = InterviewPlan(loop: try #require(library.loops.first), library: library, seed: 3)
        #expect(plan.rounds[1].map(\.id) == ["q-one", "q-two"])
        // Drawn, not pinned: only one of the two.
        let unpinned = InterviewPlan(loop: try #require(ScriptLibrary(scripts: [scripts[0], ScriptParser.parse(Array(EngineFixtures.loopText().utf8), file: "l.yaml")]).loops.first), library: ScriptLibrary(scripts: [scripts[0], ScriptParser.parse(Array(EngineFixtures.loopText().utf8), file: "l.yaml")]), seed: 3)
        let ids = unpinned.rounds.flatMap { $0.map(\.id) }
        #expect(!(ids.contains("q-one") && ids.contains("q-two")))
    }
}
