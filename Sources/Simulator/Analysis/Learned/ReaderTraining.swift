import Foundation
import InterviewScript

/// Trains the STAR reader on corpus items and measures readers on them: 5-fold cross-validation
/// on the training part, and the frozen test part, with the same figures for the hand-tuned
/// rules beside them.
public enum ReaderTraining {
    /// 2: the evasion tag reads specific content (`content=`) and not the sentence's position.
    /// 3: ownership is counted from subjects of steps taken only ("we had", "if we could" are not
    ///    "we" actions).
    /// 4: the part weights are a regularised CRF's plus a share of the perceptron's (`ReaderTrainer`);
    ///    transcribed speech is cut into clause-sized sentences (`LongRunSplitter`).
    /// 5: trained with the sixth and seventh rounds' writers (w17-w21); the follow-up answered is
    ///    also read with the main verb's class (`AnsweringFeature`); a number after a determiner
    ///    ("the twelve negotiations") is a count of things, not an outcome (`MetricRoleFeature`).
    /// 6: trained with rounds 8-11 (w22-w24, w26, w28, w29); each learner the mean of three
    ///    orders of the answers (`ReaderTrainer.orders`).
    /// 7: a hyphenated verb read by its last part ("I re-slotted", "we double-checked").
    /// 8: each sentence also reads the telling features of the sentences before and after it
    ///    (`SentenceFeaturizer.addContext`: "<goal", ">sv=I:action-past"), for its part and both
    ///    tags; "I had to" is its own verb class (`had-to`), apart from "I had" and "I had done".
    public static let modelVersion = "star-reader-8"

    /// The training set as the reader sees it: the analyzer's own sentences, each labelled with
    /// the gold sentence it overlaps most.
    static func prepare(_ items: [ReaderCorpus.Item], cuts: CutModel) -> (answers: [PerceptronTrainer.Answer], names: [FeatureID: String]) {
        var cutting = StarModel.empty
        cutting.cuts = cuts
        let analyzer = AnswerAnalyzer(model: cutting)
        var names: [FeatureID: String] = [:]
        var answers: [PerceptronTrainer.Answer] = []
        for item in items {
            let segments = analyzer.sentencesForTraining(item.text, answering: item.answering)
            var answer = PerceptronTrainer.Answer(features: [], values: [], gold: [], tags: [])
            for segment in segments {
                guard let gold = bestOverlap(segment.start, segment.end, item.sentences.map { ($0.start, $0.end) }) else { continue }
                let sentence = item.sentences[gold]
                answer.features.append(segment.features)
                answer.values.append(segment.values)
                answer.gold.append(sentence.label.index)
                answer.tags.append([sentence.hypothetical, sentence.evasive])
                for (id, name) in segment.names where names[id] == nil { names[id] = name }
            }
            if !answer.gold.isEmpty { answers.append(answer) }
        }
        // Keep only names that read back to the same id, so the model file means what was trained.
        names = names.filter { FeatureID.parse(Substring($0.value)) == $0.key }
        return (answers, names)
    }

    /// The sentence cutter trained on where the labelled sentences of `items` start.
    static func trainCutter(_ items: [ReaderCorpus.Item], seed: UInt64) -> CutModel {
        let analyzer = AnswerAnalyzer(model: .empty)
        let examples = items.flatMap { analyzer.cutExamples($0.text, sentenceStarts: $0.sentences.map(\.start)) }
        return CutTrainer(seed: seed).train(examples)
    }

