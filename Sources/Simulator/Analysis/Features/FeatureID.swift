/// The identity of one feature of a sentence: a 64-bit hash of its name. Fixed features are
/// named ("sv=I:past-action", "goal"); word features are named by the word ("w=rewrote",
/// "b=rewrote the", "f=so"). The model file stores names; ids are what the reader sums.
struct FeatureID: Hashable, Comparable {
    let raw: UInt64

    func hash(into hasher: inout Hasher) { hasher.combine(raw) }

    static func < (a: FeatureID, b: FeatureID) -> Bool { a.raw < b.raw }

    /// The id of a fixed feature's name.
    init(_ name: String) {
        var h = Self.fixedPrefix
        for b in name.utf8 { h = WordHash.mix(h, b) }
        raw = h
    }

    /// FNV-1a of "k=", the prefix every fixed feature's name is hashed after.
    private static let fixedPrefix: UInt64 = WordHash.mix(WordHash.mix(WordHash.offsetBasis, UInt8(ascii: "k")), UInt8(ascii: "="))

    init(raw: UInt64) { self.raw = raw }

    private static let wordSalt: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let bigramSalt: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let firstSalt: UInt64 = 0x1656_67B1_9E37_79F9

    /// A word unigram, from the token's hash of its lowercase form.
    static func word(_ hash: UInt64) -> FeatureID { FeatureID(raw: mix(hash ^ wordSalt)) }
    /// A word bigram.
    static func bigram(_ first: UInt64, _ second: UInt64) -> FeatureID { FeatureID(raw: mix(mix(first ^ bigramSalt) &+ second)) }
    /// The first word of the sentence.
    static func firstWord(_ hash: UInt64) -> FeatureID { FeatureID(raw: mix(hash ^ firstSalt)) }

    private static let previousSalt: UInt64 = 0x27D4_EB2F_1656_67C5
    private static let nextSalt: UInt64 = 0x85EB_CA77_C2B2_AE63

    /// A feature of the sentence before ("<" before its name).
    static func previous(_ id: FeatureID) -> FeatureID { FeatureID(raw: mix(id.raw ^ previousSalt)) }
    /// A feature of the sentence after (">" before its name).
    static func next(_ id: FeatureID) -> FeatureID { FeatureID(raw: mix(id.raw ^ nextSalt)) }

    /// The id for a name as the model file writes it.
    static func parse(_ name: Substring) -> FeatureID {
        if name.hasPrefix("<") { return previous(parse(name.dropFirst())) }
        if name.hasPrefix(">") { return next(parse(name.dropFirst())) }
        if name.hasPrefix("w=") { return word(WordHash.hash(String(name.dropFirst(2)))) }
        if name.hasPrefix("f=") { return firstWord(WordHash.hash(String(name.dropFirst(2)))) }
        if name.hasPrefix("b=") {
            let words = name.dropFirst(2).split(separator: " ", maxSplits: 1)
            return bigram(WordHash.hash(String(words.first ?? "")), WordHash.hash(String(words.count > 1 ? words[1] : "")))
        }
        return FeatureID(String(name))
    }

    /// The id for a name given as bytes, as `parse` does for a string.
    static func parse(bytes name: UnsafeBufferPointer<UInt8>) -> FeatureID {
        func hash(_ range: Range<Int>) -> UInt64 {
            var h = WordHash.offsetBasis
            for i in range { h = WordHash.mix(h, name[i]) }
            return h
        }
        if let first = name.first, first == UInt8(ascii: "<") || first == UInt8(ascii: ">") {
            let rest = parse(bytes: UnsafeBufferPointer(rebasing: name[1...]))
            return first == UInt8(ascii: "<") ? previous(rest) : next(rest)
        }
        if name.count >= 2, name[1] == UInt8(ascii: "=") {
            switch name[0] {
            case UInt8(ascii: "w"): return word(hash(2..<name.count))
            case UInt8(ascii: "f"): return firstWord(hash(2..<name.count))
            case UInt8(ascii: "b"):
                let space = (2..<name.count).first { name[$0] == 0x20 } ?? name.count
                return bigram(hash(2..<space), hash(min(space + 1, name.count)..<name.count))
            default: break
            }
        }
        var h = fixedPrefix
        for byte in name { h = WordHash.mix(h, byte) }
        return FeatureID(raw: h)
    }

    /// Scrambles a 64-bit value (SplitMix64's finaliser), to make ids of hashes and pairs.
    @inline(__always)
    static func scramble(_ value: UInt64) -> UInt64 { mix(value) }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// What kind of evidence a feature is, for the explanation of a sentence's part ("goal: my aim
/// was"). Word features name their words; fixed ones their detector.
enum FeatureFamily: UInt8, CaseIterable {
    case subjectVerb, clause, goal, outcome, metric, timeAnchor, background, position, header, answering
    case evasion, hedge, hypothetical, negation, lesson, meta, word, bigram, firstWord, length, bias, number, content, context

