import Testing
@testable import Simulator

@Suite struct AnalyzerSegmentationTests {
    let analyzer = AnswerAnalyzer()

    func texts(_ answer: String) -> [String] { analyzer.analyze(answer).sentences.map(\.text) }

    @Test func bulletAndNumberedLinesAreSentencesWithoutTheirMarkers() {
        let answer = """
            Our export kept failing.
            - Read the failure logs
            * Found the race with the vacuum job
            • Moved the vacuum window
            1. Added a retry
            2) Wrote a runbook
            """
        #expect(texts(answer) == ["Our export kept failing.", "Read the failure logs", "Found the race with the vacuum job",
                                  "Moved the vacuum window", "Added a retry", "Wrote a runbook"])
    }

    /// Transcribed speech (lower case, no commas) is cut where one unit of the story ends: before
    /// "and then", "so", and an "I" that starts a new clause after a content word.
    @Test func transcribedSpeechIsCutIntoClauseSizedSentences() {
        let speech = "so this was at a phone and internet provider where i led the billing line with like fourteen agents "
            + "and the same customers kept calling back two three times i listened to forty recorded calls over a weekend "
            + "and then i wrote a one page explainer for the agents so repeat calls went from about twenty two percent to like nine"
        let pieces = texts(speech)
        #expect(pieces.count >= 4, "\(pieces)")
        #expect(pieces.allSatisfy { $0.split(separator: " ").count <= LongRunSplitter.speechMaxWords }, "\(pieces)")
        #expect(pieces.contains { $0.hasPrefix("i listened to forty recorded calls") }, "\(pieces)")
        #expect(pieces.contains { $0.hasPrefix("and then i wrote") }, "\(pieces)")
    }

    /// A speech run with no good place to cut is not cut so that a scrap of a few words is left
    /// ("... within | a month" read "a month" as a result of its own).
    @Test func speechIsNotCutIntoAScrap() {
        let speech = "so i rewrote the call script and repeat calls went from about twenty two percent to like nine percent within a month"
        let pieces = texts(speech)
        #expect(pieces.allSatisfy { $0.split(separator: " ").count >= LongRunSplitter.minPiece }, "\(pieces)")
        #expect(pieces.joined(separator: " ") == speech)
    }

    /// A typed sentence of the same length (a capital, commas) is left whole.
    @Test func typedSentencesAreNotCutLikeSpeech() {
        let typed = "I listened to forty recorded calls over a weekend, and the confusion was almost always about the same line on the bill, the equipment fee."
        #expect(texts(typed) == [typed])
    }

    @Test func abbreviationsDoNotEndSentences() {
        let answer = "Mr. Patel, our VP, asked me to fix it, e.g. the pickup windows vs. the picking times, i.e. approx. 30% of orders. Dr. Lee agreed. It worked."
        #expect(texts(answer) == [
            "Mr. Patel, our VP, asked me to fix it, e.g. the pickup windows vs. the picking times, i.e. approx. 30% of orders.",
            "Dr. Lee agreed.", "It worked.",
        ])
    }

    @Test func etcEndsASentenceOnlyBeforeACapital() {
        #expect(texts("We checked logs, traces, etc., and found it. Then I fixed it.").count == 2)
        #expect(texts("We checked logs, traces etc. Then I fixed it.").count == 2)
        #expect(texts("We checked logs, traces etc. and found nothing.").count == 1)
    }

    @Test func decimalsAndMoneyStayInOneSentence() {
        let sentences = texts("Churn fell by 3.5% and we saved $1.2M. Ratings rose to 4.8 stars.")
        #expect(sentences == ["Churn fell by 3.5% and we saved $1.2M.", "Ratings rose to 4.8 stars."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        let sentences = texts("My manager said, \"We can't miss this date.\" So I cut the scope. \u{201C}Fine,\u{201D} she said.")
        #expect(sentences == ["My manager said, \"We can't miss this date.\"", "So I cut the scope.", "\u{201C}Fine,\u{201D} she said."])
    }

    @Test func aQuotedQuestionFollowedByLowercaseContinues() {
        #expect(texts("\"Why?\" she asked, and I explained the plan.").count == 1)
    }

    @Test func aBlankLineAlwaysEndsASentence() {
        let sentences = texts("The first paragraph has no full stop\n\nthe second one starts in lower case")
        #expect(sentences == ["The first paragraph has no full stop", "the second one starts in lower case"])
    }

    @Test func hardWrappedLinesJoinUp() {
        let sentences = texts("I rewrote the parser and\nthe tests over a weekend. Then I shipped it.")
        #expect(sentences.count == 2)
        #expect(sentences[0].hasPrefix("I rewrote the parser and"))
    }

    @Test func labelLinesStartNewSentences() {
        let answer = "Situation: the export kept failing\nTask: I had to fix it\nAction: I moved the job\nResult: zero failures since"
        let analysis = analyzer.analyze(answer)
        #expect(analysis.sentences.map(\.part) == [.situation, .task, .action, .result])
    }

    @Test func aLongUnpunctuatedRunIsSplitAtClauseBoundaries() {
        let answer = "so basically we had this legacy billing system that nobody wanted to touch and it was costing us a lot "
            + "in support tickets every month and my manager asked me to look into it so I started by reading the code and "
            + "talking to the support team and then I found that most tickets came from one rounding bug in the invoice "
            + "module so I wrote a fix and a set of regression tests and after that we shipped it and the tickets dropped "
            + "by about 70 percent within two months"
        let sentences = texts(answer)
        #expect(sentences.count >= 4)
        #expect(sentences.allSatisfy { $0.split(separator: " ").count <= 40 })
        #expect(sentences.contains { $0.hasPrefix("so I started by reading") })
        #expect(sentences.contains { $0.hasPrefix("and then I found") })
        #expect(sentences.joined(separator: " ") == answer)
    }

    @Test func aRunWithNoSplitPointIsStillCut() {
        let answer = Array(repeating: "word", count: 130).joined(separator: " ")
        let analysis = analyzer.analyze(answer)
        #expect(analysis.sentences.count >= 3)
        #expect(analysis.words == 130)
    }

    @Test func sentenceOffsetsPointAtTheirText() {
        let answer = "Ça a marché. Last year I led the “Atlas” migration — it took 3 months."
        let analysis = analyzer.analyze(answer)
        let bytes = Array(answer.utf8)
        for sentence in analysis.sentences {
            #expect(String(decoding: bytes[sentence.start..<sentence.end], as: UTF8.self) == sentence.text)
        }
    }
}
