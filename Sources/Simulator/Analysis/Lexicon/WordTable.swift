/// An immutable open-addressing hash table from exact lowercase word forms to their traits.
///
/// Keys are the 64-bit `WordHash` of the form; a hit is confirmed by comparing the stored bytes,
/// so a hash collision can never give an unlisted word traits.
struct WordTable: Sendable {
    private let keys: [UInt64]
    private let values: [WordTraits]
    private let offsets: [Int32]
    private let lengths: [UInt8]
    private let bytes: [UInt8]
    private let mask: Int

    /// Builds the table; traits of a word listed several times are united.
    init(_ entries: [String: WordTraits]) {
        var capacity = 16
        while capacity < entries.count * 3 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [WordTraits](repeating: [], count: capacity)
        var offsets = [Int32](repeating: 0, count: capacity)
        var lengths = [UInt8](repeating: 0, count: capacity)
        var bytes: [UInt8] = []
        let mask = capacity - 1
        for (word, traits) in entries.sorted(by: { $0.key < $1.key }) {
            let utf8 = Array(word.utf8)
            guard !utf8.isEmpty, utf8.count <= Tokenizer.scratchCapacity else { continue }
            let h = WordHash.hash(word)
            var i = Int(truncatingIfNeeded: h) & mask
            while lengths[i] != 0 { i = (i + 1) & mask }
            keys[i] = h
            values[i] = traits
            offsets[i] = Int32(bytes.count)
            lengths[i] = UInt8(utf8.count)
            bytes.append(contentsOf: utf8)
        }
        self.keys = keys
        self.values = values
        self.offsets = offsets
        self.lengths = lengths
        self.bytes = bytes
        self.mask = mask
    }

    /// The traits of the `count` lowercase bytes at `word`, whose hash is `hash`.
    @inline(__always)
    func traits(hash: UInt64, bytes word: UnsafePointer<UInt8>, count: Int) -> WordTraits {
        keys.withUnsafeBufferPointer { keys in
            lengths.withUnsafeBufferPointer { lengths in
                var i = Int(truncatingIfNeeded: hash) & mask
                while lengths[i] != 0 {
                    if keys[i] == hash && Int(lengths[i]) == count && matches(slot: i, word, count) {
                        return values[i]
                    }
                    i = (i + 1) & mask
                }
                return []
            }
        }
    }

    @inline(__always)
    private func matches(slot: Int, _ word: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            let offset = Int(offsets[slot])
            for k in 0..<count where stored[offset + k] != word[k] { return false }
            return true
        }
    }

    /// The traits of a lowercase word (for tests and lexicon compilation).
    func traits(of word: String) -> WordTraits {
        var utf8 = Array(word.utf8)
        return utf8.withUnsafeMutableBufferPointer { traits(hash: WordHash.hash(word), bytes: $0.baseAddress!, count: $0.count) }
    }
}
