/// Hashing and light stemming of lowercase word bytes, shared by the tokenizer and the lexicon
/// compiler so that both sides of a lookup agree byte for byte.
///
/// The hash is 64-bit FNV-1a over lowercase ASCII with the curly apostrophe folded to `'`.
/// The stem is a deliberately small suffix stripper (plural `s`/`es`/`ies`, `ed`, `ing`, a
/// doubled final consonant, a final `e`): it is only used to let lexicon phrases match simple
/// inflections ("pushed back" ~ "push back", "root causes" ~ "root cause"), never to decide tense.
enum WordHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// The hash of `count` bytes at `bytes`.
    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var h = offsetBasis
        for i in 0..<count { h = mix(h, bytes[i]) }
        return h
    }

    /// The hash of a lowercase ASCII string (used when compiling lexicons).
    static func hash(_ word: String) -> UInt64 {
        var h = offsetBasis
        for b in word.utf8 { h = mix(h, b) }
        return h
    }

    /// The stem hash of `count` lowercase bytes at `bytes` (see the type's comment).
    @inline(__always)
    static func stemHash(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let (length, appendY) = stemLength(bytes, count: count)
        var h = hash(bytes, count: length)
        if appendY { h = mix(h, UInt8(ascii: "y")) }
        return h
    }

    /// The stem hash of a lowercase ASCII word (used when compiling lexicons).
    static func stemHash(_ word: String) -> UInt64 {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { stemHash($0.baseAddress!, count: $0.count) }
    }

    /// How many leading bytes make the stem, and whether a `y` follows them.
    @inline(__always)
    static func stemLength(_ w: UnsafePointer<UInt8>, count n: Int) -> (Int, Bool) {
        @inline(__always) func at(_ i: Int) -> UInt8 { w[i] }
        let s = UInt8(ascii: "s"), e = UInt8(ascii: "e"), d = UInt8(ascii: "d")
        var len = n
        // Possessive.
        if len > 2 && at(len - 1) == s && at(len - 2) == UInt8(ascii: "'") { len -= 2 }
        guard len > 3 else { return (len, false) }
        // Plurals and third person.
        if at(len - 1) == s {
            if len > 4 && at(len - 2) == e && at(len - 3) == UInt8(ascii: "i") {
                return (len - 3, true)  // studies -> study
            }
            let prev = at(len - 2)
            if prev == e && len > 4 {
                let before = at(len - 3)
                let sh = before == UInt8(ascii: "h") && (at(len - 4) == s || at(len - 4) == UInt8(ascii: "c"))
                if before == s || before == UInt8(ascii: "x") || before == UInt8(ascii: "z") || sh {
                    len -= 2  // fixes -> fix, causes -> caus
                } else {
                    len -= 1
                }
            } else if prev != s && prev != UInt8(ascii: "u") && prev != UInt8(ascii: "i") {
                len -= 1
            }
        }
        // Past tense and participles.
        var stripped = false
        if len > 4 && at(len - 1) == d && at(len - 2) == e {
            if at(len - 3) == e {
                len -= 1  // agreed -> agree (the final e goes below)
            } else if at(len - 3) == UInt8(ascii: "i") {
                return (len - 3, true)  // studied -> study
            } else {
                len -= 2
                stripped = true
            }
        } else if len > 5 && at(len - 1) == UInt8(ascii: "g") && at(len - 2) == UInt8(ascii: "n") && at(len - 3) == UInt8(ascii: "i") {
            len -= 3
            stripped = true
        }
        if stripped && len > 2 {
            let last = at(len - 1)
            if last == at(len - 2) && isDoublable(last) { len -= 1 }  // stopped -> stop
        }
        if len > 3 && at(len - 1) == e { len -= 1 }
        return (len, false)
    }

    @inline(__always)
    private static func isDoublable(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "g"), UInt8(ascii: "m"), UInt8(ascii: "n"),
             UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return true
        default:
            return false
        }
    }
}
