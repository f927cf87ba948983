import InterviewScript

/// Analyses one typed interview answer: which STAR parts it tells and how well, and the
/// signals an Amazon bar raiser listens for, each with the words that caused it.
///
/// Deterministic and self-contained: feature detectors, word lists and a learned model compiled
/// into the binary (`StarModel`); no I/O, no clock.
/// Work is linear in the text (one tokenizing pass, sentence by sentence), so a huge paste is
/// slow only in proportion to its size. See docs/analyzer.md for the rules and weights.
public struct AnswerAnalyzer: Sendable {
    public let lexicon: SignalLexicon
    /// The learned weights that decide each sentence's part and tags. The compiled-in model is
    /// read at the first analysis, not when the analyzer is made, so start-up does not wait for it.
    public var model: StarModel { chosenModel ?? StarModel.builtIn }
    private let chosenModel: StarModel?

    /// Which reader decides the parts: the learned model, or the hand-tuned rules it replaced
    /// (kept only so the evaluation can show both on the same test part).
    public enum Reader: Sendable { case learned, rules }
    public let reader: Reader

    /// `model: nil` is the compiled-in model.
    public init(lexicon: SignalLexicon = .builtIn, model: StarModel? = nil, reader: Reader = .learned) {
        self.lexicon = lexicon
        self.chosenModel = model
        self.reader = reader
    }

