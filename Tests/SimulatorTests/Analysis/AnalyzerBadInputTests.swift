import Testing
@testable import Simulator

@Suite struct AnalyzerBadInputTests {
    let analyzer = AnswerAnalyzer()

    @Test func emptyAndWhitespaceOnlyAnswersGiveAnEmptyAnalysis() {
        for text in ["", "   ", "\n\n\t \n", "\u{00A0}\u{2003}"] {
            let a = analyzer.analyze(text)
            #expect(a.words == 0)
            #expect(a.sentences.isEmpty)
            #expect(a.missing.count == 4)
            #expect(a.lengthVerdicts.tooShort)
            #expect(AnswerTextDecoder.isBlank(text))
        }
    }

    @Test func oneWordIsOneSentence() {
        let a = analyzer.analyze("Leadership")
        #expect(a.words == 1)
        #expect(a.sentences.count == 1)
        #expect(!AnswerTextDecoder.isBlank("Leadership"))
    }

    @Test func punctuationOnlyHasNoSentences() {
        #expect(analyzer.analyze("... --- !!! ???").sentences.isEmpty)
    }

    @Test func invalidUTF8IsRefusedWithItsOffset() {
        #expect(throws: AnswerTextDecoder.Failure.invalidUTF8(offset: 3)) { try AnswerTextDecoder.decode([0x61, 0x62, 0x63, 0xFF, 0x64]) }
        #expect(throws: AnswerTextDecoder.Failure.invalidUTF8(offset: 1)) { try AnswerTextDecoder.decode([0x61, 0xC0, 0x80]) }  // overlong
        #expect(throws: AnswerTextDecoder.Failure.invalidUTF8(offset: 0)) { try AnswerTextDecoder.decode([0xED, 0xA0, 0x80]) }  // surrogate
        #expect(throws: AnswerTextDecoder.Failure.invalidUTF8(offset: 2)) { try AnswerTextDecoder.decode([0x61, 0x62, 0xE2, 0x82]) }  // cut short
        #expect(AnswerTextDecoder.Failure.invalidUTF8(offset: 3).description.contains("offset 3"))
    }

    @Test func binaryBytesAreRefused() {
        #expect(throws: AnswerTextDecoder.Failure.binary(offset: 2)) { try AnswerTextDecoder.decode([0x61, 0x62, 0x00, 0x63]) }
    }

    @Test func validTextDecodesAndDropsAByteOrderMark() throws {
        #expect(try AnswerTextDecoder.decode(Array("\u{FEFF}Ça marche — 3.5%".utf8)) == "Ça marche — 3.5%")
    }

    @Test func controlCharactersAndOddUnicodeDoNotBreakAnalysis() {
        let text = "I fixed\u{0007} the \u{1F600} bug\r\nin 3\u{00A0}days.\u{2028}Then \u{0301}shipped it\u{200B}."
        let a = analyzer.analyze(text)
        #expect(a.words > 5)
        let bytes = Array(text.utf8)
        for s in a.sentences { #expect(String(decoding: bytes[s.start..<s.end], as: UTF8.self) == s.text) }
    }

    @Test func aHundredThousandCharacterSentenceIsSplitAndAnalysed() {
        let run = String(String(repeating: "and then I looked at the numbers again ", count: 2_600).prefix(100_000))
        let a = analyzer.analyze(run)
        #expect(a.sentences.count > 100)
        #expect(a.sentences.allSatisfy { $0.words <= LongRunSplitter.maxWords })
        let oneToken = String(repeating: "x", count: 100_000)
        #expect(analyzer.analyze(oneToken).sentences.count == 1)
        let punctuation = String(repeating: "-", count: 100_000)
        #expect(analyzer.analyze(punctuation).sentences.isEmpty)
    }

    @Test func aHugePasteIsAnalysedInOnePass() {
        // A few megabytes in a debug test build; the benchmark runs 20 MB and more in release.
        var text = ""
        while text.utf8.count < 3 << 20 { text += SampleAnswers.complete + "\n\n" + SampleAnswers.weHeavy + "\n\n" }
        let a = analyzer.analyze(text)
        #expect(a.words > 400_000)
        #expect(a.sentences.count > 20_000)
        #expect(a.lengthVerdicts.rambling)
    }

    @Test func theCommandLineLimitIsOneMegabyte() {
        #expect(AnswerTextDecoder.maximumBytes == 1 << 20)
    }
}
