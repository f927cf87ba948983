import InterviewScript

/// Analyses one typed interview answer: which STAR parts it tells and how well, and the
/// signals an Amazon bar raiser listens for, each with the words that caused it.
///
/// Deterministic and self-contained: rules and word lists only, no I/O, no clock, no model.
/// Work is linear in the text (one tokenizing pass, sentence by sentence), so a huge paste is
/// slow only in proportion to its size. See docs/analyzer.md for the rules and weights.
public struct AnswerAnalyzer: Sendable {
    public let lexicon: SignalLexicon

    public init(lexicon: SignalLexicon = .builtIn) {
        self.lexicon = lexicon
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
                return run(base: base, count: buffer.count, scratch: scratch, mask: mask, extra: extra,
                           answering: answering.flatMap(SentencePart.init(answering:)))
            }
        }
    }

    private func run(base: UnsafePointer<UInt8>, count: Int, scratch: UnsafeMutablePointer<UInt8>, mask: UInt32,
                     extra: PhraseTrie?, answering: SentencePart?) -> AnswerAnalysis {
        let tokenizer = Tokenizer(base: base, count: count, words: lexicon.words, scratch: scratch, stemUnknownWords: extra != nil)
        var scanner = SentenceScanner(tokenizer: tokenizer)
        let reader = SentenceReader(base: base, lexicon: lexicon, extraPrinciples: extra, principleMask: mask)
        var store = ReadingStore()
        var tokens: [Token] = []
        tokens.reserveCapacity(256)
        var ranges: [Range<Int>] = []
        var readings: [SentenceReading] = []
        var bullet = false
        while scanner.next(into: &tokens, bullet: &bullet) {
            ranges.removeAll(keepingCapacity: true)
            tokens.withUnsafeBufferPointer { tb in
                LongRunSplitter.split(tb, into: &ranges)
                for (j, range) in ranges.enumerated() where range.contains(where: { tb[$0].kind != .punct }) {
                    readings.append(reader.read(tb, range, bullet: bullet && j == 0, into: &store))
                }
            }
        }
        var decisions = PartClassifier(answering: answering).classify(readings, store: &store)
        let framing: (Int) -> String = { index in
            let span = readings[index].hypotheticalSpan
            return String(decoding: UnsafeBufferPointer(start: base + span.start, count: max(0, span.end - span.start)), as: UTF8.self)
        }
        if HypotheticalRule.isHypothetical(readings, framing: framing) { PartClassifier.reframeHypothetical(readings, &decisions, store: store) }
        return AnalysisAssembler(base: base, lexicon: lexicon, extraPrinciples: extra).assemble(readings, decisions, store)
    }
}