    /// 5-fold cross-validation of the sentence cutter alone, for each trainer setting: the
    /// precision, recall and F1 of its cuts at the labelled starts (places in runs it reads).
    public static func cutterCrossValidation(_ items: [ReaderCorpus.Item], seed: UInt64, settings: [(l2: Float, minimumCount: Int, epochs: Int)]) -> String {
        let fold = folds(items, seed: seed)
        let analyzer = AnswerAnalyzer(model: .empty)
        let examples = items.map { analyzer.cutExamples($0.text, sentenceStarts: $0.sentences.map(\.start)) }
        var lines: [String] = []
        for setting in settings {
            var right = 0, wrong = 0, missed = 0
            for f in 0..<5 {
                let trainer = CutTrainer(epochs: setting.epochs, seed: seed, minimumCount: setting.minimumCount, l2: setting.l2)
                let cuts = trainer.train(items.indices.filter { fold[$0] != f }.flatMap { examples[$0] })
                for i in items.indices where fold[i] == f {
                    let s = analyzer.cutScore(items[i].text, sentenceStarts: items[i].sentences.map(\.start), cuts: cuts)
                    right += s.right; wrong += s.wrong; missed += s.missed
                }
            }
            let p = Double(right) / Double(max(1, right + wrong)), r = Double(right) / Double(max(1, right + missed))
            lines.append(String(format: "l2 %g, minimum count %d, %d epochs: precision %.3f recall %.3f F1 %.3f (right %d, wrong %d, missed %d)",
                                Double(setting.l2), setting.minimumCount, setting.epochs, p, r, 2 * p * r / max(1e-9, p + r), right, wrong, missed))
        }
        return lines.joined(separator: "\n")
    }

    /// Each item's fold (0 to 4) for 5-fold cross-validation, by writer: every item of a writer
    /// falls in one fold, so a fold is read by a model that never saw its writers, as the test
    /// part and the real answers of candidates are. The writers, in a seeded shuffle, each go to
    /// the fold with the fewest items so far. With fewer than five writers (a small fixture),
    /// items are shuffled into folds one by one.
    static func folds(_ items: [ReaderCorpus.Item], seed: UInt64) -> [Int] {
        var random = SeededRandom(seed: seed &+ 7)
        let writers = Array(Set(items.map(\.writer))).sorted()
        var fold = [Int](repeating: 0, count: items.count)
        guard writers.count >= 5 else {
            for (position, index) in random.shuffled(Array(items.indices)).enumerated() { fold[index] = position % 5 }
            return fold
        }
        var sizes = [Int](repeating: 0, count: 5), foldOfWriter: [String: Int] = [:]
        let counts = Dictionary(grouping: items, by: \.writer).mapValues(\.count)
        for writer in random.shuffled(writers) {
            let smallest = sizes.indices.min { sizes[$0] < sizes[$1] } ?? 0
            foldOfWriter[writer] = smallest
            sizes[smallest] += counts[writer] ?? 0
        }
        for (index, item) in items.enumerated() { fold[index] = foldOfWriter[item.writer] ?? 0 }
        return fold
    }

    /// Whether the reader's sentence `start..<end` is the gold one (within 4 bytes at both ends
    /// together); otherwise it was split elsewhere, mostly in unpunctuated speech.
    static func isAligned(_ start: Int, _ end: Int, with gold: (start: Int, end: Int)) -> Bool {
        abs(start - gold.start) + abs(end - gold.end) <= 4
    }

    /// The index of the range in `ranges` that overlaps `start..<end` most.
    static func bestOverlap(_ start: Int, _ end: Int, _ ranges: [(Int, Int)]) -> Int? {
        var best: Int? = nil, bestOverlap = 0
        for (index, range) in ranges.enumerated() {
            let overlap = min(end, range.1) - max(start, range.0)
            if overlap > bestOverlap { best = index; bestOverlap = overlap }
        }
        return best
    }

    /// A model trained on `items`, with the answer-flag thresholds chosen on 5-fold
    /// out-of-fold predictions within those same items.
    /// With `learnedCuts`, the model also learns where to cut speech into sentences (`CutModel`;
    /// an experiment, not yet in the committed model: see docs/analyzer.md).
    public static func train(_ items: [ReaderCorpus.Item], corpusHash: String, seed: UInt64 = 1, epochs: Int = 20, learnedCuts: Bool = false) -> StarModel {
        let cuts = learnedCuts ? trainCutter(items, seed: seed) : .empty
        let (answers, names) = prepare(items, cuts: cuts)
        var model = ReaderTrainer(epochs: epochs, seed: seed).train(answers, names: names, version: modelVersion, corpusHash: corpusHash)
        model.cuts = cuts
        let outOfFold = crossValidatedReadings(items, seed: seed, epochs: epochs, learnedCuts: learnedCuts)
        model.thresholds = ["hypothetical": bestThreshold(outOfFold.map { ($0.hypotheticalShare, $0.item.hypothetical) }),
                            "evasive": bestThreshold(outOfFold.map { ($0.evasiveShare, $0.item.evasive) }),
                            // More than half the steps told with "we": what "mostly we" means to the
                            // interviewer and the coaches' plans; the corpus's best share (0.7) would
                            // let three "we" steps out of five pass as owned.
                            "we-heavy": 0.5]
        return model
    }

