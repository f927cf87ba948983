/// Decides whether a whole answer is hypothetical or generic, on the balance of its sentences:
/// it is when at least one sentence is hypothetical/generic ("I would...", "I usually...",
/// "my approach is...") and such sentences outnumber the sentences of past narrative
/// (a past-tense verb and no hypothetical framing). Sentences that reflect ("next time I
/// would...", "I would have...") and reported speech ("he said he would") are neither.
enum HypotheticalRule {
    static func isHypothetical(_ readings: [SentenceReading]) -> Bool {
        var hypothetical = 0, narrative = 0
        for r in readings {
            if r.hypothetical { hypothetical += 1 } else if r.pastVerbs > 0 { narrative += 1 }
        }
        return hypothetical > 0 && hypothetical > narrative
    }
}
