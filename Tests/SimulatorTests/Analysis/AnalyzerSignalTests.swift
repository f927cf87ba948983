import InterviewScript
import Testing
@testable import Simulator

@Suite struct AnalyzerSignalTests {
    let analyzer = AnswerAnalyzer()

    @Test func fillerWithNothingConcreteAfterItIsVague() {
        let a = analyzer.analyze(SampleAnswers.vague)
        #expect(a.vagueFiller.present)
        #expect(a.vagueFiller.evidence.map(\.text).contains("worked closely with"))
        #expect(a.vagueFiller.evidence.map(\.text).contains("leveraged synergies"))
        #expect(a.followUps.last?.kind == .vague)
        #expect(a.followUps.last?.text.contains("worked closely with") == true)
    }

    @Test func fillerFollowedBySomethingConcreteIsNotVague() {
        let a = analyzer.analyze("I worked closely with the warehouse leads to redesign the packing station layout. Packing time fell by 20%.")
        #expect(!a.vagueFiller.present)
        #expect(a.vagueFiller.supported.map(\.text) == ["worked closely with"])
    }

    @Test func dataLessonsAndDisagreementAreFound() {
        let a = analyzer.analyze(SampleAnswers.disagreeAndCommit)
        #expect(a.dataDriven.present)
        #expect(a.dataDriven.evidence.map(\.text).contains("pulled the data"))
        #expect(a.disagreeAndCommit.present)
        #expect(a.disagreeAndCommit.disagreed)
        #expect(a.disagreeAndCommit.committed)
        #expect(a.disagreeAndCommit.usedData)
        #expect(!a.lessonsLearned.present)
        let lesson = analyzer.analyze(SampleAnswers.pastWithWould)
        #expect(lesson.lessonsLearned.evidence.map(\.text) == ["I learned"])
    }

    @Test func principleSignalsHaveTheirPositions() {
        let text = "I dug into the logs and found the root cause. Then I coached two new engineers on the fix."
        let a = analyzer.analyze(text, principles: [.diveDeep, .hireAndDevelopTheBest])
        let bytes = Array(text.utf8)
        let dive = a.principleSignals.filter { $0.principle == .diveDeep }
        #expect(dive.map(\.evidence.text) == ["dug into", "logs", "root cause"])
        #expect(dive.first?.evidence.start == 2)
        #expect(dive.first?.evidence.sentence == 0)
        // "coach" matches "coached" (simple inflection).
        let hire = a.principleSignals.filter { $0.principle == .hireAndDevelopTheBest }
        #expect(hire.map(\.evidence.text) == ["coached"])
        #expect(hire.map(\.phrase) == ["coach"])
        #expect(hire.first?.evidence.sentence == 1)
        for signal in a.principleSignals {
            #expect(String(decoding: bytes[signal.evidence.start..<signal.evidence.end], as: UTF8.self) == signal.evidence.text)
        }
    }

    @Test func onlyTheRequestedPrinciplesAreReported() {
        let text = "I dug into the logs and coached the team."
        #expect(analyzer.analyze(text).principleSignals.isEmpty)
        #expect(analyzer.analyze(text, principles: [.frugality]).principleSignals.isEmpty)
    }

    @Test func callerPhrasesAreMatchedWithInflection() {
        let text = "I shadowed the night shift and rewrote the pick path."
        let a = analyzer.analyze(text, signalPhrases: [.customerObsession: ["shadow the night shift", "Pick Path"]])
        #expect(a.principleSignals.map(\.evidence.text) == ["shadowed the night shift", "pick path"])
        #expect(a.principleSignals.allSatisfy { $0.principle == .customerObsession })
    }

    @Test func everyPrincipleHasItsOwnDefaultPhrases() {
        for principle in LeadershipPrinciple.allCases {
            let phrases = SignalLexicon.defaultPrinciplePhrases[principle] ?? []
            #expect((8...16).contains(phrases.count), "\(principle.id)")
            #expect(phrases.allSatisfy { $0 == $0.lowercased() }, "\(principle.id)")
        }
    }

    @Test func aCustomLexiconReplacesThePrinciplePhrases() {
        let lexicon = SignalLexicon(principlePhrases: [.frugality: ["shoestring"]])
        let a = AnswerAnalyzer(lexicon: lexicon).analyze("We ran it on a shoestring budget.", principles: [.frugality])
        #expect(a.principleSignals.map(\.evidence.text) == ["shoestring"])
    }
}