    /// One item read by a reader, for the figures.
    struct Reading {
        var item: ReaderCorpus.Item
        var analysis: AnswerAnalysis
        var hypotheticalShare: Float
        var evasiveShare: Float
    }

    static func read(_ item: ReaderCorpus.Item, with analyzer: AnswerAnalyzer) -> Reading {
        let analysis = analyzer.analyze(item.text, answering: item.answering)
        let story = analysis.sentences.filter { $0.part != .none || $0.hypothetical || $0.evasive }.count
        let hypothetical = analysis.sentences.filter(\.hypothetical).count, evasive = analysis.sentences.filter(\.evasive).count
        return Reading(item: item, analysis: analysis, hypotheticalShare: story == 0 ? 0 : Float(hypothetical) / Float(story),
                       evasiveShare: story == 0 ? 0 : Float(evasive) / Float(story))
    }

    /// Every item read by a model that never saw it, nor any item of its writer (5 folds by writer, `folds`).
    static func crossValidatedReadings(_ items: [ReaderCorpus.Item], seed: UInt64, epochs: Int, thresholds: [String: Float]? = nil, learnedCuts: Bool = false) -> [Reading] {
        let fold = folds(items, seed: seed)
        var readings: [Reading] = []
        for f in 0..<5 {
            let trainItems = items.indices.filter { fold[$0] != f }.map { items[$0] }
            let cuts = learnedCuts ? trainCutter(trainItems, seed: seed) : .empty
            let (answers, names) = prepare(trainItems, cuts: cuts)
            var model = ReaderTrainer(epochs: epochs, seed: seed).train(answers, names: names, version: modelVersion, corpusHash: "")
            model.cuts = cuts
            if let thresholds { model.thresholds = thresholds }
            let analyzer = AnswerAnalyzer(model: model)
            readings += items.indices.filter { fold[$0] == f }.map { read(items[$0], with: analyzer) }
        }
        return readings
    }

    /// The share threshold with the best F1 (the lowest of equals).
    static func bestThreshold(_ pairs: [(Float, Bool)]) -> Float {
        var best: Float = 0.5, bestF1 = -1.0
        for step in 1...19 {
            let threshold = Float(step) / 20
            var score = BinaryScore()
            for (share, truth) in pairs { score.record(expected: truth, predicted: share >= threshold) }
            if (score.f1 ?? 0) > bestF1 + 1e-9 { best = threshold; bestF1 = score.f1 ?? 0 }
        }
        return best
    }

    /// The figures the issue asks for, for one set of readings.
    public struct Figures: Sendable {
        public var items = 0
        public var sentences = 0
        public var correctSentences = 0
        public var missing: [StarPart: BinaryScore] = [:]
        public var hypothetical = BinaryScore(), weHeavy = BinaryScore(), quantifiedResult = BinaryScore(), evasion = BinaryScore()
        /// Sentences by gold label and the label read ("action+result"), for the confusion table.
        public var confusion: [String: [String: Int]] = [:]
        /// Gold sentences the reader split elsewhere (its sentence is not the gold one), and how many of those it got right.
        public var misaligned = 0, misalignedCorrect = 0

        public var sentenceAccuracy: Double { sentences == 0 ? 0 : Double(correctSentences) / Double(sentences) }
    }

