/// Splits UTF-8 text into word, number and punctuation tokens in one forward pass.
///
/// Words keep inner apostrophes ("didn't"), dots between letters ("e.g", "node.js"), slashes
/// ("a/b", "24/7") and ampersands ("r&d"); a hyphen between letters splits the word but marks the
/// second half `hyphenJoined`, so "follow-up" matches the phrase "follow up". Numbers keep inner
/// dots and thousands commas and a letter suffix ("3.5", "10,000", "1.2m", "3x"). Curly quotes,
/// dashes, the ellipsis and bullets are decoded to single punctuation tokens. Each word is
/// lowercased into a scratch buffer, hashed, stemmed and looked up in the word table.
struct Tokenizer {
    /// Longest word looked up in the lexicon; longer ones are hashed but have no traits.
    static let scratchCapacity = 64

    private let base: UnsafePointer<UInt8>
    private let count: Int
    private let words: WordTable?
    /// Compute stems of words the table does not know (needed only for caller phrases).
    private let stemUnknownWords: Bool
    private let scratch: UnsafeMutablePointer<UInt8>
    private let classes: UnsafePointer<UInt8>
    private(set) var position: Int
    private var pendingHyphenJoin = false

    /// `scratch` must hold `scratchCapacity` bytes and outlive the tokenizer.
    init(base: UnsafePointer<UInt8>, count: Int, words: WordTable?, scratch: UnsafeMutablePointer<UInt8>,
         stemUnknownWords: Bool = true, from start: Int = 0) {
        self.stemUnknownWords = stemUnknownWords || words == nil
        self.base = base
        self.count = count
        self.words = words
        self.scratch = scratch
        self.position = start
        self.classes = ByteClass.table
    }

    @inline(__always) private func byte(_ i: Int) -> UInt8 { i < count ? base[i] : 0 }
    @inline(__always) private func cls(_ i: Int) -> UInt8 {
        i < count && i >= 0 ? classes[Int(base[i])] : ByteClass.other
    }

    /// A multi-byte punctuation or space sequence at `i`: (mark or space/newline code, length).
    /// Returns nil for an ordinary (letter-like) non-ASCII character.
    @inline(__always)
    private func special(at i: Int) -> (UInt8, Int)? {
        let b0 = base[i]
        if b0 == 0xE2, i + 2 < count, base[i + 1] == 0x80 {
            switch base[i + 2] {
            case 0x98: return (PunctMark.openCurlySingle, 3)
            case 0x99: return (PunctMark.closeCurlySingle, 3)
            case 0x9C: return (PunctMark.openCurlyQuote, 3)
            case 0x9D: return (PunctMark.closeCurlyQuote, 3)
            case 0x94: return (PunctMark.emDash, 3)
            case 0x93: return (PunctMark.enDash, 3)
            case 0xA6: return (PunctMark.ellipsis, 3)
            case 0xA2: return (PunctMark.bullet, 3)
            case 0x8B, 0x8C, 0x8D, 0xAF, 0x80...0x8A: return (Self.spaceCode, 3)
            case 0xA8, 0xA9: return (Self.newlineCode, 3)
            default: return nil
            }
        }
        if b0 == 0xE2, i + 2 < count, base[i + 1] == 0x82, base[i + 2] == 0xAC { return (PunctMark.euro, 3) }
        if b0 == 0xC2, i + 1 < count {
            switch base[i + 1] {
            case 0xA0: return (Self.spaceCode, 2)
            case 0xA3: return (PunctMark.pound, 2)
            case 0xB7: return (PunctMark.bullet, 2)
            default: return nil
            }
        }
        if b0 == 0xEF, i + 2 < count, base[i + 1] == 0xBB, base[i + 2] == 0xBF { return (Self.spaceCode, 3) }
        return nil
    }

    private static let spaceCode: UInt8 = 0xF0
    private static let newlineCode: UInt8 = 0xF1

