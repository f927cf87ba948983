/// Runs every feature detector over one sentence. Detectors emit named features with the
/// bytes that caused them and decide nothing; the learned model (`StarModel`) weighs them.
struct SentenceFeaturizer {
    let lexicon = FeatureLexicon.shared

    /// What one sentence gave: its features, and the facts the answer-level findings use.
    struct Result {
        var features: [FiredFeature]
        var subject: String
        var verb: String
        var outcomeMetric: Bool
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
        WordFeature.detect(view, naming: naming, into: &sink)
        return Result(features: sink.fired, subject: subject, verb: verb, outcomeMetric: outcome)
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