    static func figures(_ readings: [Reading]) -> Figures {
        var figures = Figures()
        for reading in readings {
            let item = reading.item, analysis = reading.analysis
            figures.items += 1
            for gold in item.sentences {
                figures.sentences += 1
                guard let index = bestOverlap(gold.start, gold.end, analysis.sentences.map { ($0.start, $0.end) }) else { continue }
                let predicted = analysis.sentences[index]
                let parts = Set([predicted.part] + (predicted.alsoTells.map { [$0] } ?? []))
                let correct = parts == Set(gold.label.parts)
                if correct { figures.correctSentences += 1 }
                let read = predicted.part.rawValue + (predicted.alsoTells.map { "+" + $0.rawValue } ?? "")
                figures.confusion[gold.label.description, default: [:]][read, default: 0] += 1
                if !isAligned(predicted.start, predicted.end, with: (gold.start, gold.end)) {
                    figures.misaligned += 1
                    if correct { figures.misalignedCorrect += 1 }
                }
            }
            let goldParts = item.parts
            for part in StarPart.allCases {
                figures.missing[part, default: BinaryScore()].record(expected: !goldParts.contains(part), predicted: analysis.missing.contains(part))
            }
            figures.hypothetical.record(expected: item.hypothetical, predicted: analysis.hypothetical)
            figures.weHeavy.record(expected: item.weHeavy, predicted: analysis.ownership.weHeavy)
            figures.quantifiedResult.record(expected: item.quantifiedResult, predicted: analysis.quantifiedResult)
            figures.evasion.record(expected: item.evasive, predicted: analysis.evasive)
        }
        return figures
    }

    /// The evaluation `mockloop analyze --evaluate CORPUS` prints: cross-validation on the
    /// training part, then the frozen test part for the built-in model and for the old rules.
    public static func evaluationTable(_ corpus: ReaderCorpus, model: StarModel = .builtIn, seed: UInt64 = 1, epochs: Int = 20) -> String {
        let cv = figures(crossValidatedReadings(corpus.training, seed: seed, epochs: epochs, thresholds: model.thresholds, learnedCuts: !model.cuts.isEmpty))
        let learnedAnalyzer = AnswerAnalyzer(model: model), rules = AnswerAnalyzer(reader: .rules)
        let test = figures(corpus.test.map { read($0, with: learnedAnalyzer) })
        let old = figures(corpus.test.map { read($0, with: rules) })
        return render([("5-fold CV (train)", cv), ("test: learned", test), ("test: old rules", old)], corpus: corpus, model: model)
    }

    /// Cross-validation on the training part only, for tuning. With `scoring`, every training
    /// writer is trained on but only those writers' items are scored: to see whether adding
    /// writers helps on the items the figures were measured on before.
    public static func crossValidationTable(_ corpus: ReaderCorpus, model: StarModel, seed: UInt64 = 1, epochs: Int = 20,
                                            scoring: Set<String>? = nil) -> String {
        let readings = crossValidatedReadings(corpus.training, seed: seed, epochs: epochs, thresholds: model.thresholds, learnedCuts: !model.cuts.isEmpty)
        let cv = figures(readings.filter { scoring?.contains($0.item.writer) ?? true })
        return render([(scoring == nil ? "5-fold CV (train)" : "5-fold CV (scored)", cv)], corpus: corpus, model: model)
            + "\n" + confusionText(cv)
    }

    /// The training items the cross-validated reader gets wrong at the answer level (a missing
    /// part, a flag), each with its gold and read sentences: for tuning features on the training
    /// part, never on the test part.
    public static func crossValidationMisses(_ corpus: ReaderCorpus, model: StarModel, seed: UInt64 = 1, epochs: Int = 20) -> String {
        var out: [String] = []
        for reading in crossValidatedReadings(corpus.training, seed: seed, epochs: epochs, thresholds: model.thresholds, learnedCuts: !model.cuts.isEmpty) {
            let item = reading.item, analysis = reading.analysis
            var wrong: [String] = []
            for part in StarPart.allCases where item.parts.contains(part) == analysis.missing.contains(part) {
                wrong.append("\(part.rawValue) " + (item.parts.contains(part) ? "read as missing" : "read as told"))
            }
            if item.hypothetical != analysis.hypothetical { wrong.append("hypothetical \(item.hypothetical)→\(analysis.hypothetical)") }
            if item.weHeavy != analysis.ownership.weHeavy { wrong.append("we-heavy \(item.weHeavy)→\(analysis.ownership.weHeavy)") }
            if item.quantifiedResult != analysis.quantifiedResult { wrong.append("quantified \(item.quantifiedResult)→\(analysis.quantifiedResult)") }
            if item.evasive != analysis.evasive { wrong.append("evasive \(item.evasive)→\(analysis.evasive)") }
            guard !wrong.isEmpty else { continue }
            out.append("== \(item.id)\(item.answering.map { " (answering \($0.rawValue))" } ?? ""): " + wrong.joined(separator: "; "))
            for gold in item.sentences {
                let index = bestOverlap(gold.start, gold.end, analysis.sentences.map { ($0.start, $0.end) })
                let read = index.map { analysis.sentences[$0] }
                let readLabel = read.map { $0.part.rawValue + ($0.alsoTells.map { "+" + $0.rawValue } ?? "") + ($0.hypothetical ? " hyp" : "") + ($0.evasive ? " eva" : "") } ?? "?"
                let goldLabel = gold.label.description + (gold.hypothetical ? " hyp" : "") + (gold.evasive ? " eva" : "")
                let text = String(decoding: Array(item.text.utf8)[gold.start..<gold.end], as: UTF8.self)
                // "~": the reader's sentence is not the gold one (split elsewhere: mostly unpunctuated speech).
                let aligned = read.map { isAligned($0.start, $0.end, with: (gold.start, gold.end)) } ?? false
                out.append("  \(goldLabel == readLabel ? " " : "*")\(aligned ? " " : "~") gold \(goldLabel) | read \(readLabel) | \(text)")
                if !aligned, let read {
                    out.append("      read as: " + String(decoding: Array(item.text.utf8)[read.start..<read.end], as: UTF8.self))
                }
            }
        }
        return out.joined(separator: "\n")
    }

