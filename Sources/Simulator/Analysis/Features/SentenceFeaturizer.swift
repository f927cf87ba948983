/// Runs every feature detector over one sentence. Detectors emit named features with the
/// bytes that caused them and decide nothing; the learned model (`StarModel`) weighs them.
struct SentenceFeaturizer {
    let lexicon = FeatureLexicon.shared

    /// What one sentence gave: its features, and the facts the answer-level findings use.
    struct Result {
        /// Each feature once (the first place it fired).
        var features: [FiredFeature]
        /// Each feature's value: 1, except words and word pairs, which weigh less in a long
        /// sentence (so that its many words do not drown its few telling features).
        var values: [Float]
        /// `SubjectVerbFeature` codes.
        var subject: Int
        var verb: Int
        var outcomeMetric: Bool
        /// "I" and "we" subjects, clause by clause (for ownership).
        var iSubjects = 0
        var weSubjects = 0
    }

    func features(_ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>, base: UnsafePointer<UInt8>, bullet: Bool,
                  answering: String?, naming: Bool = false, scratch: inout [MetricScanner.Span]) -> Result {
        let view = SentenceView(tokens: tokens, range: range, base: base)
        var sink = FeatureSink()
        sink.fired.reserveCapacity(view.count * 2 + 24)
        LayoutFeature.detect(view, bullet: bullet, answering: answering, lexicon: lexicon, into: &sink)
        let (subject, verb) = SubjectVerbFeature.detect(view, lexicon: lexicon, into: &sink)
        PhraseFeature.detect(view, lexicon: lexicon, into: &sink)
        let outcome = MetricRoleFeature.detect(view, range: range, lexicon: lexicon, scratch: &scratch, into: &sink)
        ContentFeature.detect(view, lexicon: lexicon, into: &sink)
        WordFeature.detect(view, naming: naming, into: &sink)
        let counts = SubjectVerbFeature.subjectCounts(view)
        var seen = HashTable(capacity: sink.fired.count)
        var features: [FiredFeature] = []
        features.reserveCapacity(sink.fired.count)
        for feature in sink.fired where !seen.contains(feature.id.raw) {
            seen.set(feature.id.raw, 0)
            features.append(feature)
        }
        let wordValue = Self.wordValue(words: view.count)
        let values = features.map { $0.family == .word || $0.family == .bigram ? wordValue : 1 }
        return Result(features: features, values: values, subject: subject, verb: verb, outcomeMetric: outcome, iSubjects: counts.i, weSubjects: counts.we)
    }

    /// The value of a word feature in a sentence of `words` words: 1 up to 12 words, then
    /// falling with the square root of the length.
    static func wordValue(words: Int) -> Float {
        words <= 12 ? 1 : (12 / Float(words)).squareRoot()
    }

    /// The features that depend on the whole answer: the sentence's place in it.
    static func position(index: Int, of count: Int) -> FiredFeature {
        let name: String
        if count == 1 { name = "pos=only" }
        else if index == 0 { name = "pos=first" }
        else if index == count - 1 { name = "pos=last" }
        else if index == 1 { name = "pos=second" }
        else { name = "pos=rel\(min(3, (index * 4) / count))" }
        return FiredFeature(id: FeatureID(name), family: .position, start: 0, end: 0, name: name)
    }
}
