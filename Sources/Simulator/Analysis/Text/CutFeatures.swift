/// The features of one place to cut a run of words into sentences (before a word), for the
/// learned cutter (`CutModel`): the words on each side and their pairs, the punctuation between,
/// how many words since the last cut and until the end of the run, whether the run reads as
/// transcribed speech, and the rank the rule splitter gives the place (`LongRunSplitter`).
/// Decides nothing; the model's weights do.
enum CutFeatures {
    /// A place to cut: before `tokens[index]`, the previous words and the next ones.
    struct Place {
        var index: Int
        var previous: Token
        var beforePrevious: Token?
        var next: Token
        var afterNext: Token?
        /// The punctuation mark right before `next`, 0 for none.
        var mark: UInt8
        var wordsSinceCut: Int
        var wordsLeft: Int
        var speech: Bool
        var rank: Int
        /// Whether a verb was seen since the last cut, and within the next `verbLookahead` words:
        /// a sentence needs one on each side.
        var verbBefore: Bool = false
        var verbAhead: Bool = false
    }

    /// How far ahead of a place a verb is looked for.
    static let verbLookahead = 3

    /// The traits that make a word a verb, for `Place.verbBefore` and `verbAhead`.
    static let verbTraits: WordTraits = [.past, .actionPast, .actionBase, .beVerbPast, .hadVerb, .presentState, .mentalVerb,
                                         .would, .future, .speechVerb, .changeVerb, .discoveryVerb]

    /// The fewest words a piece keeps on each side of a cut.
    static let minimumPiece = 2

    /// Calls `decide` with every place of the run `tokens` (`totalWords` words) that leaves at
    /// least `minimumPiece` words on each side of it, in order; a place it returns true for is a
    /// cut (the count of words since the last cut starts again there). With `rankedOnly`, only
    /// places the rule splitter ranks (`LongRunSplitter.priority` above 0). `words` is scratch space.
    static func walk(_ tokens: UnsafeBufferPointer<Token>, speech: Bool, rankedOnly: Bool = false, words: inout [Int], _ decide: (Place) -> Bool) {
        words.removeAll(keepingCapacity: true)
        for i in tokens.indices where isWord(tokens[i]) { words.append(i) }
        let count = words.count
        guard count >= 2 * minimumPiece else { return }
        var lastCut = 0
        var lastVerb = -1
        for k in minimumPiece...(count - minimumPiece) {
            if !tokens[words[k - 1]].traits.isDisjoint(with: verbTraits) { lastVerb = k - 1 }
            guard k - lastCut >= minimumPiece else { continue }
            let index = words[k]
            var mark: UInt8 = 0
            var i = words[k - 1] + 1
            while i < index {
                let m = tokens[i].mark
                if tokens[i].kind == .punct && mark == 0 {
                    if m == PunctMark.comma || m == PunctMark.semicolon || m == PunctMark.colon { mark = m }
                    else if PunctMark.isDash(m) { mark = PunctMark.hyphen }
                }
                i += 1
            }
            let rank = LongRunSplitter.priority(tokens, before: index, speech: speech)
            if rankedOnly && rank == 0 { continue }
            var place = Place(index: index, previous: tokens[words[k - 1]], beforePrevious: k >= 2 ? tokens[words[k - 2]] : nil,
                              next: tokens[index], afterNext: k + 1 < count ? tokens[words[k + 1]] : nil, mark: mark,
                              wordsSinceCut: k - lastCut, wordsLeft: count - k, speech: speech,
                              rank: rank)
            place.verbBefore = lastVerb >= lastCut
            var j = k
            while j < min(count, k + verbLookahead) && !place.verbAhead {
                if !tokens[words[j]].traits.isDisjoint(with: verbTraits) { place.verbAhead = true }
                j += 1
            }
            if decide(place) { lastCut = k }
        }
    }

    /// A word of the run: not punctuation, not the second half of a hyphenated word.
    @inline(__always)
    static func isWord(_ t: Token) -> Bool { t.kind != .punct && !t.flags.contains(.hyphenJoined) }

    /// Calls `emit` with each feature of `place` (and its model-file name, with `naming`).
    @inline(__always)
    static func features(of place: Place, base: UnsafePointer<UInt8>, naming: Bool, _ emit: (FeatureID, () -> String) -> Void) {
        let p = wordHash(place.previous), n = wordHash(place.next)
        let pp = place.beforePrevious.map(wordHash), nn = place.afterNext.map(wordHash)
        emit(bias) { "cut bias" }
        emit(salted(p, previousSalt)) { "cp=" + word(place.previous, base) }
        emit(salted(n, nextSalt)) { "cn=" + word(place.next, base) }
        emit(pair(p, n, acrossSalt)) { "cpn=" + word(place.previous, base) + " " + word(place.next, base) }
        if let pp, let before = place.beforePrevious {
            emit(pair(pp, p, previousPairSalt)) { "cpp=" + word(before, base) + " " + word(place.previous, base) }
        }
        if let nn, let after = place.afterNext {
            emit(salted(nn, afterNextSalt)) { "cn2=" + word(after, base) }
            emit(pair(n, nn, nextPairSalt)) { "cnn=" + word(place.next, base) + " " + word(after, base) }
        }
        let markIndex = markKinds.firstIndex(of: place.mark) ?? markKinds.count
        emit(marks[markIndex]) { "cut mark=" + markNames[markIndex] }
        let style = place.speech ? 1 : 0
        let since = bin(place.wordsSinceCut), left = bin(place.wordsLeft)
        emit(sinceIDs[style][since]) { "cut since=\(binNames[since])" + (style == 1 ? " speech" : "") }
        emit(leftIDs[style][left]) { "cut left=\(binNames[left])" + (style == 1 ? " speech" : "") }
        let rank = min(max(place.rank, 0), 4)
        emit(rankIDs[style][rank]) { "cut rank=\(rank)" + (style == 1 ? " speech" : "") }
        traits(of: place.previous, previousTraits, "previous", emit)
        traits(of: place.next, nextTraits, "next", emit)
        let verbs = (place.verbBefore ? 2 : 0) + (place.verbAhead ? 1 : 0)
        emit(verbIDs[style][verbs]) { "cut verbs=\(verbs)" + (style == 1 ? " speech" : "") }
        if let after = place.afterNext { traits(of: after, afterNextTraits, "after next", emit) }
        if place.next.flags.contains(.lineStart) { emit(lineBreak) { "cut line break" } }
        if place.next.flags.contains(.capitalized) && !place.next.traits.contains(.iWord) {
            emit(capitalized[markIndex == markKinds.count ? 0 : 1]) { markIndex == markKinds.count ? "cut capital" : "cut capital after mark" }
        }
    }

