/// Language from the phrase tables: goals, outcomes, evasion, hedges, hypothetical framing,
/// lessons, talk about the answer, background and time anchors. Each table fires its feature
/// once per sentence (with the first match's words), again when the match opens the sentence,
/// and as "negated-" when a negation word stands in the three words before it.
enum PhraseFeature {
    static func tables(_ l: FeatureLexicon) -> [(name: String, family: FeatureFamily, list: PhraseList)] {
        [("goal", .goal, l.goal), ("outcome", .outcome, l.outcome), ("evasion", .evasion, l.evasion), ("hedge", .hedge, l.hedge),
         ("hypothetical", .hypothetical, l.hypothetical), ("lesson", .lesson, l.lesson), ("meta", .meta, l.meta),
         ("background", .background, l.background), ("time-anchor", .timeAnchor, l.timeAnchor), ("data", .negation, l.dataWords)]
    }

    static func detect(_ view: SentenceView, lexicon: FeatureLexicon, into sink: inout FeatureSink) {
        var negatedAt = -10
        for w in 0..<view.count where lexicon.negation.contains(view.hashes[w]) {
            negatedAt = w
            let t = view.token(w)
            sink.add("negation", .negation, t.start, t.end)
            break
        }
        for table in lexicon.phraseTables {
            let list = table.list
            var fired = false
            for w in 0..<view.count {
                let length = list.match(view.hashes, at: w)
                guard length > 0 else { continue }
                let (s, e) = view.span(w, w + length)
                let negated = negatedAt < w && w - negatedAt <= 3
                if !fired {
                    sink.add(negated ? "negated-" + table.name : table.name, table.family, s, e)
                    fired = true
                }
                if w <= 1 { sink.add(table.name + "@start", table.family, s, e); break }
                if !negated { break }
            }
        }
    }
}
