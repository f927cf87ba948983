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

    /// Every table's phrases in one index by their first word (one-word phrases) and by their
    /// first two words (longer ones), so each word is looked up once or twice and only the
    /// phrases that can match are compared. Flat arrays of plain values, so a lookup copies and
    /// retains nothing.
    struct Index: Sendable {
        /// One phrase: its table and its words' place in `words`.
        private struct Entry { var table: Int32, start: Int32, count: Int32 }
        /// For each key, its phrases (longest first) as a range of `entries`.
        private var groups: [Range<Int32>] = []
        private var entries: [Entry] = []
        private var words: [UInt64] = []
        /// One-word phrases by their word; longer ones by their first two words (`pairKey`).
        private var bySingle = HashTable(), byPair = HashTable()

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
                // Longest first, as one list per first word; then split by the second word, in that order.
                let sorted = grouped[first]!.sorted(by: { $0.1.count > $1.1.count })
                var pairOrder: [UInt64] = []
                var byPairKey: [UInt64: [(Int, [UInt64])]] = [:]
                for (table, phrase) in sorted where phrase.count >= 2 {
                    let key = Self.pairKey(phrase[0], phrase[1])
                    if byPairKey[key] == nil { pairOrder.append(key) }
                    byPairKey[key, default: []].append((table, phrase))
                }
                for key in pairOrder { byPair.set(key, add(byPairKey[key]!)) }
                let singles = sorted.filter { $0.1.count == 1 }
                if !singles.isEmpty { bySingle.set(first, add(singles)) }
            }
        }

        private mutating func add(_ phrases: [(Int, [UInt64])]) -> Int32 {
            let start = Int32(entries.count)
            for (table, phrase) in phrases {
                entries.append(Entry(table: Int32(table), start: Int32(words.count), count: Int32(phrase.count)))
                words.append(contentsOf: phrase)
            }
            groups.append(start..<Int32(entries.count))
            return Int32(groups.count - 1)
        }

        @inline(__always)
        private static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 { FeatureID.scramble(first &* 0x9E37_79B9_7F4A_7C15 ^ second) }

        /// Calls `found(table, length)` for the longest phrase of each table starting at word `index`.
        @inline(__always)
        func matches(_ hashes: [UInt64], at index: Int, _ found: (Int, Int) -> Void) {
            var seen: UInt32 = 0
            if index + 1 < hashes.count, let group = byPair.value(Self.pairKey(hashes[index], hashes[index + 1])) {
                for e in groups[Int(group)] {
                    let entry = entries[Int(e)]
                    let table = Int(entry.table), length = Int(entry.count), start = Int(entry.start)
                    guard seen & (1 << UInt32(table)) == 0, index + length <= hashes.count,
                          hashes[index] == words[start], hashes[index + 1] == words[start + 1] else { continue }
                    var same = true
                    for k in 2..<max(length, 2) where hashes[index + k] != words[start + k] { same = false; break }
                    if same { seen |= 1 << UInt32(table); found(table, length) }
                }
            }
            if let group = bySingle.value(hashes[index]) {
                for e in groups[Int(group)] {
                    let table = Int(entries[Int(e)].table)
                    guard seen & (1 << UInt32(table)) == 0 else { continue }
                    seen |= 1 << UInt32(table)
                    found(table, 1)
                }
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
