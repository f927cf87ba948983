/// Cuts the token stream into raw sentences, one at a time, holding only one sentence's tokens.
///
/// A sentence ends:
/// - at a blank line (always);
/// - before a bullet line ("- ", "* ", "• ", "1. ", "2) ", "a) "); the marker is dropped;
/// - before a line that starts with an explicit label ("Result: ...");
/// - at a line break when the line did not end mid-clause (a comma, "and", "the"...) and the
///   next line starts with a capital, a digit or a bullet (hard-wrapped lines join up);
/// - after `.`, `?`, `!` or `…` (plus any closing quotes and brackets), except after an
///   abbreviation that never ends a sentence ("e.g.", "Mr.", "approx.", "vs."), after an
///   abbreviation that may ("etc.") unless a capital follows, after an initial ("J. Smith"),
///   after "..." followed by lowercase, and after "?"/"!" that close a quote followed by
///   lowercase ("'Why?' she asked").
/// Decimals and money ("3.5%", "$1.2M") never contain a boundary because the tokenizer keeps
/// them in one token. A sentence also ends after `maxWords` words without any boundary, so that
/// memory stays bounded; the long-run splitter cuts such runs further.
struct SentenceScanner {
    static let maxWords = 400

    private var tokenizer: Tokenizer
    /// The next token, read but not consumed.
    private var first: Token?
    /// Further look-ahead (only bullet markers need it): `ahead[head...]` follow `first`.
    private var ahead: [Token] = []
    private var head = 0

    init(tokenizer: Tokenizer) {
        self.tokenizer = tokenizer
        ahead.reserveCapacity(8)
    }

    @inline(__always)
    private mutating func peek0() -> Token? {
        if first == nil { first = pull() }
        return first
    }

    @inline(__always)
    private mutating func pull() -> Token? {
        if head < ahead.count {
            let token = ahead[head]
            head += 1
            if head == ahead.count { ahead.removeAll(keepingCapacity: true); head = 0 }
            return token
        }
        return tokenizer.next()
    }

    private mutating func peek(_ k: Int) -> Token? {
        if k == 0 { return peek0() }
        guard peek0() != nil else { return nil }
        while ahead.count - head < k {
            guard let token = tokenizer.next() else { return nil }
            ahead.append(token)
        }
        return ahead[head + k - 1]
    }

    @inline(__always)
    private mutating func consume() -> Token {
        let token = peek0()!
        first = nil
        return token
    }

    @inline(__always)
    private mutating func advance() { first = nil }

    /// Replaces `out` with the next raw sentence's tokens; false at the end of the text.
    /// `bullet` tells whether the sentence was a bullet or numbered line.
    mutating func next(into out: inout [Token], bullet: inout Bool) -> Bool {
        out.removeAll(keepingCapacity: true)
        bullet = false
        var words = 0
        while let t = peek0() {
            if out.isEmpty {
                let marker = bulletMarkerLength()
                if marker > 0 {
                    for _ in 0..<marker { _ = consume() }
                    bullet = true
                    continue
                }
            } else if (t.flags.contains(.lineStart) || out[out.count - 1].kind == .punct) && isBoundary(before: t, in: out) {
                // A boundary needs a line break before `t` or punctuation before it.
                break
            }
            out.append(t)
            advance()
            if t.kind != .punct && !t.flags.contains(.hyphenJoined) {
                words += 1
                if words >= SentenceScanner.maxWords { break }
            }
        }
        return !out.isEmpty
    }

    /// Number of tokens forming a bullet marker at the head of the queue, or 0.
    private mutating func bulletMarkerLength() -> Int {
        guard let t = peek(0), t.flags.contains(.lineStart) else { return 0 }
        if t.kind == .punct {
            let m = t.mark
            if m == PunctMark.bullet { return 1 }
            if m == PunctMark.hyphen || m == PunctMark.asterisk || m == PunctMark.plus || m == PunctMark.emDash || m == PunctMark.enDash {
                if let next = peek(1), next.flags.contains(.spaceBefore), !next.flags.contains(.lineStart) { return 1 }
            }
            return 0
        }
        // "1." "2)" "a)" "(3)": a short number or single letter, then "." or ")", then a space.
        let isNumberLabel = t.kind == .number && t.length <= 3 && !t.flags.contains(.numberSuffix)
        let isLetterLabel = t.kind == .word && t.length == 1
        guard isNumberLabel || isLetterLabel, let mark = peek(1), mark.kind == .punct,
              mark.start == t.end, let after = peek(2), after.flags.contains(.spaceBefore), !after.flags.contains(.lineStart)
        else { return 0 }
        if mark.mark == PunctMark.closeParen { return 2 }
        if mark.mark == PunctMark.period && isNumberLabel { return 2 }
        return 0
    }