    /// How `model` reads each answer of `texts`: each sentence's label and tags, then the parts
    /// missing and the flags; for trying a freshly trained model on chosen answers
    /// (`analyzer-train --read FILE`). An answer starting with a follow-up kind in brackets
    /// ("[result] I never heard how it ended.") is read as the reply to that follow-up.
    /// With `explain`, each sentence is followed by its features' weights: toward the part it
    /// was given and toward the two tags, the largest first (for a developer asking "why").
    public static func readings(of texts: [String], model: StarModel, explain: Bool = false) -> String {
        let analyzer = AnswerAnalyzer(model: model)
        return texts.map { answer in
            var text = Substring(answer), answering: ProbeKind? = nil
            if text.hasPrefix("["), let close = text.firstIndex(of: "]"), let kind = ProbeKind(rawValue: String(text[text.index(after: text.startIndex)..<close])) {
                answering = kind
                text = text[text.index(after: close)...].drop { $0 == " " }
            }
            let analysis = analyzer.analyze(String(text), answering: answering)
            let features = explain ? analyzer.sentencesForTraining(String(text), answering: answering) : []
            var lines = analysis.sentences.map { sentence in
                let label = sentence.part.rawValue + (sentence.alsoTells.map { "+" + $0.rawValue } ?? "") + (sentence.hypothetical ? " hyp" : "") + (sentence.evasive ? " eva" : "")
                var line = "  " + label.padding(toLength: 22, withPad: " ", startingAt: 0) + sentence.text
                if sentence.index < features.count {
                    // `alsoTells` may be a part found inside the sentence rather than the model's
                    // two-part label: then the label is the single part.
                    let chosen = PartLabel.all.firstIndex { $0.part == sentence.part && $0.second == sentence.alsoTells }
                        ?? PartLabel.all.firstIndex { $0.part == sentence.part && $0.second == nil } ?? 0
                    line += "\n" + explanation(features[sentence.index], model: model, label: chosen)
                }
                return line
            }
            let flags = [analysis.hypothetical ? "hypothetical" : nil, analysis.ownership.weHeavy ? "we-heavy" : nil,
                         analysis.quantifiedResult ? "quantified" : nil, analysis.evasive ? "evasive" : nil].compactMap { $0 }
            lines.append("  missing: [" + analysis.missing.map(\.rawValue).joined(separator: ", ") + "]; flags: [" + flags.joined(separator: ", ") + "]")
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// One sentence's features with their weights toward `label` and the tags, largest first.
    private static func explanation(_ sentence: (start: Int, end: Int, features: [FeatureID], values: [Float], names: [(FeatureID, String)]),
                                    model: StarModel, label: Int) -> String {
        let names = Dictionary(sentence.names.map { ($0.0.raw, $0.1) }, uniquingKeysWith: { first, _ in first })
        func top(_ column: Int) -> String {
            var weighed: [(String, Float)] = []
            for (id, value) in zip(sentence.features, sentence.values) {
                guard let row = model.row(id) else { continue }
                let weight = model.weights[row + column] * value
                if weight != 0 { weighed.append((names[id.raw] ?? "?", weight)) }
            }
            let total = weighed.reduce(0) { $0 + $1.1 }
            weighed.sort { abs($0.1) > abs($1.1) }
            return String(format: "%+.2f: ", total) + weighed.prefix(8).map { "\($0.0) \(String(format: "%+.2f", $0.1))" }.joined(separator: ", ")
        }
        return ["      part " + top(label),
                "      hypothetical " + top(StarModel.labels + StarModel.Tag.hypothetical.rawValue),
                "      evasive " + top(StarModel.labels + StarModel.Tag.evasive.rawValue)].joined(separator: "\n")
    }

    static func render(_ columns: [(String, Figures)], corpus: ReaderCorpus, model: StarModel) -> String {
        var lines = ["STAR reader evaluation · model \(model.version) (corpus \(model.corpusHash.isEmpty ? "?" : model.corpusHash)) · training writers \(corpus.trainWriters.joined(separator: ", ")); test writers \(corpus.testWriters.joined(separator: ", "))"]
        func row(_ name: String, _ values: [String]) -> String {
            name.padding(toLength: 30, withPad: " ", startingAt: 0) + values.map { $0.padding(toLength: 20, withPad: " ", startingAt: 0) }.joined()
        }
        lines.append(row("measure", columns.map(\.0)))
        lines.append(row("items / sentences", columns.map { "\($0.1.items) / \($0.1.sentences)" }))
        lines.append(row("sentence part accuracy", columns.map { String(format: "%.3f", $0.1.sentenceAccuracy) }))
        for part in StarPart.allCases {
            lines.append(row("missing \(part.rawValue) F1", columns.map { String(format: "%.3f", $0.1.missing[part]?.f1 ?? 0) }))
        }
        lines.append(row("hypothetical F1", columns.map { String(format: "%.3f", $0.1.hypothetical.f1 ?? 0) }))
        lines.append(row("we-heavy F1", columns.map { String(format: "%.3f", $0.1.weHeavy.f1 ?? 0) }))
        lines.append(row("quantified result F1", columns.map { String(format: "%.3f", $0.1.quantifiedResult.f1 ?? 0) }))
        lines.append(row("evasion F1", columns.map { String(format: "%.3f", $0.1.evasion.f1 ?? 0) }))
        return lines.joined(separator: "\n")
    }
}

extension ReaderTraining {
    /// Gold label by read label, for tuning: where the sentence errors are, and how many come
    /// from sentences the reader split elsewhere than the gold text (mostly unpunctuated speech).
    static func confusionText(_ figures: Figures) -> String {
        let golds = figures.confusion.keys.sorted()
        let reads = Set(figures.confusion.values.flatMap(\.keys)).sorted()
        func cell(_ text: String, _ width: Int = 9) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
        var lines = ["gold \\ read        " + reads.map { cell(String($0.prefix(8))) }.joined()]
        for gold in golds {
            lines.append(cell(gold, 20) + reads.map { cell(String(figures.confusion[gold]?[$0] ?? 0)) }.joined())
        }
        let aligned = figures.sentences - figures.misaligned, alignedCorrect = figures.correctSentences - figures.misalignedCorrect
        lines.append(String(format: "split as in the gold: %d sentences, accuracy %.3f; split elsewhere: %d, accuracy %.3f",
                            aligned, aligned == 0 ? 0 : Double(alignedCorrect) / Double(aligned),
                            figures.misaligned, figures.misaligned == 0 ? 0 : Double(figures.misalignedCorrect) / Double(figures.misaligned)))
        return lines.joined(separator: "\n")
    }

    /// The model's thresholds, "name value" by name.
    public static func thresholdsText(_ model: StarModel) -> String {
        model.thresholds.keys.sorted().map { "\($0) \(String(format: "%.3f", model.thresholds[$0]!))" }.joined(separator: ", ")
    }

    /// The text of the model file for `model`.
    public static func modelFile(_ model: StarModel, comments: [String], seed: UInt64, epochs: Int) -> String {
        model.serialized(comments: comments, seed: seed, epochs: epochs)
    }
}
