/// One token of an answer: a word, a number or a punctuation mark, with its UTF-8 byte range.
///
/// Words carry two hashes (exact lowercase form and stem) and the traits the lexicon gives
/// the exact form; everything downstream works on these, never on `String`s.
struct Token {
    enum Kind: UInt8 {
        case word, number, punct
    }

    /// Byte range in the answer, half-open.
    var start: Int
    var end: Int
    /// FNV-1a of the lowercase form (0 for punctuation).
    var hash: UInt64
    /// Hash of the stem of the lowercase form (0 for punctuation).
    var stem: UInt64
    /// What the lexicon knows about the exact lowercase form.
    var traits: WordTraits
    var kind: Kind
    var flags: TokenFlags
    /// For punctuation, the mark (see `PunctMark`); 0 otherwise.
    var mark: UInt8

    var isWordLike: Bool { kind != .punct }
    var length: Int { end - start }
    func has(_ trait: WordTraits) -> Bool { traits.contains(trait) }
}

/// Layout facts about a token, set by the tokenizer.
struct TokenFlags: OptionSet {
    let rawValue: UInt16
    /// Starts with an ASCII capital letter.
    static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// Contains a digit.
    static let hasDigit = TokenFlags(rawValue: 1 << 1)
    /// First token on its line.
    static let lineStart = TokenFlags(rawValue: 1 << 2)
    /// A blank line comes before it.
    static let paragraphStart = TokenFlags(rawValue: 1 << 3)
    /// Whitespace comes right before it.
    static let spaceBefore = TokenFlags(rawValue: 1 << 4)
    /// Joined to the previous word by a hyphen ("follow-up"): the same written word.
    static let hyphenJoined = TokenFlags(rawValue: 1 << 5)
    /// Every letter is an ASCII capital (and there are at least two).
    static let allCaps = TokenFlags(rawValue: 1 << 6)
    /// A word ending in "ed" (a regular past form unless the lexicon says otherwise).
    static let edSuffix = TokenFlags(rawValue: 1 << 7)
    /// A word ending in "ing".
    static let ingSuffix = TokenFlags(rawValue: 1 << 8)
    /// A word ending in "ly".
    static let lySuffix = TokenFlags(rawValue: 1 << 9)
    /// A number token with letters after its digits ("3x", "40ms", "1.2m").
    static let numberSuffix = TokenFlags(rawValue: 1 << 10)
    /// A word with a digit or a slash inside that is not a plain number ("24/7", "a/b").
    static let slashed = TokenFlags(rawValue: 1 << 11)
}

/// Codes for the punctuation marks the segmenter and metric scanner care about.
/// ASCII marks use their own byte; multi-byte marks get codes above 0x7F.
enum PunctMark {
    static let period = UInt8(ascii: ".")
    static let question = UInt8(ascii: "?")
    static let exclamation = UInt8(ascii: "!")
    static let comma = UInt8(ascii: ",")
    static let semicolon = UInt8(ascii: ";")
    static let colon = UInt8(ascii: ":")
    static let hyphen = UInt8(ascii: "-")
    static let asterisk = UInt8(ascii: "*")
    static let plus = UInt8(ascii: "+")
    static let percent = UInt8(ascii: "%")
    static let dollar = UInt8(ascii: "$")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")
    static let openParen = UInt8(ascii: "(")
    static let closeParen = UInt8(ascii: ")")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let slash = UInt8(ascii: "/")
    static let ellipsis: UInt8 = 0x80
    static let emDash: UInt8 = 0x81
    static let enDash: UInt8 = 0x82
    static let openCurlyQuote: UInt8 = 0x83
    static let closeCurlyQuote: UInt8 = 0x84
    static let bullet: UInt8 = 0x85
    static let euro: UInt8 = 0x86
    static let pound: UInt8 = 0x87
    static let openCurlySingle: UInt8 = 0x88
    static let closeCurlySingle: UInt8 = 0x89
    static let other: UInt8 = 0xFF

    static func isTerminator(_ m: UInt8) -> Bool {
        m == period || m == question || m == exclamation || m == ellipsis
    }

    static func isClosing(_ m: UInt8) -> Bool {
        m == doubleQuote || m == singleQuote || m == closeCurlyQuote || m == closeCurlySingle
            || m == closeParen || m == closeBracket
    }

    static func isCurrency(_ m: UInt8) -> Bool { m == dollar || m == euro || m == pound }

    static func isDash(_ m: UInt8) -> Bool { m == hyphen || m == emDash || m == enDash }
}
