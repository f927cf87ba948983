/// Finds measurements in a sentence's tokens: percentages, money, multipliers, ranges,
/// ratings, durations and counts with units.
///
/// Recognised shapes (the metric's text is the exact span of its tokens in the answer):
/// - percent: "40%", "3.5 %", "40 percent", "2 percentage points";
/// - money: "$1.2M", "€300k", "$2 million", "40,000 dollars";
/// - multiplier: "3x", "2.5 times", "doubled", "halved", "twice", "in half", "tenfold";
/// - range: "from 40 to 12 minutes", "from 3 releases a year to 12", "30-40%";
/// - rating: "4.8 stars", "4.5/5", "4.6 out of 5", "NPS of 62" (the number after a rating word);
/// - duration and count: a number (digits or spelled) followed by a unit, optionally with one
///   word between ("two weeks", "10,000 new users", "40ms");
/// - bare: any other digit number, except years (1950-2099 with no unit), ordinals ("3rd"),
///   numbers after a label word ("version 2", "step 3", "phase 2"), and "24/7"-style tokens.
/// - fraction: "half the tickets", "a third of", "two-thirds";
/// Spelled numbers count with a unit ("two weeks") or alone ("four of the six"), except "one"
/// and "half" alone ("one of our", "half the team").
enum MetricScanner {
    /// What kind of measurement a metric is.
    enum Kind: UInt8, CaseIterable {
        case percent, money, multiplier, range, rating, duration, count, bare

        /// Percent, money, multipliers, ranges and ratings are measurements on their own.
        var isStrong: Bool { self == .percent || self == .money || self == .multiplier || self == .range || self == .rating }
    }

    /// One measurement: token range within the sentence and its kind.
    struct Span {
        var first: Int
        var last: Int
        var kind: Kind
    }

    private static let fractionWords: Set<UInt64> = Set(["third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"].map(WordHash.hash))
    private static let halfFollowers: Set<UInt64> = Set(["the", "of", "our", "their", "its", "as", "what", "a"].map(WordHash.hash))

