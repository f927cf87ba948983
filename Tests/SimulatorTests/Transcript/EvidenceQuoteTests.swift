import Foundation
import InterviewScript
import Testing
@testable import Simulator

/// Each evidence quote in a write-up is a sentence that caused its finding, taken from the
/// answer that caused it: the "we" finding quotes a "we" action, the numbers finding a sentence
/// holding one of its numbers, a vague part a sentence read as that part, a dodge a sentence of
/// the reply that dodged. Checked on the three scripted candidates in three shipped loops.
@Suite struct EvidenceQuoteTests {
    static let analyzer = AnalyzerReader.interviewerAnalyzer

    /// The answers of a question with the analyzer's sentences, first answer first.
    struct Answered {
        var turn: QuestionTranscript.Turn
        var sentences: [AnalyzedSentence]
    }

    static func answered(_ question: QuestionTranscript) -> [Answered] {
        question.turns.compactMap { turn in
            guard let answer = turn.answer, turn.findings != nil else { return nil }
            let principles = question.principles
            return Answered(turn: turn, sentences: analyzer.analyze(answer, principles: principles, answering: turn.probe).sentences)
        }
    }

    /// The answer and sentence a quote was taken from (a quote longer than 240 characters is
    /// cut); with a reply that repeats a sentence of an earlier answer, the latest.
    static func source(of quote: String, in answers: [Answered]) -> (answer: Int, sentence: AnalyzedSentence)? {
        let text = quote.hasSuffix("…") ? String(quote.dropLast()) : quote
        for (index, answered) in answers.enumerated().reversed() {
            if let sentence = answered.sentences.first(where: { $0.text == text || (quote.hasSuffix("…") && $0.text.hasPrefix(text)) }) {
                return (index, sentence)
            }
        }
        return nil
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init))
    }

    @Test(arguments: ["strong", "dodger", "hypothetical"])
    func everyQuoteIsTheSentenceBehindItsFinding(_ candidate: String) throws {
        var checked = 0
        for loop in CandidateGoldenTests.loops {
            let t = try CandidateGoldenTests.session(candidate, loop)
            for question in t.questions {
                let answers = Self.answered(question)
                for finding in question.score?.findings ?? [] {
                    guard let quote = finding.quote else { continue }
                    // Filler quotes list the filler phrases themselves, not a sentence.
                    if finding.text.hasPrefix("Vague filler") { continue }
                    let where_ = "\(loop) \(question.id): \(finding.text) — \(quote)"
                    let found = try #require(Self.source(of: quote, in: answers), "not a sentence of the answers: \(where_)")
                    checked += 1
                    let words = Self.words(found.sentence.text)
                    if finding.text.hasPrefix("Told the actions as \"we\"") {
                        #expect(!words.isDisjoint(with: ["we", "team", "us", "they"]), "not a \"we\" action: \(where_)")
                        #expect(answers[0].sentences.contains { $0.text == found.sentence.text }, "not from the first answer: \(where_)")
                    } else if finding.text.hasPrefix("Owned the actions") {
                        #expect(words.contains("i") || words.contains("i've") || words.contains("i'd"), "not an \"I\" action: \(where_)")
                    } else if finding.text.hasPrefix("Quantified the result") || finding.text.hasPrefix("Gave numbers only when asked") {
                        let listed = finding.text.drop { $0 != ":" }.dropFirst().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces.union(["."])) }
                        #expect(listed.contains { found.sentence.text.contains($0) }, "holds none of \(listed): \(where_)")
                        if finding.text.hasPrefix("Gave numbers") { #expect(found.answer > 0, "not from a reply: \(where_)") }
                    } else if finding.text.hasSuffix("stayed vague."), let part = StarPart.allCases.first(where: { finding.text == "The \($0.rawValue) stayed vague." }) {
                        #expect(found.sentence.part.rawValue == part.rawValue || found.sentence.alsoTells?.rawValue == part.rawValue, "read as \(found.sentence.part): \(where_)")
                    } else if finding.text.hasPrefix("Dodged") {
                        #expect(found.answer > 0 && answers[found.answer].turn.probe != nil, "not from a reply to a follow-up: \(where_)")
                    } else if finding.text.contains("came only after a follow-up") {
                        #expect(found.answer > 0, "not from a reply: \(where_)")
                    } else if finding.text.hasPrefix("Described what they would do") || finding.text.hasPrefix("Began with what they would do") {
                        #expect(answers[0].sentences.contains { $0.text == found.sentence.text && $0.hypothetical }, "not a hypothetical sentence of the first answer: \(where_)")
                    }
                }
            }
        }
        #expect(checked >= 10, "only \(checked) quotes checked")
    }
}
