extension AnswerAnalyzer {
    /// The places to cut in `text` as the learned cutter sees them, for training: each place's
    /// features (with their model-file names) and whether a labelled sentence starts there
    /// (`sentenceStarts`, byte offsets). The count of words since the last cut starts again at
    /// each labelled start, as it would after a right cut.
    func cutExamples(_ text: String, sentenceStarts: [Int]) -> [(features: [(FeatureID, String)], cut: Bool)] {
        cutPlaces(text, sentenceStarts: sentenceStarts, cuts: nil).examples
    }

    /// How `cuts` cuts `text` against the labelled starts: the places cut at a start, cut
    /// elsewhere, and starts not cut (in runs the cutter reads). With `cuts` nil, every place
    /// as a training example instead (`cutExamples`).
    func cutScore(_ text: String, sentenceStarts: [Int], cuts: CutModel) -> (right: Int, wrong: Int, missed: Int) {
        cutPlaces(text, sentenceStarts: sentenceStarts, cuts: cuts).score
    }

    private func cutPlaces(_ text: String, sentenceStarts: [Int], cuts: CutModel?) -> (examples: [(features: [(FeatureID, String)], cut: Bool)], score: (right: Int, wrong: Int, missed: Int)) {
        var text = text
        return text.withUTF8 { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return ([], (0, 0, 0)) }
            let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: Tokenizer.scratchCapacity)
            defer { scratch.deallocate() }
            let starts = Set(sentenceStarts)
            var scanner = SentenceScanner(tokenizer: Tokenizer(base: base, count: buffer.count, words: lexicon.words, scratch: scratch, stemUnknownWords: false))
            var tokens: [Token] = [], words: [Int] = [], bullet = false
            var examples: [(features: [(FeatureID, String)], cut: Bool)] = []
            var score = (right: 0, wrong: 0, missed: 0)
            while scanner.next(into: &tokens, bullet: &bullet) {
                tokens.withUnsafeBufferPointer { tb in
                    let speech = LongRunSplitter.isSpeech(tb)
                    let lowercase = LongRunSplitter.startsInLowerCase(tb)
                    guard LongRunSplitter.readsWithCutter(words: tb.lazy.filter(CutFeatures.isWord).count, lowercase: lowercase) else { return }
                    CutFeatures.walk(tb, speech: speech, rankedOnly: !lowercase, words: &words) { place in
                        let from = place.previous.end, to = place.next.start
                        let cut = starts.contains { $0 >= from && $0 <= to }
                        if let cuts {
                            let decided = cuts.score(place, base: base) > 0
                            if decided && cut { score.right += 1 } else if decided { score.wrong += 1 } else if cut { score.missed += 1 }
                            return decided
                        }
                        var features: [(FeatureID, String)] = []
                        CutFeatures.features(of: place, base: base, naming: true) { id, name in features.append((id, name())) }
                        examples.append((features, cut))
                        return cut
                    }
                }
            }
            return (examples, score)
        }
    }
}
