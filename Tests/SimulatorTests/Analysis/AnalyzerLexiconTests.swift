import Testing
@testable import Simulator

@Suite struct AnalyzerLexiconTests {
    @Test func literalWordHashesMatchTheHashFunction() {
        for (word, hash) in Words.checked { #expect(WordHash.hash(word) == hash, "\(word)") }
    }

    @Test func stemsJoinSimpleInflections() {
        let groups = [
            ["push", "pushed", "pushes", "pushing"], ["cause", "causes", "caused"], ["simplify", "simplified", "simplifies"],
            ["coach", "coached", "coaches", "coaching"], ["stop", "stopped", "stopping"], ["customer", "customers", "customer's"],
            ["agree", "agreed", "agrees"], ["hire", "hired", "hiring", "hires"],
        ]
        for group in groups {
            let stems = Set(group.map { WordHash.stemHash($0) })
            #expect(stems.count == 1, "\(group)")
        }
        #expect(WordHash.stemHash("on") != WordHash.stemHash("one"))
        #expect(WordHash.stemHash("status") == WordHash.stemHash("status"))
    }

    @Test func inflectionsShareTheStem() {
        let forms = Inflections.forms(of: "coach")
        #expect(forms.contains("coached") && forms.contains("coaching") && forms.contains("coaches"))
        for form in forms { #expect(WordHash.stemHash(form) == WordHash.stemHash("coach")) }
    }

    @Test func theWordTableKnowsTenseAndPronouns() {
        let words = SignalLexicon.builtIn.words
        #expect(words.traits(of: "migrated").contains(.actionPast))
        #expect(words.traits(of: "wrote").contains(.actionPast))
        #expect(words.traits(of: "migrate").contains(.actionBase))
        #expect(words.traits(of: "i").contains(.iSubject))
        #expect(words.traits(of: "we'd").contains(.weSubject))
        #expect(words.traits(of: "usually").contains(.genericAdverb))
        #expect(words.traits(of: "need").contains(.notPast))
        #expect(words.traits(of: "zyzzyva").isEmpty)
    }

    @Test func verbFormsFollowEnglishSpelling() {
        #expect(VerbForms.pastForms(of: "migrate") == ["migrated"])
        #expect(VerbForms.pastForms(of: "simplify") == ["simplified"])
        #expect(VerbForms.pastForms(of: "deploy") == ["deployed"])
        #expect(VerbForms.pastForms(of: "ship") == ["shipped"])
        #expect(VerbForms.pastForms(of: "label") == ["labeled", "labelled"])
    }
}
