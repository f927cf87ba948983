import InterviewScript
import Testing
@testable import Simulator

@Suite struct AnalyzerCorpusYAMLTests {
    @Test func readsAnswerRecords() throws {
        let yaml = """
            # a comment
            - id: x1
              principle: dive-deep      # note: trailing comment
              parts: [situation, action, result]
              weHeavy: false
              hypothetical: false
              quantifiedResult: true
              answer: |
                Line one: "quoted" and 40%.

                Line two # not a comment.
            - id: 'x2'
              parts: []
              answer: >-
                folded
                text
            """
        let corpus = try AnalyzerCorpus.parse(yaml: yaml, file: "t.yaml")
        #expect(corpus.answers.count == 2)
        let first = corpus.answers[0]
        #expect(first.id == "x1")
        #expect(first.principle == .diveDeep)
        #expect(first.parts == [.situation, .action, .result])
        #expect(first.weHeavy == false)
        #expect(first.quantifiedResult == true)
        #expect(first.answer == "Line one: \"quoted\" and 40%.\n\nLine two # not a comment.\n")
        #expect(corpus.answers[1].answer == "folded text")
        #expect(corpus.answers[1].parts.isEmpty)
    }

    @Test func readsSentenceRecords() throws {
        let yaml = """
            - id: s1
              sentences:
                - [situation, "It said \\"no\\", twice."]
                - [none, 'It''s fine.']
                - [result, "Done: 3x faster."]   # note
            """
        let corpus = try AnalyzerCorpus.parse(yaml: yaml, file: "s.yaml")
        #expect(corpus.sentenceSets.count == 1)
        #expect(corpus.sentenceSets[0].sentences.map(\.part) == [.situation, .none, .result])
        #expect(corpus.sentenceSets[0].sentences.map(\.text) == ["It said \"no\", twice.", "It's fine.", "Done: 3x faster."])
    }

    @Test func reportsBadFilesWithTheirName() {
        #expect(throws: AnalyzerCorpus.FormatError.self) { try AnalyzerCorpus.parse(yaml: "- id: a\n  parts: [situation]\n", file: "bad.yaml") }
        #expect(throws: AnalyzerCorpus.FormatError.self) { try AnalyzerCorpus.parse(yaml: "- id: a\n  sentences:\n    - [opening, \"x\"]\n", file: "bad.yaml") }
        #expect(throws: AnalyzerCorpus.FormatError.self) { try AnalyzerCorpus.parse(yaml: "- id: a\n  answer: \"unclosed\n", file: "bad.yaml") }
    }
}
