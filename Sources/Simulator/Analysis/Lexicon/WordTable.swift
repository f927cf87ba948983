/// An immutable open-addressing hash table from exact lowercase word forms to their traits and
/// stem hash, in one block of memory allocated once.
///
/// Keys are the 64-bit `WordHash` of the form; a hit is confirmed by comparing the stored bytes,
/// so a hash collision can never give an unlisted word traits. Besides the lexicon's words it
/// holds the inflected forms of every word used in a phrase ("causes", "caused" for "cause"),
/// so a token's stem comes from the same lookup as its traits.
final class WordTable: @unchecked Sendable {
    // @unchecked: the storage is written only in init and never changes afterwards.
    private struct Slot {
        var hash: UInt64
        var stem: UInt64
        var traits: WordTraits
        var offset: UInt32
        var length: UInt8
    }

    /// What the table knows about one word.
    struct Entry {
        var traits: WordTraits
        var stem: UInt64
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let bytes: UnsafeMutablePointer<UInt8>
    private let mask: Int

    /// Builds the table from word traits (united when a word is listed several times) and the
    /// words whose inflections phrases must match.
    init(_ entries: [String: WordTraits], phraseWords: Set<String> = []) {
        var all = entries
        for word in phraseWords {
            for form in Inflections.forms(of: word) where all[form] == nil { all[form] = [] }
        }
        let words = all.keys.filter { !$0.isEmpty && $0.utf8.count <= Tokenizer.scratchCapacity }.sorted()
        var capacity = 16
        while capacity < words.count * 3 { capacity <<= 1 }
        mask = capacity - 1
        slots = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        slots.initialize(repeating: Slot(hash: 0, stem: 0, traits: [], offset: 0, length: 0), count: capacity)
        let totalBytes = words.reduce(0) { $0 + $1.utf8.count }
        bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, totalBytes))
        var offset = 0
        for word in words {
            let utf8 = Array(word.utf8)
            let h = WordHash.hash(word)
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i].length != 0 { i = (i + 1) & mask }
            slots[i] = Slot(hash: h, stem: WordHash.stemHash(word), traits: all[word]!, offset: UInt32(offset), length: UInt8(utf8.count))
            for b in utf8 { bytes[offset] = b; offset += 1 }
        }
    }

    deinit {
        slots.deallocate()
        bytes.deallocate()
    }

    /// The entry for the `count` lowercase bytes at `word`, whose hash is `hash`.
    @inline(__always)
    func lookup(hash: UInt64, bytes word: UnsafePointer<UInt8>, count: Int) -> Entry? {
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[i]
            if slot.length == 0 { return nil }
            if slot.hash == hash && Int(slot.length) == count && equal(bytes + Int(slot.offset), word, count) {
                return Entry(traits: slot.traits, stem: slot.stem)
            }
            i = (i + 1) & mask
        }
    }

    /// Compares `count` bytes: whole 8-byte words first, then the tail byte by byte (never
    /// reading past `count`).
    @inline(__always)
    private func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var k = 0
        while k + 8 <= count {
            if UnsafeRawPointer(a + k).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + k).loadUnaligned(as: UInt64.self) { return false }
            k += 8
        }
        while k < count {
            if a[k] != b[k] { return false }
            k += 1
        }
        return true
    }

    /// The traits of a lowercase word (for tests and lexicon compilation).
    func traits(of word: String) -> WordTraits {
        var utf8 = Array(word.utf8)
        return utf8.withUnsafeMutableBufferPointer { lookup(hash: WordHash.hash(word), bytes: $0.baseAddress!, count: $0.count)?.traits ?? [] }
    }
}

/// The inflected forms of a word that share its stem: plurals and third person ("-s", "-es",
/// "-ies"), past forms ("-ed", "-d", "-ied", doubled consonants), "-ing" forms and the
/// possessive. Candidates are generated generously and kept only when `WordHash.stemHash`
/// maps them to the same stem, so the table agrees with the stemmer by construction.
enum Inflections {
    static func forms(of word: String) -> [String] {
        guard word.utf8.count >= 2, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 == 0x27 || $0 == 0x2D }) else { return [word] }
        var candidates: [String] = [word, word + "s", word + "es", word + "ed", word + "d", word + "ing", word + "'s"]
        if word.hasSuffix("e") {
            let stem = String(word.dropLast())
            candidates += [stem + "ing", stem + "ed"]
        }
        if word.hasSuffix("y") {
            let stem = String(word.dropLast())
            candidates += [stem + "ies", stem + "ied"]
        }
        if let last = word.last, "bdgmnprt".contains(last) {
            candidates += [word + String(last) + "ed", word + String(last) + "ing"]
        }
        // The word may itself be inflected ("pushed", "causes"): add forms of a guessed base.
        for suffix in ["ed", "ing", "es", "s", "d"] where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
            let base = String(word.dropLast(suffix.count))
            candidates += [base, base + "e", base + "s", base + "es", base + "ed", base + "ing", base + "d"]
            if base.hasSuffix("e") { candidates.append(String(base.dropLast()) + "ing") }
        }
        if word.hasSuffix("ied") || word.hasSuffix("ies") {
            let base = String(word.dropLast(3)) + "y"
            candidates += [base, String(word.dropLast(3)) + "ies", String(word.dropLast(3)) + "ied", base + "ing"]
        }
        let stem = WordHash.stemHash(word)
        var seen: Set<String> = []
        return candidates.filter { seen.insert($0).inserted && WordHash.stemHash($0) == stem }
    }
}
