/// Decides whether a whole answer is hypothetical or generic, on the balance of its sentences:
/// it is when at least one sentence is hypothetical/generic ("I would...", "I usually...",
/// "my approach is...") and such sentences outnumber the sentences of past narrative
/// (a past-tense verb and no hypothetical framing). Sentences that reflect ("next time I
/// would...", "I would have...") and reported speech ("he said he would") are neither. A bare
/// present framing ("we start", "I take") does not count when its sentence has a past verb of
/// its own (an embedded clause: "I proposed we rebuild it") or when the answer is tied to a
/// specific past time (storytelling in the present, common in non-native English).
enum HypotheticalRule {
    /// Words that make a framing modal or habitual: these keep a sentence hypothetical whatever
    /// its tense. A framing without any of them is a bare present ("we start", "I take").
    static let modalWords: Set<String> = ["would", "'d", "\u{2019}d", "usually", "always", "typically", "normally",
                                          "generally", "tend", "try", "will", "'ll", "\u{2019}ll", "could", "should", "might", "approach"]

    /// `framing(i)` is the text of sentence i's hypothetical framing ("I would make", "we start").
    static func isHypothetical(_ readings: [SentenceReading], framing: (Int) -> String) -> Bool {
        // An answer tied to a specific past time ("In 2021", "last March") tells its story in
        // the narrative present when it uses bare present forms; only modal framing counts then.
        let anchored = readings.contains { $0.hasTimeAnchor }
        var hypothetical = 0, narrative = 0
        for (index, r) in readings.enumerated() {
            if r.hypothetical {
                let words = framing(index).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" }).map(String.init)
                let modal = words.contains { word in modalWords.contains(word) || modalWords.contains { word.hasSuffix($0) && $0.hasPrefix("'") } }
                // A bare present beside a past verb of its own sentence is an embedded clause
                // ("I proposed we rebuild it, and it worked"), not a habit.
                if !modal && (anchored || r.pastVerbs > 0) {
                    if r.pastVerbs > 0 { narrative += 1 }
                    continue
                }
                hypothetical += 1
            } else if r.pastVerbs > 0 {
                narrative += 1
            }
        }
        return hypothetical > 0 && hypothetical > narrative
    }
}