    /// Appends the metrics in `tokens[range]` to `out`.
    static func scan(_ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>, base: UnsafePointer<UInt8>, into out: inout [Span]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let t = tokens[i]
            // Most tokens cannot start a measurement: skip them cheaply.
            if t.kind == .word ? t.traits.isDisjoint(with: [.multiplierWord, .numberWord, .fractionWord])
                : (t.kind == .punct && !PunctMark.isCurrency(t.mark)) {
                i += 1
                continue
            }
            if t.kind == .word && t.traits.contains(.multiplierWord) && !t.traits.contains(.numberWord) {
                out.append(Span(first: i, last: i, kind: .multiplier))
                i += 1
                continue
            }
            // "in half", "by half"
            if t.kind == .word && t.hash == Words.half && i > range.lowerBound
                && (tokens[i - 1].hash == Words.in || tokens[i - 1].hash == Words.by) {
                out.append(Span(first: i - 1, last: i, kind: .multiplier))
                i += 1
                continue
            }
            // Fractions: "half the tickets", "a third of", "two-thirds".
            if t.kind == .word, let last = fraction(tokens, at: i, end: end, start: range.lowerBound) {
                out.append(Span(first: t.hash == Words.half ? i : i - 1, last: last, kind: .count))
                i = last + 1
                continue
            }
            if let first = quantity(tokens, at: i, end: end, base: base) {
                var span = first
                // "from 40 to 12 minutes": join the two quantities.
                if i > range.lowerBound && tokens[i - 1].hash == Words.from {
                    var j = span.last + 1
                    let limit = min(end, span.last + 8)
                    while j < limit {
                        if tokens[j].hash == Words.to, j + 1 < end, let second = quantity(tokens, at: j + 1, end: end, base: base) {
                            span = Span(first: i - 1, last: second.last, kind: .range)
                            break
                        }
                        if tokens[j].kind == .punct && tokens[j].mark != PunctMark.comma { break }
                        j += 1
                    }
                }
                // "30-40%" / "30 to 40 percent"
                else if span.kind == .bare, span.last + 2 < end,
                        (tokens[span.last + 1].kind == .punct && PunctMark.isDash(tokens[span.last + 1].mark))
                            || tokens[span.last + 1].hash == Words.to,
                        let second = quantity(tokens, at: span.last + 2, end: end, base: base), second.kind != .bare {
                    span = Span(first: span.first, last: second.last, kind: second.kind)
                }
                out.append(span)
                i = span.last + 1
                continue
            }
            i += 1
        }
    }

    /// The last token of a fraction whose denominator word is at `i` ("half the", "a third of"),
    /// if any. The fraction starts at `i` for "half", else at `i - 1` ("a", "one", "two").
    private static func fraction(_ tokens: UnsafeBufferPointer<Token>, at i: Int, end: Int, start: Int) -> Int? {
        let t = tokens[i]
        let next = i + 1 < end ? tokens[i + 1] : nil
        if t.hash == Words.half {
            guard let next, halfFollowers.contains(next.hash) else { return nil }
            if i > start, tokens[i - 1].hash == Words.in || tokens[i - 1].hash == Words.by { return nil }
            return i
        }
        guard i > start else { return nil }
        let before = tokens[i - 1]
        guard before.hash == Words.a || before.traits.contains(.numberWord), fractionWords.contains(t.hash) else { return nil }
        if t.hash == Words.quarter || t.hash == Words.quarters {
            guard let next, next.hash == Words.of else { return nil }  // "a quarter" alone is a period
        }
        return i
    }

    /// A single quantity starting at `i`, if any.
    private static func quantity(_ tokens: UnsafeBufferPointer<Token>, at i: Int, end: Int, base: UnsafePointer<UInt8>) -> Span? {
        let t = tokens[i]
        let first = i
        var numberIndex = i
        var kind: Kind = .bare
        if t.kind == .punct {
            guard PunctMark.isCurrency(t.mark), i + 1 < end, tokens[i + 1].kind == .number, tokens[i + 1].start == t.end else { return nil }
            numberIndex = i + 1
            kind = .money
        } else if t.kind == .word {
            guard t.traits.contains(.numberWord) else { return nil }
            // Spelled numbers need a unit, "percent" or "times" right after them (or "-fold").
            guard i + 1 < end else { return nil }
            let next = tokens[i + 1]
            if next.hash == Words.fold && next.flags.contains(.hyphenJoined) { return Span(first: i, last: i + 1, kind: .multiplier) }
            var j = i + 1
            if next.traits.contains(.numberWord) && !next.traits.contains(.timeUnit) && !next.traits.contains(.countUnit) {
                j += 1  // "twenty five", "two hundred"
            }
            guard j < end else { return nil }
            let unit = tokens[j]
            if unit.traits.contains(.percentWord) { return Span(first: i, last: j, kind: .percent) }
            if unit.hash == Words.times { return Span(first: i, last: j, kind: .multiplier) }
            if unit.traits.contains(.timeUnit) { return Span(first: i, last: j, kind: .duration) }
            if unit.traits.contains(.countUnit) { return Span(first: i, last: j, kind: unit.traits.contains(.ratingWord) ? .rating : .count) }
            if unit.traits.contains(.moneyWord) { return Span(first: i, last: j, kind: .money) }
            // A spelled count on its own ("four of the six tutors", "zero turnover"), but not
            // "one" or "half", which are as often pronouns or vague amounts.
            if t.hash == Words.one || t.hash == Words.half { return nil }
            return Span(first: i, last: j - 1, kind: .bare)
        }
        let number = tokens[numberIndex]
        guard number.kind == .number else { return nil }
        // Labels, ordinals and "24/7"-style tokens are not measurements.
        if kind != .money {
            if i > 0, tokens[i - 1].traits.contains(.numberLabel) || (tokens[i - 1].kind == .punct && tokens[i - 1].mark == UInt8(ascii: "#")) {
                return nil
            }
            if number.flags.contains(.slashed) && !isRatingSlash(number, base: base) { return nil }
        }
        var last = numberIndex
        if number.flags.contains(.numberSuffix) {
            switch suffix(of: number, base: base) {
            case .ordinal: return nil
            case .multiplier: return Span(first: first, last: last, kind: .multiplier)
            case .magnitude: if kind != .money { kind = .count }
            case .time: kind = .duration
            case .other: if kind != .money { kind = .count }
            }
        }
        if number.flags.contains(.slashed) { kind = .rating }
        // Glued percent sign.
        if last + 1 < end, tokens[last + 1].kind == .punct, tokens[last + 1].mark == PunctMark.percent {
            return Span(first: first, last: last + 1, kind: .percent)
        }
        guard last + 1 < end else { return finalize(first, last, kind, number, base) }
        var next = tokens[last + 1]
        if next.kind == .punct && next.mark == PunctMark.percent { return Span(first: first, last: last + 1, kind: .percent) }
        if next.traits.contains(.percentWord) {
            last += 1
            if last + 1 < end, tokens[last + 1].hash == Words.points { last += 1 }
            return Span(first: first, last: last, kind: .percent)
        }
        if next.hash == Words.times || (next.hash == Words.x && next.kind == .word) {
            return Span(first: first, last: last + 1, kind: .multiplier)
        }
        if next.hash == Words.points { return Span(first: first, last: last + 1, kind: kind == .money ? .money : .count) }
        if next.traits.contains(.magnitude) && next.kind == .word {
            last += 1
            if kind != .money { kind = .count }
            guard last + 1 < end else { return Span(first: first, last: last, kind: kind) }
            next = tokens[last + 1]
        }
        if next.traits.contains(.moneyWord) { return Span(first: first, last: last + 1, kind: .money) }
        // "4.6 out of 5"
        if next.hash == Words.out, last + 3 < end, tokens[last + 2].hash == Words.of, tokens[last + 3].kind == .number {
            return Span(first: first, last: last + 3, kind: .rating)
        }
        if let unitKind = unitKind(next) { return Span(first: first, last: last + 1, kind: kind == .money ? .money : unitKind) }
        // One word between the number and its unit: "10,000 new users", "3 senior engineers".
        if next.kind == .word && !next.traits.contains(.stopword) && last + 2 < end, let unitKind = unitKind(tokens[last + 2]) {
            return Span(first: first, last: last + 2, kind: kind == .money ? .money : unitKind)
        }
        return finalize(first, last, kind, number, base)
    }

    private static func unitKind(_ t: Token) -> Kind? {
        guard t.kind == .word else { return nil }
        if t.traits.contains(.ratingWord) { return .rating }
        if t.traits.contains(.timeUnit) { return .duration }
        if t.traits.contains(.countUnit) { return .count }
        return nil
    }

    private static func finalize(_ first: Int, _ last: Int, _ kind: Kind, _ number: Token, _ base: UnsafePointer<UInt8>) -> Span? {
        if kind == .bare && isYear(number, base: base) { return nil }
        return Span(first: first, last: last, kind: kind)
    }

    private enum Suffix { case ordinal, multiplier, magnitude, time, other }

    private static func suffix(of t: Token, base: UnsafePointer<UInt8>) -> Suffix {
        var k = t.start
        while k < t.end && (base[k] < 0x3A || base[k] == UInt8(ascii: ".") || base[k] == UInt8(ascii: ",")) { k += 1 }
        let length = t.end - k
        var lower: [UInt8] = []
        lower.reserveCapacity(4)
        for j in k..<min(t.end, k + 4) { lower.append(base[j] | 0x20) }
        func equals(_ s: StaticString) -> Bool {
            guard length == s.utf8CodeUnitCount else { return false }
            return s.withUTF8Buffer { Array($0) == lower }
        }
        if equals("st") || equals("nd") || equals("rd") || equals("th") { return .ordinal }
        if equals("x") { return .multiplier }
        if equals("k") || equals("m") || equals("bn") || equals("b") || equals("mm") { return .magnitude }
        if equals("ms") || equals("s") || equals("h") || equals("hr") || equals("hrs") || equals("min") || equals("d") || equals("sec") {
            return .time
        }
        return .other
    }

    private static func isYear(_ t: Token, base: UnsafePointer<UInt8>) -> Bool {
        guard t.length == 4 else { return false }
        var value = 0
        for k in t.start..<t.end {
            let b = base[k]
            guard b >= 0x30 && b <= 0x39 else { return false }
            value = value * 10 + Int(b - 0x30)
        }
        return value >= 1950 && value <= 2099
    }

    /// "4.5/5", "9/10": a rating out of 5 or 10.
    private static func isRatingSlash(_ t: Token, base: UnsafePointer<UInt8>) -> Bool {
        var k = t.end - 1
        while k > t.start && base[k] != UInt8(ascii: "/") { k -= 1 }
        let denominator = t.end - k - 1
        guard denominator >= 1 && denominator <= 3 else { return false }
        let tail = (k + 1..<t.end).map { base[$0] }
        return tail == Array("5".utf8) || tail == Array("10".utf8) || tail == Array("100".utf8)
    }
}