    /// The next token, or nil at the end of the text.
    mutating func next() -> Token? {
        var newlines = 0
        var sawSpace = false
        // Skip whitespace, counting line breaks (plain spaces first, the common case).
        while position < count && base[position] == 0x20 { position &+= 1; sawSpace = true }
        while position < count {
            let c = cls(position)
            if c == ByteClass.space { sawSpace = true; position += 1; continue }
            if c == ByteClass.newline { newlines += 1; sawSpace = true; position += 1; continue }
            if c == ByteClass.nonASCII, let (code, length) = special(at: position) {
                if code == Self.spaceCode { sawSpace = true; position += length; continue }
                if code == Self.newlineCode { newlines += 1; sawSpace = true; position += length; continue }
            }
            break
        }
        guard position < count else { return nil }
        var flags: TokenFlags = []
        if sawSpace { flags.insert(.spaceBefore); pendingHyphenJoin = false }
        if newlines >= 1 || position == 0 { flags.insert(.lineStart) }
        if newlines >= 2 { flags.insert(.paragraphStart) }
        if pendingHyphenJoin { flags.insert(.hyphenJoined); pendingHyphenJoin = false }

        let start = position
        let c = cls(start)
        if c == ByteClass.nonASCII, let (mark, length) = special(at: start) {
            position += length
            return Token(start: start, end: position, hash: 0, stem: 0, traits: [], kind: .punct, flags: flags, mark: mark)
        }
        if ByteClass.isAlnum(c) {
            return scanWord(start: start, flags: flags, isNumber: c == ByteClass.digit)
        }
        position += 1
        return Token(start: start, end: position, hash: 0, stem: 0, traits: [], kind: .punct, flags: flags, mark: base[start])
    }

