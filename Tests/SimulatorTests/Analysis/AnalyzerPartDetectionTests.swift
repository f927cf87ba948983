import InterviewScript
import Testing
@testable import Simulator

@Suite struct AnalyzerPartDetectionTests {
    let analyzer = AnswerAnalyzer(reader: .rules)

    @Test func aCompleteAnswerHasFourStrongParts() {
        let a = analyzer.analyze(SampleAnswers.complete)
        #expect(a.sentences.map(\.part) == [.situation, .task, .action, .action, .action, .result])
        for part in StarPart.allCases { #expect(a.parts[part].strength == .strong, "\(part)") }
        #expect(a.missing.isEmpty)
        #expect(a.sentences[0].cues.contains("time anchor: last year"))
        #expect(a.sentences[0].cues.contains("position: opening"))
        #expect(a.sentences[1].cues.contains("goal phrase: my goal was"))
        #expect(a.sentences[2].cues.contains("action verb: pulled"))
        #expect(a.sentences[2].cues.contains("first-person subject"))
        #expect(a.sentences[5].cues.contains("metric: from 5% to 0.05%"))
    }

    @Test func partsAreFoundWithoutCuePhrases() {
        let a = analyzer.analyze(SampleAnswers.cueless)
        #expect(a.sentences.map(\.part) == [.situation, .action, .action, .result])
        #expect(a.parts.situation.present)
        #expect(a.parts.action.strength == .strong)
        #expect(a.parts.result.strength == .strong)
        #expect(a.missing == [.task])
    }

    @Test func aResultToldFirstIsStillTheResult() {
        let a = analyzer.analyze(SampleAnswers.resultFirst)
        #expect(a.sentences[0].part == .result)
        #expect(a.sentences[1].part == .situation)
        #expect(a.sentences[2].part == .action)
        #expect(a.quantifiedResult)
        #expect(a.metrics == ["from 3 weeks to 4 days"])
    }

    @Test func aMissingResultIsReported() {
        let a = analyzer.analyze(SampleAnswers.noResult)
        #expect(a.missing == [.result])
        #expect(!a.parts.result.present)
        #expect(a.parts.result.strength == .absent)
        #expect(a.parts.task.present)
    }

    @Test func vaguePraiseIsAWeakResult() {
        let a = analyzer.analyze(SampleAnswers.numbersOnlyInSituation)
        #expect(a.parts.result.strength == .weak)
        #expect(a.parts.result.present)
    }

    @Test func aTaskInsideASceneSettingSentenceCounts() {
        let a = analyzer.analyze("Last spring, while our biggest customer was threatening to leave, my VP asked me to lead the recovery. I met their CTO every week. I set up an on-call rotation for them. They renewed for three years.")
        #expect(a.parts.task.present)
    }

    @Test func answeringAResultProbeLeansTowardTheResult() {
        let text = "The team adopted the checklist. We still use it."
        #expect(analyzer.analyze(text, answering: .result).sentences.allSatisfy { $0.part == .result })
    }

    @Test func metaTalkIsNone() {
        let a = analyzer.analyze("Great question. Let me think. Last year I rebuilt our billing job. It now runs in 4 minutes.")
        #expect(a.sentences[0].part == .none)
        #expect(a.sentences[1].part == .none)
        #expect(a.sentences[0].cues == ["meta: great question"])
    }

    @Test func strengthsFollowTheDocumentedRules() {
        let oneAction = analyzer.analyze("Our build was slow. I added a cache. Build time dropped.")
        #expect(oneAction.parts.action.strength == .weak)
        #expect(oneAction.parts.result.strength == .strong)  // a change verb is a concrete outcome
        let weAction = analyzer.analyze(SampleAnswers.weHeavy)
        #expect(weAction.parts.action.strength == .weak)
    }

    @Test func sharesAddUpAndVerdictsFollowThem() {
        let a = analyzer.analyze(SampleAnswers.complete)
        let b = a.balance
        #expect(abs(b.situation + b.task + b.action + b.result + b.none - 1) < 0.01)
        #expect(!a.lengthVerdicts.tooShort)
        #expect(!a.lengthVerdicts.rambling)
        #expect(!a.lengthVerdicts.thinAction)
        let short = analyzer.analyze("I fixed the bug and it worked.")
        #expect(short.lengthVerdicts.tooShort)
        let long = analyzer.analyze(Array(repeating: SampleAnswers.complete, count: 5).joined(separator: "\n\n"))
        #expect(long.lengthVerdicts.rambling)
        let setup = analyzer.analyze("Last year our team ran the billing system for 40 countries. It was old and slow, and customers were unhappy. There were 300 open tickets. Finance was worried about the audit. I added an index.")
        #expect(setup.lengthVerdicts.setupHeavy)
        #expect(setup.lengthVerdicts.thinAction)
    }
}
