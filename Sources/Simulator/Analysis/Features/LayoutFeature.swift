/// How a sentence looks: its length, a part header
/// ("Result:") or bullet opening it, and the follow-up it answers.
enum LayoutFeature {
    static let lengthBins = ["1-3", "4-7", "8-15", "16-30", "31+"]
    private static let lengthFeatures = lengthBins.map { FiredFeature("len=" + $0, .length) }
    private static let bias = FiredFeature("bias", .bias), bulletOpening = FiredFeature("bullet", .header)

    /// The sentence's place in the answer is added later (`SentenceFeaturizer.position`).
    static func detect(_ view: SentenceView, bullet: Bool, answering: String?, lexicon: FeatureLexicon, into sink: inout FeatureSink) {
        sink.add(bias)
        let words = view.count
        sink.fired.append(lengthFeatures[words <= 3 ? 0 : words <= 7 ? 1 : words <= 15 ? 2 : words <= 30 ? 3 : 4])
        if bullet { sink.add(bulletOpening) }
        for length in [3, 2, 1] where view.count > length && view.punctuation(after: length - 1, is: PunctMark.colon) {
            if let part = lexicon.headers[Array(view.hashes[0..<length])] {
                let (s, e) = view.span(0, length)
                sink.add(.named("header=" + part, .header), s, e)
                break
            }
        }
        if let answering { sink.add(.named("answering=" + answering, .answering)) }
    }
}
