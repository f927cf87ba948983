import InterviewScript
import ShippedScripts
import Testing
@testable import Simulator

/// The outline of the shipped scripts, made when they are built in, lets a run draw and ask its
/// questions without parsing the banks. Drawn that way, every shipped loop's plan must be the
/// plan drawn from the whole library, question for question, and each question in the outline
/// must be the question as the whole file gives it.
@Suite struct ShippedOutlineTests {
    static let outline = ShippedOutline.builtIn

    /// The shipped scripts parsed whole, as `mockloop list` reads them.
    static let whole: ScriptLibrary = {
        let parsed = ShippedScripts.files.map { ScriptParser.parse(Array($0.text.utf8), file: "\(ShippedScripts.folder)/\($0.path)") }
        return ScriptLibrary(scripts: parsed.filter { $0.loop != nil }, fallbackBanks: parsed.filter { $0.bank != nil })
    }()

    @Test func theOutlineHasEveryLoopAndEveryQuestionAsTheFilesHaveThem() throws {
        #expect(Self.outline.loopIDs == Self.whole.loops.map(\.id).sorted())
        let outlined = Self.outline.banks.flatMap(\.questions)
        #expect(outlined.map(\.id) == Self.whole.allQuestions.map(\.id))
        for question in outlined {
            let full = try #require(Self.whole.questionsByID[question.id])
            #expect(question.text == full.text && question.principles == full.principles && question.areas == full.areas, "\(question.id)")
            #expect(question.theme == full.theme && question.location == full.location, "\(question.id)")
        }
    }

    @Test func aLoopReadWithoutItsTestsIsTheWholeLoopWithTheWholeFilesFingerprint() throws {
        var withTests = 0
        for id in Self.outline.loopIDs {
            let script = try #require(Self.outline.loop(id: id))
            let whole = try #require(ShippedScripts.files.map { ScriptParser.parse(Array($0.text.utf8), file: "\(ShippedScripts.folder)/\($0.path)") }
                .first { $0.loop?.id == id })
            #expect(script.diagnostics.isEmpty, "\(id)")
            #expect(script.fingerprint == whole.fingerprint && script.text == whole.text, "\(id)")
            var loop = try #require(script.loop), full = try #require(whole.loop)
            if !full.tests.isEmpty { withTests += 1 }
            #expect(loop.tests.isEmpty, "\(id): a run does not read the test plans")
            loop.tests = []
            full.tests = []
            #expect(String(describing: loop) == String(describing: full), "\(id)")
        }
        #expect(withTests >= 5)
    }

    @Test func eachQuestionInTheOutlineIsTheWholeQuestion() throws {
        let ids = Set(Self.whole.allQuestions.map(\.id))
        let read = Self.outline.questions(ids)
        #expect(read.count == ids.count)
        #expect(read.values.contains { !$0.examples.isEmpty } && read.values.contains { !$0.probes.isEmpty } && read.values.contains { !$0.signals.isEmpty })
        for id in ids {
            let part = try #require(read[id]), full = try #require(Self.whole.questionsByID[id])
            #expect(part.text == full.text && part.location == full.location && part.tags == full.tags, "\(id)")
            #expect(part.probes == full.probes && part.signals == full.signals, "\(id)")
            #expect(part.principles == full.principles && part.areas == full.areas && part.theme == full.theme, "\(id)")
            #expect(part.examples.map(\.answer) == full.examples.map(\.answer) && part.examples.map(\.location) == full.examples.map(\.location), "\(id)")
            #expect(part.examples.map(\.parts) == full.examples.map(\.parts) && part.examples.map(\.signals) == full.examples.map(\.signals), "\(id)")
        }
    }

    @Test func aPlanDrawnFromTheOutlineIsThePlanDrawnFromTheWholeLibrary() throws {
        var compared = 0
        for id in Self.outline.loopIDs {
            let loop = try #require(Self.outline.loop(id: id)?.loop)
            let full = try #require(Self.whole.loop(id: id))
            let outlined = ScriptLibrary(loops: [loop], banks: [], fallbackBanks: Self.outline.banks)
            for seed in UInt64(1)...12 {
                let drawn = InterviewPlan(loop: loop, library: outlined, seed: seed)
                let questions = Self.outline.questions(Set(drawn.rounds.flatMap { $0.map(\.id) }))
                let plan = InterviewPlan(rounds: drawn.rounds.map { $0.map { questions[$0.id] ?? $0 } })
                let expected = InterviewPlan(loop: full, library: Self.whole, seed: seed)
                #expect(plan.pinned == expected.pinned, "\(id) seed \(seed)")
                compared += 1
            }
        }
        #expect(compared >= 70)
    }
}
