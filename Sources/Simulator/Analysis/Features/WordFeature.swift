/// The words themselves: every lowercase word (numbers as one word), every pair of adjacent
/// words, and the sentence's first word, for the learned weights to use as they find.
enum WordFeature {
    /// With `naming`, each feature carries its model-file name (for training only).
    static func detect(_ view: SentenceView, naming: Bool, into sink: inout FeatureSink) {
        let words = naming ? (0..<view.count).map { name(of: $0, in: view) } : []
        for w in 0..<view.count {
            let t = view.token(w)
            sink.add(FeatureID.word(view.hashes[w]), .word, t.start, t.end)
            if naming { sink.fired[sink.fired.count - 1].featureName = FeatureName("w=" + words[w]) }
            if w + 1 < view.count {
                sink.add(FeatureID.bigram(view.hashes[w], view.hashes[w + 1]), .bigram, t.start, view.token(w + 1).end)
                if naming { sink.fired[sink.fired.count - 1].featureName = FeatureName("b=" + words[w] + " " + words[w + 1]) }
            }
        }
        if view.count > 0 {
            let t = view.token(0)
            sink.add(FeatureID.firstWord(view.hashes[0]), .firstWord, t.start, t.end)
            if naming { sink.fired[sink.fired.count - 1].featureName = FeatureName("f=" + words[0]) }
        }
    }

    /// The word as its hash was taken: lowercase ASCII, curly apostrophes as ', numbers as #num.
    private static func name(of word: Int, in view: SentenceView) -> String {
        name(of: view.token(word), base: view.base)
    }

    /// The word `t` of the text at `base` as its hash was taken.
    static func name(of t: Token, base: UnsafePointer<UInt8>) -> String {
        if t.kind == .number { return "#num" }
        var bytes: [UInt8] = []
        var k = t.start
        while k < t.end {
            let b = base[k]
            if b == 0xE2, k + 2 < t.end, base[k + 1] == 0x80, base[k + 2] == 0x99 || base[k + 2] == 0x98 {
                bytes.append(UInt8(ascii: "'")); k += 3; continue
            }
            bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            k += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
