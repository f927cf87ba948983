/// Numbers and what they measure: an outcome (a change, a percent, money), or something that
/// is not an outcome metric at all: a date, a clock time, a version, a year, a count of things
/// named with a determiner ("the twelve vendor negotiations", "my two leads"). Only the first
/// kind makes a result quantified.
enum MetricRoleFeature {
    private static let changeWords = HashTable(set: ["from", "to", "by", "down", "up", "under", "over", "fewer", "less", "more", "faster", "slower", "cut", "saved", "per", "only"].map { WordHash.hash($0) })
    private static let clockWords = HashTable(set: ["am", "pm", "a.m.", "p.m.", "o'clock", "oclock", "shift", "wave", "batch"].map { WordHash.hash($0) })
    private static let determiners = HashTable(set: ["the", "my", "our", "his", "her", "their", "these", "those"].map { WordHash.hash($0) })
    private static let versionWords = HashTable(set: ["version", "java", "python", "node", "ios", "android", "windows", "v", "release", "gen", "generation"].map { WordHash.hash($0) })

    /// What a number measures, in the order of `roles`.
    private enum Role: Int, CaseIterable { case measure, date, clock, version, change, count }
    private static let roles = Role.allCases.map { FiredFeature("metric-role=\($0)", .metric) }
    private static let kindAndRole = MetricScanner.Kind.allCases.map { kind in Role.allCases.map { FiredFeature("metric=\(kind):\($0)", .metric) } }
    private static let year = FiredFeature("year", .timeAnchor), hasNumber = FiredFeature("has-number", .number)

    /// Returns the bytes of the first metric that can measure an outcome (not a date, clock time
    /// or version), if there is one.
    @discardableResult
    static func detect(_ view: SentenceView, range: Range<Int>, lexicon: FeatureLexicon, scratch: inout [MetricScanner.Span], into sink: inout FeatureSink) -> ByteSpan? {
        scratch.removeAll(keepingCapacity: true)
        MetricScanner.scan(view.tokens, range, base: view.base, into: &scratch)
        var outcome: ByteSpan? = nil
        for span in scratch {
            let first = view.tokens[span.first], last = view.tokens[span.last]
            let word = view.wordIndices.firstIndex(of: span.first) ?? 0
            var role = Role.measure
            let near = max(0, word - 2)..<min(view.count, word + 3)
            if near.contains(where: { lexicon.months.contains(view.hashes[$0]) }) { role = .date }
            else if near.contains(where: { clockWords.contains(view.hashes[$0]) }) || hasAmPm(last, view.base) { role = .clock }
            else if word > 0, versionWords.contains(view.hashes[word - 1]) { role = .version }
            else if near.contains(where: { changeWords.contains(view.hashes[$0]) }) || span.kind.isStrong { role = .change }
            else if word > 0, determiners.contains(view.hashes[word - 1]) { role = .count }
            sink.add(kindAndRole[Int(span.kind.rawValue)][role.rawValue], first.start, last.end)
            sink.add(roles[role.rawValue], first.start, last.end)
            if role == .change || role == .measure, outcome == nil { outcome = ByteSpan(start: first.start, end: last.end) }
        }
        for w in 0..<view.count where view.token(w).kind == .number {
            let t = view.token(w)
            if t.length == 4, t.start < t.end, view.base[t.start] == UInt8(ascii: "1") || view.base[t.start] == UInt8(ascii: "2") {
                sink.add(year, t.start, t.end)
                break
            }
        }
        if view.wordIndices.contains(where: { view.tokens[$0].kind == .number }) { sink.add(hasNumber) }
        return outcome
    }

    private static func hasAmPm(_ t: Token, _ base: UnsafePointer<UInt8>) -> Bool {
        guard t.length >= 3 else { return false }
        let a = base[t.end - 2] | 0x20, b = base[t.end - 1] | 0x20
        return (a == UInt8(ascii: "a") || a == UInt8(ascii: "p")) && b == UInt8(ascii: "m")
    }
}
