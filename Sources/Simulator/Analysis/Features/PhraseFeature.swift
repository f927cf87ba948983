/// Language from the phrase tables: goals, outcomes, evasion, hedges, hypothetical framing,
/// lessons, talk about the answer, background and time anchors. Each table fires its feature
/// once per sentence (with the first match's words), again when the match opens the sentence,
/// and as "negated-" when a negation word stands in the three words before it.
enum PhraseFeature {
    /// One phrase table with its three features (plain, negated, opening), named once.
    struct Table: Sendable {
        var list: PhraseList
        var plain, negated, opening: FiredFeature

        init(_ name: String, _ family: FeatureFamily, _ list: PhraseList) {
            self.list = list
            plain = FiredFeature(name, family)
            negated = FiredFeature("negated-" + name, family)
            opening = FiredFeature(name + "@start", family)
        }
    }

    static func tables(_ l: FeatureLexicon) -> [Table] {
        [Table("goal", .goal, l.goal), Table("outcome", .outcome, l.outcome), Table("evasion", .evasion, l.evasion), Table("hedge", .hedge, l.hedge),
         Table("hypothetical", .hypothetical, l.hypothetical), Table("lesson", .lesson, l.lesson), Table("meta", .meta, l.meta),
         Table("background", .background, l.background), Table("time-anchor", .timeAnchor, l.timeAnchor), Table("data", .negation, l.dataWords)]
    }

    private static let negation = FiredFeature("negation", .negation)

    /// Every table's phrases in one index by first word, so each word is looked up once. Flat
    /// arrays of plain values, so a lookup copies and retains nothing.
    struct Index: Sendable {
        /// One phrase: its table and its words' place in `words`.
        private struct Entry { var table: Int32, start: Int32, count: Int32 }
        /// For each first word, its phrases (longest first) as a range of `entries`.
        private var groups: [Range<Int32>] = []
        private var entries: [Entry] = []
        private var words: [UInt64] = []
        private var byFirst = HashTable()

        init(lists: [PhraseList.Phrases]) {
            var grouped: [UInt64: [(Int, [UInt64])]] = [:]
            var order: [UInt64] = []
            for (table, phrases) in lists.enumerated() {
                for phrase in phrases {
                    guard let first = phrase.first else { continue }
                    if grouped[first] == nil { order.append(first) }
                    grouped[first, default: []].append((table, phrase))
                }
            }
            for first in order {
                byFirst.set(first, Int32(groups.count))
                let start = Int32(entries.count)
                for (table, phrase) in grouped[first]!.sorted(by: { $0.1.count > $1.1.count }) {
                    entries.append(Entry(table: Int32(table), start: Int32(words.count), count: Int32(phrase.count)))
                    words.append(contentsOf: phrase)
                }
                groups.append(start..<Int32(entries.count))
            }
        }

        /// Calls `found(table, length)` for the longest phrase of each table starting at word `index`.
        @inline(__always)
        func matches(_ hashes: [UInt64], at index: Int, _ found: (Int, Int) -> Void) {
            guard let group = byFirst.value(hashes[index]) else { return }
            var seen: UInt32 = 0
            for e in groups[Int(group)] {
                let entry = entries[Int(e)]
                let table = Int(entry.table), length = Int(entry.count), start = Int(entry.start)
                guard seen & (1 << UInt32(table)) == 0, index + length <= hashes.count else { continue }
                var same = true
                for k in 1..<max(length, 1) where hashes[index + k] != words[start + k] { same = false; break }
                if same { seen |= 1 << UInt32(table); found(table, length) }
            }
        }
    }

    static func detect(_ view: SentenceView, lexicon: FeatureLexicon, into sink: inout FeatureSink) {
        var negatedAt = -10
        for w in 0..<view.count where lexicon.negation.contains(view.hashes[w]) {
            negatedAt = w
            let t = view.token(w)
            sink.add(negation, t.start, t.end)
            break
        }
        let tables = lexicon.phraseTables
        // Per table: fired yet (plain or negated), and whether its last firing was negated.
        var fired: UInt32 = 0, done: UInt32 = 0
        for w in 0..<view.count where done != (1 << UInt32(tables.count)) - 1 {
            lexicon.phraseIndex.matches(view.hashes, at: w) { table, length in
                let bit: UInt32 = 1 << UInt32(table)
                guard done & bit == 0 else { return }
                let (s, e) = view.span(w, w + length)
                let negated = negatedAt < w && w - negatedAt <= 3
                if fired & bit == 0 {
                    sink.add(negated ? tables[table].negated : tables[table].plain, s, e)
                    fired |= bit
                }
                if w <= 1 { sink.add(tables[table].opening, s, e); done |= bit }
                else if !negated { done |= bit }
            }
        }
    }
}