    private mutating func isBoundary(before t: Token, in out: [Token]) -> Bool {
        if t.flags.contains(.paragraphStart) { return true }
        if t.flags.contains(.lineStart) {
            if bulletMarkerLength() > 0 { return true }
            if t.traits.hasLabel, let colon = peek(1), colon.kind == .punct, colon.mark == PunctMark.colon { return true }
        }
        guard let last = out.last else { return false }
        // Closing quotes and brackets glued to the sentence stay with it.
        if t.kind == .punct && PunctMark.isClosing(t.mark) && !t.flags.contains(.spaceBefore) { return false }
        // Find the last mark before any closing quotes or brackets.
        var k = out.count - 1
        var closedQuote = false
        while k > 0 && out[k].kind == .punct && PunctMark.isClosing(out[k].mark) { closedQuote = true; k -= 1 }
        let end = out[k]
        if end.kind == .punct && PunctMark.isTerminator(end.mark) {
            // A run of terminators ends at its last mark.
            if t.kind == .punct && PunctMark.isTerminator(t.mark) && !t.flags.contains(.spaceBefore) { return false }
            // A comma, semicolon or colon right after the period continues the sentence ("etc.,").
            if t.kind == .punct && (t.mark == PunctMark.comma || t.mark == PunctMark.semicolon || t.mark == PunctMark.colon) { return false }
            let capitalNext = t.flags.contains(.capitalized) || t.kind == .number
                || (t.kind == .punct && (t.mark == PunctMark.doubleQuote || t.mark == PunctMark.openCurlyQuote || t.mark == PunctMark.openParen
                    || PunctMark.isCurrency(t.mark) || t.mark == PunctMark.singleQuote || t.mark == PunctMark.openCurlySingle))
            if end.mark == PunctMark.ellipsis || (end.mark == PunctMark.period && k > 0 && out[k - 1].kind == .punct && out[k - 1].mark == PunctMark.period) {
                return capitalNext || t.flags.contains(.lineStart)
            }
            if end.mark == PunctMark.period {
                if k > 0, out[k - 1].kind != .punct, out[k - 1].end == end.start {
                    let word = out[k - 1]
                    if word.traits.contains(.abbreviation) { return false }
                    if word.traits.contains(.abbreviationFinal) { return t.flags.contains(.capitalized) }
                    if word.kind == .word && word.length == 1 && word.flags.contains(.capitalized) && t.flags.contains(.capitalized) {
                        return false  // an initial: "J. Smith"
                    }
                }
                return true
            }
            // "?" or "!": a quoted question followed by lowercase continues ("'Why?' she asked").
            if closedQuote && t.kind == .word && !t.flags.contains(.capitalized) && !t.flags.contains(.lineStart) { return false }
            return true
        }
        if t.flags.contains(.lineStart) {
            // A line break: does the previous line end mid-clause?
            if last.kind == .punct {
                let m = last.mark
                if m == PunctMark.comma || m == PunctMark.semicolon || m == PunctMark.openParen || PunctMark.isDash(m) || m == UInt8(ascii: "&") {
                    return false
                }
                if m == PunctMark.colon { return true }
            } else if last.traits.contains(.continuation) {
                return false
            }
            return t.flags.contains(.capitalized) || t.kind == .number || t.kind == .punct
        }
        return false
    }
}

extension WordTraits {
    /// Any explicit part label.
    static let labelAny: WordTraits = [.labelSituation, .labelTask, .labelAction, .labelResult]

    /// Whether the word is any explicit part label.
    var hasLabel: Bool { !isDisjoint(with: .labelAny) }
}