    /// This family's bit in a mask of families.
    @inline(__always)
    var bit: UInt32 { 1 << UInt32(rawValue) }

    /// A set of families as a mask of their bits.
    static func mask(_ families: Set<FeatureFamily>) -> UInt32 { families.reduce(0) { $0 | $1.bit } }

    /// "label: " as bytes, per family, for cue texts.
    static let prefixes: [[UInt8]] = allCases.map { Array("\($0.label): ".utf8) }

    var label: String {
        switch self {
        case .subjectVerb: "subject and verb"
        case .clause: "clause"
        case .goal: "goal"
        case .outcome: "outcome"
        case .metric: "metric"
        case .timeAnchor: "time anchor"
        case .background: "background"
        case .position: "position"
        case .header: "label"
        case .answering: "answers a probe"
        case .evasion: "evasion"
        case .hedge: "hedge"
        case .hypothetical: "hypothetical"
        case .negation: "negation"
        case .lesson: "lesson"
        case .meta: "meta"
        case .word: "word"
        case .bigram: "words"
        case .firstWord: "opening word"
        case .length: "length"
        case .bias: "bias"
        case .number: "number"
        case .content: "specific words"
        case .context: "neighbouring sentence"
        }
    }
}

/// One feature that fired in a sentence: its id, family, name (for fixed features) and the
/// bytes that caused it (empty for position and length). A plain value (no reference counted
/// fields), so the reader copies thousands of them per answer without retain or release.
struct FiredFeature {
    var id: FeatureID
    var family: FeatureFamily
    /// Byte range in the answer.
    var start: Int
    var end: Int
    /// The fixed feature's name; nil for word features (their name comes from the bytes) unless
    /// the sentence was read for training (`naming`).
    var featureName: FeatureName?

    var name: String? { featureName?.text }

    /// A fixed feature, its id the hash of its name.
    init(_ name: String, _ family: FeatureFamily) {
        self.init(id: FeatureID(name), family: family, start: 0, end: 0, featureName: FeatureName(name))
    }

    init(id: FeatureID, family: FeatureFamily, start: Int, end: Int, featureName: FeatureName?) {
        self.id = id
        self.family = family
        self.start = start
        self.end = end
        self.featureName = featureName
    }

    /// This feature at the bytes `start..<end`.
    @inline(__always)
    func at(_ start: Int, _ end: Int) -> FiredFeature {
        var copy = self
        copy.start = start
        copy.end = end
        return copy
    }

    /// The fixed feature of a name made at run time ("answering=result", "header=task"),
    /// made once per name and kept.
    static func named(_ name: String, _ family: FeatureFamily) -> FiredFeature {
        FeatureName.cachedFeature(name, family)
    }
}

/// The name of a feature, interned for the life of the process: a pointer to a string that is
/// never freed, so a `FiredFeature` holding it stays a plain value.
struct FeatureName: @unchecked Sendable {
    private final class Box {
        let text: String
        /// What follows the first "=" ("past-action" of "verb=past-action"), or the whole name.
        let value: String
        init(_ text: String) {
            self.text = text
            value = text.split(separator: "=", maxSplits: 1).last.map(String.init) ?? text
        }
    }
    private let box: Unmanaged<Box>

    var text: String { box.takeUnretainedValue().text }
    /// The name's value, as a cue shows it: what follows its first "=", or the whole name.
    var value: String { box.takeUnretainedValue().value }

    /// The interned name `text` (the same one each time).
    init(_ text: String) {
        box = Self.registry.withLock { registry in
            if let box = registry.boxes[text] { return box }
            let box = Unmanaged.passRetained(Box(text))
            registry.boxes[text] = box
            return box
        }
    }

    private struct Registry {
        var boxes: [String: Unmanaged<Box>] = [:]
        var features: [String: FiredFeature] = [:]
    }
    private static let registry = Locked(Registry())

    fileprivate static func cachedFeature(_ name: String, _ family: FeatureFamily) -> FiredFeature {
        if let feature = registry.withLock({ $0.features[name] }), feature.family == family { return feature }
        let feature = FiredFeature(name, family)
        registry.withLock { $0.features[name] = feature }
        return feature
    }
}

/// Collects the features of one sentence; detectors add to it, none decides a part.
struct FeatureSink {
    var fired: [FiredFeature] = []

    @inline(__always)
    mutating func add(_ feature: FiredFeature, _ start: Int = 0, _ end: Int = 0) {
        fired.append(feature.at(start, end))
    }

    @inline(__always)
    mutating func add(_ id: FeatureID, _ family: FeatureFamily, _ start: Int, _ end: Int) {
        fired.append(FiredFeature(id: id, family: family, start: start, end: end, featureName: nil))
    }
}