    private mutating func scanWord(start: Int, flags initialFlags: TokenFlags, isNumber: Bool) -> Token {
        var flags = initialFlags
        var h = WordHash.offsetBasis
        var length = 0  // bytes written to the hash (lowercase form)
        var upperCount = 0
        var lowerSeen = false
        var inNumberPart = isNumber
        var sawLetterAfterDigits = false
        if cls(start) == ByteClass.upper { flags.insert(.capitalized) }
        let capacity = Tokenizer.scratchCapacity
        let scratch = self.scratch

        var i = start
        scan: while i < count {
            let b = base[i]
            // Fast path: lowercase ASCII letters of a word, the bulk of any answer.
            if b &- 0x61 < 26 && !inNumberPart {
                if length < capacity { scratch[length] = b }
                length &+= 1
                h = (h ^ UInt64(b)) &* WordHash.prime
                lowerSeen = true
                i &+= 1
                continue
            }
            let c = classes[Int(b)]
            switch c {
            case ByteClass.lower:
                sawLetterAfterDigits = true; inNumberPart = false
                lowerSeen = true
                if length < capacity { scratch[length] = b }
                length &+= 1; h = (h ^ UInt64(b)) &* WordHash.prime; i &+= 1
            case ByteClass.upper:
                if inNumberPart { sawLetterAfterDigits = true; inNumberPart = false }
                upperCount &+= 1
                let lower = b | 0x20
                if length < capacity { scratch[length] = lower }
                length &+= 1; h = (h ^ UInt64(lower)) &* WordHash.prime; i &+= 1
            case ByteClass.digit:
                flags.insert(.hasDigit)
                if length < capacity { scratch[length] = b }
                length &+= 1; h = (h ^ UInt64(b)) &* WordHash.prime; i &+= 1
            case ByteClass.nonASCII:
                if let (mark, len) = special(at: i) {
                    // A curly apostrophe between letters is an apostrophe ("didn’t").
                    if mark == PunctMark.closeCurlySingle, i > start, ByteClass.isLetter(cls(i - 1)),
                       i + len < count, ByteClass.isLetter(cls(i + len)) {
                        let q = UInt8(ascii: "'")
                        if length < capacity { scratch[length] = q }
                        length &+= 1; h = (h ^ UInt64(q)) &* WordHash.prime; i &+= len
                        continue scan
                    }
                    break scan
                }
                lowerSeen = true
                if length < capacity { scratch[length] = b }
                length &+= 1; h = (h ^ UInt64(b)) &* WordHash.prime; i &+= 1
            default:
                let prev = cls(i - 1)
                let nextClass = cls(i + 1)
                let prevAlnum = ByteClass.isAlnum(prev)
                var joins = false
                switch b {
                case UInt8(ascii: "'"):
                    joins = ByteClass.isLetter(prev) && ByteClass.isLetter(nextClass)
                case UInt8(ascii: "."):
                    if isNumber && inNumberPart {
                        joins = nextClass == ByteClass.digit && prev == ByteClass.digit
                    } else if !isNumber && ByteClass.isLetter(prev) {
                        // "node.js", "e.g", "u.s": a dot glued between letters, followed by
                        // lowercase or by a single letter then another dot.
                        joins = nextClass == ByteClass.lower || nextClass == ByteClass.digit
                            || (nextClass == ByteClass.upper && byte(i + 2) == UInt8(ascii: "."))
                    }
                case UInt8(ascii: ","):
                    // Thousands separator: exactly three digits follow.
                    joins = isNumber && inNumberPart && prev == ByteClass.digit && cls(i + 1) == ByteClass.digit
                        && cls(i + 2) == ByteClass.digit && cls(i + 3) == ByteClass.digit && cls(i + 4) != ByteClass.digit
                case UInt8(ascii: "/"):
                    joins = prevAlnum && ByteClass.isAlnum(nextClass)
                    if joins { flags.insert(.slashed) }
                case UInt8(ascii: "&"):
                    joins = ByteClass.isLetter(prev) && ByteClass.isLetter(nextClass)
                case UInt8(ascii: "-"):
                    // Letters on both sides: split, and join the halves for phrase matching.
                    if prevAlnum && ByteClass.isLetter(nextClass) {
                        pendingHyphenJoin = true
                        position = i + 1
                        return finish(start: start, end: i, hash: h, length: length, flags: flags,
                                      isNumber: isNumber, suffix: sawLetterAfterDigits, allCaps: upperCount >= 2 && !lowerSeen)
                    }
                default:
                    break
                }
                guard joins else { break scan }
                if length < capacity { scratch[length] = b }
                length &+= 1; h = (h ^ UInt64(b)) &* WordHash.prime; i &+= 1
            }
        }
        position = i
        return finish(start: start, end: i, hash: h, length: length, flags: flags,
                      isNumber: isNumber, suffix: sawLetterAfterDigits, allCaps: upperCount >= 2 && !lowerSeen)
    }

    @inline(__always)
    private func finish(start: Int, end: Int, hash: UInt64, length: Int, flags initial: TokenFlags,
                        isNumber: Bool, suffix: Bool, allCaps: Bool) -> Token {
        var flags = initial
        if allCaps { flags.insert(.allCaps) }
        if isNumber && suffix { flags.insert(.numberSuffix) }
        var stem = hash
        var traits: WordTraits = []
        if length <= Tokenizer.scratchCapacity {
            if !isNumber {
                if length >= 4 {
                    let a = scratch[length - 2], b = scratch[length - 1]
                    if a == UInt8(ascii: "e") && b == UInt8(ascii: "d") { flags.insert(.edSuffix) }
                    if a == UInt8(ascii: "l") && b == UInt8(ascii: "y") { flags.insert(.lySuffix) }
                    if length >= 5 && scratch[length - 3] == UInt8(ascii: "i") && a == UInt8(ascii: "n") && b == UInt8(ascii: "g") {
                        flags.insert(.ingSuffix)
                    }
                }
            }
            if let words, let entry = words.lookup(hash: hash, bytes: UnsafePointer(scratch), count: length) {
                traits = entry.traits
                if !isNumber { stem = entry.stem }
            } else if !isNumber && stemUnknownWords {
                stem = WordHash.stemHash(UnsafePointer(scratch), count: length)
            }
        }
        return Token(start: start, end: end, hash: hash, stem: stem, traits: traits,
                     kind: isNumber ? .number : .word, flags: flags, mark: 0)
    }
}
