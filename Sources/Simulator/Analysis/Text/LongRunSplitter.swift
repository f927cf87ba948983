/// Splits a run of more than `maxWords` words (a one-line answer typed without punctuation)
/// into clause-sized sentences, in two linear passes.
///
/// A run that reads as transcribed speech (it starts in lower case and has no comma) is cut to
/// pieces of at most `speechMaxWords` words, and also before an "I" or "we" that starts a new
/// clause after a content word ("calling back two three times | i listened to the calls"): in
/// speech those are where one unit of the story ends. On 5-fold cross-validation of the training
/// part this moved sentence accuracy from 0.853 to 0.879 (pieces of at most 40 words and no
/// subject cut before; 16, 25 and 30 words were tried, and the same rules for every run without
/// a comma scored 0.877 but also cut typed sentences).
///
/// Places to cut are ranked: after ";" or before "and then" / "after that" (4); before "so"
/// (not "so that/much/many/far"), "then", ", which", "and I" / "and we" (3); before "but",
/// "however", "because" and after a spaced dash (2); before "and" or after a comma (1).
/// 1. Cut at every place ranked 3 or more, keeping at least `minPiece` words on each side.
/// 2. A piece still over `maxWords` words is walked forward remembering the best place (later
///    wins ties); past `maxWords` words it is cut there (or, with no place, right there, unless
///    fewer than `minPiece` words would be left) and the walk restarts at the cut. Each restart
///    moves forward, so the work stays linear.
enum LongRunSplitter {
    static let maxWords = 40
    static let minPiece = 8

    /// The longest piece of a run that reads as transcribed speech.
    static let speechMaxWords = 20

    /// The fewest words of a run of speech the learned cutter reads; shorter runs are one sentence.
    static let learnedMinimumWords = 12

    /// Whether the learned cutter reads a run of `words` words: one that starts in lower case
    /// (speech, or casual typing) of more than `learnedMinimumWords` words, or any run of more
    /// than `maxWords`. A typed sentence of normal length is left whole, commas and all.
    static func readsWithCutter(words: Int, lowercase: Bool) -> Bool {
        words > (lowercase ? learnedMinimumWords : maxWords)
    }

    /// Whether a run starts in lower case. In a run that does not, the learned cutter only cuts
    /// where the rules rank a place (after a comma, before "and", "so", "but"...): a cutter free
    /// to cut anywhere there once cut between a verb and its object.
    static func startsInLowerCase(_ tokens: UnsafeBufferPointer<Token>) -> Bool {
        !(tokens.first { $0.kind == .word }?.flags.contains(.capitalized) ?? false)
    }

    /// Whether a run reads as transcribed speech: it starts in lower case and has no comma.
    static func isSpeech(_ tokens: UnsafeBufferPointer<Token>) -> Bool {
        for t in tokens where t.kind == .punct && t.mark == PunctMark.comma { return false }
        return startsInLowerCase(tokens)
    }

    /// Appends to `ranges` the pieces of `tokens`, cut where the learned cutter says (a run it
    /// reads, `readsWithCutter`), then any piece still over `maxWords` words (`speechMaxWords` in
    /// speech) by rule;
    /// with an empty cutter, by rule alone (`split(_:into:)`).
    static func split(_ tokens: UnsafeBufferPointer<Token>, base: UnsafePointer<UInt8>, cuts: CutModel, words: inout [Int], into ranges: inout [Range<Int>]) {
        guard !cuts.isEmpty else { return split(tokens, into: &ranges) }
        var totalWords = 0
        for t in tokens where isWord(t) { totalWords += 1 }
        let speech = isSpeech(tokens), lowercase = startsInLowerCase(tokens)
        guard readsWithCutter(words: totalWords, lowercase: lowercase) else {
            if !tokens.isEmpty { ranges.append(0..<tokens.count) }
            return
        }
        // Speech stays cut to clause-sized pieces: a piece the cutter left longer is cut by rule.
        let maxWords = speech ? speechMaxWords : Self.maxWords
        var pieceStart = 0, wordsBefore = 0
        CutFeatures.walk(tokens, speech: speech, rankedOnly: !lowercase, words: &words) { place in
            let ruleCut = place.rank >= 3 && place.wordsSinceCut >= minPiece && place.wordsLeft >= minPiece
            guard ruleCut || cuts.score(place, base: base) > 0 else { return false }
            let piece = pieceStart..<place.index
            let pieceWords = totalWords - wordsBefore - place.wordsLeft
            cutLong(tokens, piece, words: pieceWords, maxWords: maxWords, speech: speech, into: &ranges)
            pieceStart = place.index
            wordsBefore += pieceWords
            return true
        }
        cutLong(tokens, pieceStart..<tokens.count, words: totalWords - wordsBefore, maxWords: maxWords, speech: speech, into: &ranges)
    }

