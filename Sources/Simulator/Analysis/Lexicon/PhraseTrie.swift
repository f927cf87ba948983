/// A compiled set of multi-word phrases, matched word by word on stem hashes. Immutable once
/// built (a class, so sharing it costs one reference).
///
/// Nodes are integers (0 is the root); an edge is a (node, stem hash) pair in an open-addressing
/// table, so walking one word is one probe. A node that ends a phrase lists the phrase's tags.
/// Matching starts at every word of a sentence and follows edges as far as they go, so the cost
/// is linear in the sentence with a small factor (the longest phrase).
final class PhraseTrie: Sendable {
    /// One phrase ending at a node.
    struct Entry: Sendable {
        /// What the phrase signals (a `CueCategory` raw value, or a principle's index).
        var tag: UInt16
        /// Index of the phrase in `phrases`.
        var phrase: Int32
    }

    private let edgeParent: [Int32]
    private let edgeStem: [UInt64]
    private let edgeChild: [Int32]
    private let mask: Int
    /// For each node, the range of its entries in `entries` (start, count).
    private let terminalStart: [Int32]
    private let terminalCount: [Int32]
    private let entries: [Entry]
    /// The phrases as written when compiled.
    let phrases: [String]

    var isEmpty: Bool { phrases.isEmpty }

    /// Compiles `(tag, phrase)` pairs. Phrases are tokenized like answers; punctuation is ignored.
    init(_ items: [(UInt16, String)]) {
        var builder = Builder(wordEstimate: items.reduce(0) { $0 + $1.1.utf8.count / 3 + 1 })
        var phrases: [String] = []
        var pending: [[Entry]] = [[]]
        for (tag, phrase) in items {
            let stems = PhraseTrie.stems(of: phrase)
            guard !stems.isEmpty else { continue }
            var node: Int32 = 0
            for stem in stems {
                if let child = builder.child(of: node, stem: stem) {
                    node = child
                } else {
                    let new = Int32(pending.count)
                    pending.append([])
                    builder.insertEdge(parent: node, stem: stem, child: new)
                    node = new
                }
            }
            phrases.append(phrase)
            pending[Int(node)].append(Entry(tag: tag, phrase: Int32(phrases.count - 1)))
        }
        var terminalStart: [Int32] = [], terminalCount: [Int32] = [], entries: [Entry] = []
        for list in pending {
            terminalStart.append(Int32(entries.count))
            terminalCount.append(Int32(list.count))
            entries.append(contentsOf: list)
        }
        self.edgeParent = builder.edgeParent
        self.edgeStem = builder.edgeStem
        self.edgeChild = builder.edgeChild
        self.mask = builder.mask
        self.terminalStart = terminalStart
        self.terminalCount = terminalCount
        self.entries = entries
        self.phrases = phrases
    }