    /// One feature per bit of `WordTraits` the word `t` has, from `ids` ("cut <side> trait=N").
    @inline(__always)
    private static func traits(of t: Token, _ ids: [FeatureID], _ side: String, _ emit: (FeatureID, () -> String) -> Void) {
        var bits = t.traits.rawValue
        while bits != 0 {
            let bit = bits.trailingZeroBitCount
            bits &= bits - 1
            emit(ids[bit]) { "cut \(side) trait=\(bit)" }
        }
    }

    /// Words since the last cut or until the end, in bins.
    static let binEdges = [1, 2, 3, 4, 5, 7, 10, 15, 21]
    static let binNames = ["1", "2", "3", "4", "5-6", "7-9", "10-14", "15-20", "21+"]

    @inline(__always)
    static func bin(_ words: Int) -> Int {
        var b = 0
        while b + 1 < binEdges.count && words >= binEdges[b + 1] { b += 1 }
        return b
    }

    private static let markKinds: [UInt8] = [PunctMark.comma, PunctMark.semicolon, PunctMark.colon, PunctMark.hyphen]
    private static let markNames = ["comma", "semicolon", "colon", "dash", "none"]
    private static let bias = FeatureID("cut bias")
    private static let marks = markNames.map { FeatureID("cut mark=" + $0) }
    private static let sinceIDs = [binNames.map { FeatureID("cut since=" + $0) }, binNames.map { FeatureID("cut since=" + $0 + " speech") }]
    private static let leftIDs = [binNames.map { FeatureID("cut left=" + $0) }, binNames.map { FeatureID("cut left=" + $0 + " speech") }]
    private static let rankIDs = [(0...4).map { FeatureID("cut rank=\($0)") }, (0...4).map { FeatureID("cut rank=\($0) speech") }]
    /// What the lexicon knows of the words on each side: one feature per bit of `WordTraits`.
    private static let previousTraits = (0..<64).map { FeatureID("cut previous trait=\($0)") }
    private static let nextTraits = (0..<64).map { FeatureID("cut next trait=\($0)") }
    /// Whether there is a verb before (2) and ahead (1) of the place, summed.
    private static let verbIDs = [(0...3).map { FeatureID("cut verbs=\($0)") }, (0...3).map { FeatureID("cut verbs=\($0) speech") }]
    private static let afterNextTraits = (0..<64).map { FeatureID("cut after next trait=\($0)") }
    private static let lineBreak = FeatureID("cut line break")
    private static let capitalized = [FeatureID("cut capital"), FeatureID("cut capital after mark")]

    private static let previousSalt: UInt64 = 0x2545_F491_4F6C_DD1D
    private static let nextSalt: UInt64 = 0x9FB2_1C65_1E98_DF25
    private static let afterNextSalt: UInt64 = 0xD6E8_FEB8_6659_FD93
    private static let acrossSalt: UInt64 = 0xA076_1D64_78BD_642F
    private static let previousPairSalt: UInt64 = 0xE703_7ED1_A0B4_28DB
    private static let nextPairSalt: UInt64 = 0x8EBC_6AF0_9C88_C6E3

    @inline(__always)
    private static func wordHash(_ t: Token) -> UInt64 { t.kind == .number ? FeatureID.numberHash : t.hash }

    @inline(__always)
    private static func salted(_ hash: UInt64, _ salt: UInt64) -> FeatureID { FeatureID(raw: FeatureID.scramble(hash ^ salt)) }

    @inline(__always)
    private static func pair(_ first: UInt64, _ second: UInt64, _ salt: UInt64) -> FeatureID {
        FeatureID(raw: FeatureID.scramble(FeatureID.scramble(first ^ salt) &+ second))
    }

    private static func word(_ t: Token, _ base: UnsafePointer<UInt8>) -> String { WordFeature.name(of: t, base: base) }

    /// The id of a cut feature's model-file name, as `features` makes it.
    static func parse(_ name: Substring) -> FeatureID {
        func h(_ s: Substring) -> UInt64 { WordHash.hash(String(s)) }
        func words(_ s: Substring) -> (UInt64, UInt64) {
            let parts = s.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            return (h(parts[0]), h(parts.count > 1 ? parts[1] : ""))
        }
        for (prefix, salt) in [("cp=", previousSalt), ("cn=", nextSalt), ("cn2=", afterNextSalt)] where name.hasPrefix(prefix) {
            return salted(h(name.dropFirst(prefix.count)), salt)
        }
        for (prefix, salt) in [("cpn=", acrossSalt), ("cpp=", previousPairSalt), ("cnn=", nextPairSalt)] where name.hasPrefix(prefix) {
            let (a, b) = words(name.dropFirst(prefix.count))
            return pair(a, b, salt)
        }
        return FeatureID(String(name))
    }
}
