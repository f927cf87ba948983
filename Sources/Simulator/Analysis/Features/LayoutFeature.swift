/// How a sentence looks: its length, a part header
/// ("Result:") or bullet opening it, and the follow-up it answers.
enum LayoutFeature {
    static let lengthBins = ["1-3", "4-7", "8-15", "16-30", "31+"]
    private static let lengthFeatures = lengthBins.map { FiredFeature(id: FeatureID("len=" + $0), family: .length, start: 0, end: 0, name: "len=" + $0) }

    /// The sentence's place in the answer is added later (`SentenceFeaturizer.position`).
    static func detect(_ view: SentenceView, bullet: Bool, answering: String?, lexicon: FeatureLexicon, into sink: inout FeatureSink) {
        sink.add("bias", .bias)
        let words = view.count
        sink.fired.append(lengthFeatures[words <= 3 ? 0 : words <= 7 ? 1 : words <= 15 ? 2 : words <= 30 ? 3 : 4])
        if bullet { sink.add("bullet", .header) }
        for length in [3, 2, 1] where view.count > length && view.punctuation(after: length - 1, is: PunctMark.colon) {
            if let part = lexicon.headers[Array(view.hashes[0..<length])] {
                let (s, e) = view.span(0, length)
                sink.add("header=\(part)", .header, s, e)
                break
            }
        }
        if let answering { sink.add("answering=\(answering)", .answering) }
    }
}
