import Foundation
import Testing
@testable import Simulator

/// The learned sentence cutter: the features of a place to cut, its training, and how the
/// compiled-in cutter splits transcribed speech.
@Suite struct SentenceCutterTests {
    /// The places of `marked` ("|" marks where a sentence starts), each with its feature names and
    /// whether it is a marked start.
    func places(_ marked: String) -> [(names: Set<String>, cut: Bool)] {
        var text = "", starts: [Int] = []
        for character in marked {
            if character == "|" { starts.append(text.utf8.count) } else { text.append(character) }
        }
        // The text as the corpus joins sentences: a mark stands right before the next word.
        let spaced = text.replacingOccurrences(of: "  ", with: " ")
        #expect(spaced == text, "mark places as 'word |word'")
        return AnswerAnalyzer(model: .empty).cutExamples(text, sentenceStarts: starts).map { (Set($0.features.map(\.1)), $0.cut) }
    }

    static let speech = "so this was at a warehouse where i ran the night shift |the pickers kept missing the two am truck "
        + "|i moved the wave start forty minutes earlier |and after that the truck left full every night"

    @Test func eachPlaceNamesTheWordsAroundItAndItsPunctuation() {
        let all = places(Self.speech)
        #expect(all.filter(\.cut).count == 3)
        let atTruck = all.first { $0.names.contains("cn=i") && $0.names.contains("cp=truck") }
        #expect(atTruck?.cut == true)
        #expect(atTruck?.names.isSuperset(of: ["cut bias", "cpp=am truck", "cnn=i moved", "cn2=moved", "cpn=truck i", "cut mark=none"]) == true, "\(atTruck?.names ?? [])")
        // Speech (no capital, no comma) is named as such; the rule splitter's rank is a feature too.
        #expect(atTruck?.names.contains { $0.hasPrefix("cut since=") && $0.hasSuffix(" speech") } == true)
        let atAnd = all.first { $0.names.contains("cnn=and after") }
        #expect(atAnd?.cut == true)
        #expect(atAnd?.names.contains("cut rank=4 speech") == true, "\(atAnd?.names ?? [])")
        // Numbers are one word to the cutter.
        #expect(places("we had the 40 pickers |on nights that year and they were always short of carts by ten").contains { $0.names.contains("cn=#num") })
    }

    @Test func commasAndCapitalsAreNamed() {
        // Casual typing: lower case, but a comma, so not speech.
        let typed = places("when the audit came back, I split the work between the two of us and took the vendor side myself")
        let afterComma = typed.first { $0.names.contains("cp=back") }
        #expect(afterComma?.names.contains("cut capital after mark") == false, "an I is not a capital that starts a sentence")
        #expect(afterComma?.names.contains("cut mark=comma") == true)
        #expect(typed.allSatisfy { !$0.cut })
        #expect(typed.allSatisfy { names in !names.names.contains { $0.hasSuffix(" speech") } }, "a comma: typed, not speech")
        #expect(places("When the audit came back, I split the work between the two of us and took the vendor side myself").isEmpty,
                "a typed sentence of normal length is left whole")
    }

    @Test func shortRunsHaveNoPlacesAndPiecesKeepTwoWords() {
        #expect(places("i fixed it |and it worked").isEmpty, "a run of 12 words or fewer is one sentence")
        // In a typed run (a capital) of over 40 words only the places the rules rank are read.
        let long = "I " + Array(repeating: "checked the dock schedule", count: 7).joined(separator: ", and I ") + " every single morning"
        let ranked = places(long)
        #expect(!ranked.isEmpty && ranked.allSatisfy { $0.names.contains { $0.hasPrefix("cut rank=") && !$0.hasPrefix("cut rank=0") } })
        let all = places(Self.speech)
        let words = Self.speech.split(separator: " ").count
        #expect(all.count == words - 2 * CutFeatures.minimumPiece + 1 - 3, "no place within two words of a cut or an end")
    }

    @Test func theCutterTrainsTheSameEveryTimeAndReadsBack() throws {
        let corpus = try ReaderCorpus(folder: LearnedReaderTests.repository.appendingPathComponent("corpus"))
        let items = Array(corpus.training.prefix(80))
        let first = ReaderTraining.trainCutter(items, seed: 3), second = ReaderTraining.trainCutter(items, seed: 3)
        #expect(!first.isEmpty)
        var model = StarModel.empty
        model.cuts = first
        let file = model.serialized(comments: [], seed: 3, epochs: 1)
        var again = StarModel.empty
        again.cuts = second
        #expect(again.serialized(comments: [], seed: 3, epochs: 1) == file)
        #expect(file.contains("\ncut\tcut bias\t"))
        let reread = try StarModel(parsing: file)
        #expect(reread.serialized(comments: [], seed: 3, epochs: 1) == file)
        #expect(reread.cuts.weight(FeatureID("cut bias")) == first.weight(FeatureID("cut bias")))
    }

    /// A model with a cutter cuts speech where its places score above zero (and pieces over 20
    /// words by rule), every byte kept; an empty cutter leaves the rule splitter's pieces.
    @Test func aTrainedCutterCutsSpeechWhereItsPlacesScore() throws {
        let corpus = try ReaderCorpus(folder: LearnedReaderTests.repository.appendingPathComponent("corpus"))
        let cuts = ReaderTraining.trainCutter(Array(corpus.training.prefix(300)), seed: 1)
        var model = StarModel.builtIn
        model.cuts = cuts
        let text = Self.speech.replacingOccurrences(of: "|", with: "")
        func pieces(_ analyzer: AnswerAnalyzer) -> [String] {
            analyzer.analyze(text).sentences.map { String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self) }
        }
        let learned = pieces(AnswerAnalyzer(model: model)), rules = pieces(AnswerAnalyzer())
        #expect(learned.joined(separator: " ") == text && rules.joined(separator: " ") == text)
        #expect(learned.allSatisfy { $0.split(separator: " ").count <= LongRunSplitter.speechMaxWords }, "\(learned)")
        // Each cut it made is a place it scores above zero.
        var scored: [String: Float] = [:]
        for example in AnswerAnalyzer(model: .empty).cutExamples(text, sentenceStarts: []) {
            let next = example.features.first { $0.1.hasPrefix("cn=") }!.1.dropFirst(3)
            let previous = example.features.first { $0.1.hasPrefix("cp=") }!.1.dropFirst(3)
            scored["\(previous) \(next)"] = example.features.reduce(0) { $0 + cuts.weight($1.0) }
        }
        for (a, b) in zip(learned, learned.dropFirst()) {
            let key = "\(a.split(separator: " ").last!) \(b.split(separator: " ").first!)"
            #expect((scored[key] ?? 1) > 0 || a.split(separator: " ").count >= LongRunSplitter.speechMaxWords - 1, "\(key) in \(learned)")
        }
    }
}
