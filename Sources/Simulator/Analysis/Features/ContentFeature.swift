/// How much specific content a sentence carries: its words that are not in the generic list
/// (data/lexicon/generic-words.txt: function words and the empty words of a platitude), numbers
/// included, as one of a few bins (`content=0`, `1-2`, `3-5`, `6+`). A dodge or a platitude ("it
/// was a good experience") has almost none; a short reply that tells something ("test the
/// assumption behind a number first") has several. Only the evasion tag reads it
/// (`StarModel.evasionOnlyFamilies`).
enum ContentFeature {
    static let bins = ["0", "1-2", "3-5", "6+"]
    private static let features = bins.map { FiredFeature("content=" + $0, .content) }

    static func detect(_ view: SentenceView, lexicon: FeatureLexicon, into sink: inout FeatureSink) {
        sink.fired.append(features[bin(count(view, lexicon: lexicon))])
    }

    /// The sentence's specific words.
    static func count(_ view: SentenceView, lexicon: FeatureLexicon) -> Int {
        var content = 0
        for w in 0..<view.count where view.hashes[w] == FeatureID.numberHash || !lexicon.generic.contains(view.hashes[w]) {
            content += 1
        }
        return content
    }

    /// The bin of a count of specific words.
    static func bin(_ count: Int) -> Int { count == 0 ? 0 : count <= 2 ? 1 : count <= 5 ? 2 : 3 }
}