    /// Analyses `text`.
    /// - Parameters:
    ///   - principles: the Leadership Principles the question assesses; their signal phrases
    ///     (from the lexicon) are reported in `principleSignals`.
    ///   - signalPhrases: extra phrases per principle, e.g. from a loop script; their principles
    ///     are reported too.
    ///   - answering: when the text answers a follow-up of this kind (e.g. `.result`), sentences
    ///     lean toward the part it asked for.
    public func analyze(_ text: String, principles: [LeadershipPrinciple] = [],
                        signalPhrases: [LeadershipPrinciple: [String]] = [:], answering: ProbeKind? = nil) -> AnswerAnalysis {
        var mask: UInt32 = 0
        for p in principles { mask |= 1 << UInt32(SignalLexicon.tag(of: p)) }
        for (p, list) in signalPhrases where !list.isEmpty { mask |= 1 << UInt32(SignalLexicon.tag(of: p)) }
        let extra = signalPhrases.isEmpty ? nil : SignalLexicon.compile(signalPhrases)
        var text = text
        return text.withUTF8 { buffer in
            let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: Tokenizer.scratchCapacity)
            defer { scratch.deallocate() }
            var empty: UInt8 = 0
            return withUnsafeMutablePointer(to: &empty) { emptyPointer in
                let base = buffer.baseAddress.map { UnsafePointer($0) } ?? UnsafePointer(emptyPointer)
                return run(base: base, count: buffer.count, scratch: scratch, mask: mask, extra: extra, answering: answering)
            }
        }
    }

    /// One pass over the answer: the rule readings (evidence spans, metrics, signals) and the
    /// learned model's features of every sentence.
    private func scan(base: UnsafePointer<UInt8>, count: Int, scratch: UnsafeMutablePointer<UInt8>, mask: UInt32,
                      extra: PhraseTrie?, answering: ProbeKind?, naming: Bool = false) -> (readings: [SentenceReading], store: ReadingStore, learned: [SentenceFeaturizer.Result]) {
        let tokenizer = Tokenizer(base: base, count: count, words: lexicon.words, scratch: scratch, stemUnknownWords: extra != nil)
        var scanner = SentenceScanner(tokenizer: tokenizer)
        let reader = SentenceReader(base: base, lexicon: lexicon, extraPrinciples: extra, principleMask: mask)
        var featurizer = SentenceFeaturizer()
        var store = ReadingStore()
        var tokens: [Token] = []
        tokens.reserveCapacity(256)
        var ranges: [Range<Int>] = []
        var readings: [SentenceReading] = []
        var learned: [SentenceFeaturizer.Result] = []
        var bullet = false
        // The old rules cut long runs by rule alone, as they did before the learned cutter.
        let cuts = self.reader == .rules ? CutModel.empty : model.cuts
        var words: [Int] = []
        while scanner.next(into: &tokens, bullet: &bullet) {
            ranges.removeAll(keepingCapacity: true)
            tokens.withUnsafeBufferPointer { tb in
                LongRunSplitter.split(tb, base: base, cuts: cuts, words: &words, into: &ranges)
                for (j, range) in ranges.enumerated() where range.contains(where: { tb[$0].kind != .punct }) {
                    readings.append(reader.read(tb, range, bullet: bullet && j == 0, into: &store))
                    if self.reader == .learned || naming { learned.append(featurizer.features(tb, range, base: base, bullet: bullet && j == 0, answering: answering?.rawValue, naming: naming)) }
                }
            }
        }
        featurizer.addContext(&learned, naming: naming)
        return (readings, store, learned)
    }

    private func run(base: UnsafePointer<UInt8>, count: Int, scratch: UnsafeMutablePointer<UInt8>, mask: UInt32,
                     extra: PhraseTrie?, answering: ProbeKind?) -> AnswerAnalysis {
        var (readings, store, learned) = scan(base: base, count: count, scratch: scratch, mask: mask, extra: extra, answering: answering)
        if reader == .rules {
            var decisions = PartClassifier(answering: answering.flatMap(SentencePart.init(answering:))).classify(readings, store: &store)
            let framing: (Int) -> String = { index in
                let span = readings[index].hypotheticalSpan
                return String(decoding: UnsafeBufferPointer(start: base + span.start, count: max(0, span.end - span.start)), as: UTF8.self)
            }
            if HypotheticalRule.isHypothetical(readings, framing: framing) { PartClassifier.reframeHypothetical(readings, &decisions, store: store) }
            var analysis = AnalysisAssembler(base: base, lexicon: lexicon, extraPrinciples: extra, modelVersion: "rules").assemble(readings, decisions, store, learned: nil)
            analysis.followUps = FollowUpPlanner.plan(for: analysis, answering: answering)
            return analysis
        }
        let reading = LearnedReading(learned, model: model)
        var decisions: [PartClassifier.Decision] = []
        decisions.reserveCapacity(readings.count)
        for (i, sentence) in reading.sentences.enumerated() {
            let first = store.cues.count
            for reason in sentence.reasons {
                store.cues.append(Cue(part: sentence.label.part, weight: 1, label: .learned, start: reason.start, end: reason.end,
                                      learned: reason.family, name: reason.featureName))
            }
            readings[i].cues = 0..<0
            readings[i].hypothetical = sentence.hypothetical
            decisions.append(PartClassifier.Decision(part: sentence.label.part, context: first..<store.cues.count,
                                                     hypotheticalFrame: reading.hypothetical))
        }
        var analysis = AnalysisAssembler(base: base, lexicon: lexicon, extraPrinciples: extra, modelVersion: model.version).assemble(readings, decisions, store, learned: reading)
        analysis.followUps = FollowUpPlanner.plan(for: analysis, answering: answering)
        return analysis
    }

    /// The sentences as the learned model sees them, for training and evaluation: each one's byte
    /// range, feature ids (position included) and the names of its features.
    func sentencesForTraining(_ text: String, answering: ProbeKind?) -> [(start: Int, end: Int, features: [FeatureID], values: [Float], names: [(FeatureID, String)])] {
        var text = text
        return text.withUTF8 { buffer in
            let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: Tokenizer.scratchCapacity)
            defer { scratch.deallocate() }
            guard let base = buffer.baseAddress, buffer.count > 0 else { return [] }
            let (readings, _, learned) = scan(base: base, count: buffer.count, scratch: scratch, mask: 0, extra: nil, answering: answering, naming: true)
            let ids = LearnedReading.featureIDs(learned), values = LearnedReading.featureValues(learned)
            return learned.indices.map { i in
                var names: [(FeatureID, String)] = []
                for feature in learned[i].features + [SentenceFeaturizer.position(index: i, of: learned.count)] {
                    if let name = feature.name { names.append((feature.id, name)) }
                }
                return (readings[i].start, readings[i].end, ids[i], values[i], names)
            }
        }
    }
}