    /// Appends to `ranges` the token ranges of the pieces of `tokens` (all of it when short).
    static func split(_ tokens: UnsafeBufferPointer<Token>, into ranges: inout [Range<Int>]) {
        let n = tokens.count
        var totalWords = 0
        for t in tokens where isWord(t) { totalWords += 1 }
        let speech = isSpeech(tokens)
        let maxWords = speech ? speechMaxWords : Self.maxWords
        guard totalWords > maxWords else {
            if n > 0 { ranges.append(0..<n) }
            return
        }
        // Pass 1: clause boundaries.
        var pieceStart = 0, sinceCut = 0, seen = 0
        for i in 0..<n {
            if sinceCut >= minPiece && totalWords - seen >= minPiece && priority(tokens, before: i, speech: speech) >= 3 {
                cutLong(tokens, pieceStart..<i, words: sinceCut, maxWords: maxWords, speech: speech, into: &ranges)
                pieceStart = i
                sinceCut = 0
            }
            if isWord(tokens[i]) { sinceCut += 1; seen += 1 }
        }
        cutLong(tokens, pieceStart..<n, words: sinceCut, maxWords: maxWords, speech: speech, into: &ranges)
    }

    /// Pass 2 for one piece of `words` words.
    private static func cutLong(_ tokens: UnsafeBufferPointer<Token>, _ piece: Range<Int>, words pieceWords: Int, maxWords: Int, speech: Bool, into ranges: inout [Range<Int>]) {
        guard pieceWords > maxWords else {
            if !piece.isEmpty { ranges.append(piece) }
            return
        }
        let n = piece.upperBound
        var pieceStart = piece.lowerBound
        var wordsBefore = 0  // words of this piece before pieceStart
        while pieceStart < n {
            var words = 0
            var best = -1, bestPriority = 0, bestWords = 0
            var i = pieceStart
            var cut = n
            while i < n {
                let t = tokens[i]
                if words >= minPiece && pieceWords - wordsBefore - words >= minPiece {
                    let p = priority(tokens, before: i, speech: speech)
                    if p > 0 && p >= bestPriority { best = i; bestPriority = p; bestWords = words }
                }
                if isWord(t) {
                    words += 1
                    if words > maxWords {
                        if best >= 0 { cut = best; words = bestWords; break }
                        // No place to cut: cut before this word, unless fewer than `minPiece`
                        // words would be left ("... within | a month"); then they stay here.
                        let left = pieceWords - wordsBefore - (words - 1)
                        if left >= minPiece { cut = i; words -= 1; break }
                    }
                }
                i += 1
            }
            if cut >= n {
                ranges.append(pieceStart..<n)
                return
            }
            ranges.append(pieceStart..<cut)
            wordsBefore += words
            pieceStart = cut
        }
    }

    @inline(__always)
    private static func isWord(_ t: Token) -> Bool { CutFeatures.isWord(t) }

    /// The rank of the place before `tokens[i]` as a place to cut (0: none, 4: best).
    static func priority(_ tokens: UnsafeBufferPointer<Token>, before i: Int, speech: Bool) -> Int {
        let t = tokens[i]
        let prev = i > 0 ? tokens[i - 1] : nil
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        if speech, t.kind == .word, t.traits.contains(.iSubject) || t.traits.contains(.weSubject), let prev, prev.kind == .word,
           !prev.traits.contains(.continuation), !prev.traits.contains(.stopword), !prev.traits.contains(.mentalVerb), !prev.traits.contains(.speechVerb) { return 3 }
        if let prev, prev.kind == .punct {
            if prev.mark == PunctMark.semicolon { return 4 }
            if PunctMark.isDash(prev.mark) && prev.flags.contains(.spaceBefore) { return 2 }
        }
        // Never cut right after "and": cut before it instead ("... and | then I ...").
        if let prev, prev.traits.contains(.splitAnd) { return 0 }
        if t.kind == .word {
            if t.traits.contains(.splitAnd), let next {
                if next.traits.contains(.splitThen) { return 4 }
                if next.hash == Words.after, i + 2 < tokens.count, tokens[i + 2].hash == Words.that { return 4 }
                if next.traits.contains(.splitSo) { return 3 }
                if next.traits.contains(.iSubject) || next.traits.contains(.weSubject) { return 3 }
            }
            if t.hash == Words.after, let next, next.hash == Words.that { return 4 }
            if t.traits.contains(.splitSo) {
                if let next, soFollowers.contains(next.hash) { return 0 }
                return 3
            }
            if t.traits.contains(.splitThen) { return 3 }
            if t.traits.contains(.splitWhich), let prev, prev.kind == .punct, prev.mark == PunctMark.comma { return 3 }
            if t.traits.contains(.splitBut) { return 2 }
            if t.traits.contains(.splitAnd) { return 1 }
        }
        if let prev, prev.kind == .punct, prev.mark == PunctMark.comma { return 1 }
        return 0
    }

    private static let soFollowers: Set<UInt64> = Set(["that", "much", "many", "far", "long", "well", "good", "bad"].map(WordHash.hash))
}