    /// The word stems of a phrase, tokenized without a lexicon.
    static func stems(of phrase: String) -> [UInt64] {
        var text = phrase
        return text.withUTF8 { buffer -> [UInt64] in
            guard let base = buffer.baseAddress else { return [] }
            let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: Tokenizer.scratchCapacity)
            defer { scratch.deallocate() }
            var tokenizer = Tokenizer(base: base, count: buffer.count, words: nil, scratch: scratch)
            var stems: [UInt64] = []
            while let token = tokenizer.next() {
                if token.kind != .punct { stems.append(token.stem) }
            }
            return stems
        }
    }

    /// The lowercase words of a phrase, as the tokenizer splits them.
    static func words(of phrase: String) -> [String] {
        var text = phrase.lowercased()
        return text.withUTF8 { buffer -> [String] in
            guard let base = buffer.baseAddress else { return [] }
            let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: Tokenizer.scratchCapacity)
            defer { scratch.deallocate() }
            var tokenizer = Tokenizer(base: base, count: buffer.count, words: nil, scratch: scratch)
            var words: [String] = []
            while let token = tokenizer.next() {
                guard token.kind == .word else { continue }
                words.append(String(decoding: UnsafeBufferPointer(start: base + token.start, count: token.length), as: UTF8.self))
            }
            return words
        }
    }

    @inline(__always)
    fileprivate static func slot(_ parent: Int32, _ stem: UInt64, _ mask: Int) -> Int {
        let mixed = (stem ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: mixed >> 17) & mask
    }

    /// The mutable edge table used while compiling.
    private struct Builder {
        var edgeParent: [Int32]
        var edgeStem: [UInt64]
        var edgeChild: [Int32]
        var mask: Int
        var edgeCount = 0

        init(wordEstimate: Int) {
            var capacity = 64
            while capacity < wordEstimate * 2 { capacity <<= 1 }
            edgeParent = [Int32](repeating: -1, count: capacity)
            edgeStem = [UInt64](repeating: 0, count: capacity)
            edgeChild = [Int32](repeating: 0, count: capacity)
            mask = capacity - 1
        }

        func child(of node: Int32, stem: UInt64) -> Int32? {
            var i = PhraseTrie.slot(node, stem, mask)
            while edgeParent[i] != -1 {
                if edgeParent[i] == node && edgeStem[i] == stem { return edgeChild[i] }
                i = (i + 1) & mask
            }
            return nil
        }

        mutating func insertEdge(parent: Int32, stem: UInt64, child: Int32) {
            if (edgeCount + 1) * 2 > edgeParent.count { grow() }
            var i = PhraseTrie.slot(parent, stem, mask)
            while edgeParent[i] != -1 { i = (i + 1) & mask }
            edgeParent[i] = parent
            edgeStem[i] = stem
            edgeChild[i] = child
            edgeCount += 1
        }

        private mutating func grow() {
            let oldParent = edgeParent, oldStem = edgeStem, oldChild = edgeChild
            let capacity = oldParent.count * 2
            edgeParent = [Int32](repeating: -1, count: capacity)
            edgeStem = [UInt64](repeating: 0, count: capacity)
            edgeChild = [Int32](repeating: 0, count: capacity)
            mask = capacity - 1
            for k in 0..<oldParent.count where oldParent[k] != -1 {
                var i = PhraseTrie.slot(oldParent[k], oldStem[k], mask)
                while edgeParent[i] != -1 { i = (i + 1) & mask }
                edgeParent[i] = oldParent[k]
                edgeStem[i] = oldStem[k]
                edgeChild[i] = oldChild[k]
            }
        }
    }

    /// The node reached from `node` by the word with `stem`, if any.
    @inline(__always)
    func child(of node: Int32, stem: UInt64) -> Int32? {
        var i = PhraseTrie.slot(node, stem, mask)
        while true {
            let p = edgeParent[i]
            if p == -1 { return nil }
            if p == node && edgeStem[i] == stem { return edgeChild[i] }
            i = (i + 1) & mask
        }
    }

    /// The phrases ending at `node`.
    @inline(__always)
    func entries(at node: Int32) -> ArraySlice<Entry> {
        let start = Int(terminalStart[Int(node)])
        return entries[start..<(start + Int(terminalCount[Int(node)]))]
    }

    /// Calls `found(firstToken, lastToken, entry)` for every phrase occurrence among the word
    /// tokens `tokens[range]`. Punctuation between words stops a match; one soft adverb
    /// ("still", "also", "then") between a phrase's words is skipped.
    @inline(__always)
    func forEachMatch(in tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>, _ found: (Int, Int, Entry) -> Void) {
        guard !phrases.isEmpty else { return }
        for first in range where tokens[first].kind != .punct {
            var node: Int32 = 0
            var j = first
            var skipped = 0
            while j < range.upperBound {
                let token = tokens[j]
                if token.kind == .punct { break }
                guard let next = child(of: node, stem: token.stem) else {
                    // Inside a phrase, one adverb may stand between its words: "we still had
                    // to", "I also needed to", "I then decided to".
                    if node != 0 && skipped == 0 && token.traits.contains(.softAdverb) { skipped += 1; j += 1; continue }
                    break
                }
                node = next
                if terminalCount[Int(node)] > 0 {
                    for entry in entries(at: node) { found(first, j, entry) }
                }
                j += 1
            }
        }
    }
}
