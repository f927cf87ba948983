/// One sentence as the feature detectors see it: its word tokens (numbers included), their
/// lowercase hashes, and the punctuation between them.
struct SentenceView {
    let tokens: UnsafeBufferPointer<Token>
    let base: UnsafePointer<UInt8>
    /// Indices into `tokens` of the words and numbers, in order.
    let wordIndices: [Int]
    /// The lowercase hash of each of those.
    let hashes: [UInt64]
    /// Byte range of the whole sentence.
    let start: Int
    let end: Int

    /// `indices` and `hashes` are storage to reuse (their contents are replaced), so a reader
    /// going from sentence to sentence does not allocate.
    init(tokens: UnsafeBufferPointer<Token>, range: Range<Int>, base: UnsafePointer<UInt8>, reusing indices: [Int], _ hashes: [UInt64]) {
        self.tokens = tokens
        self.base = base
        var indices = indices, hashes = hashes
        indices.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        indices.reserveCapacity(range.count)
        hashes.reserveCapacity(range.count)
        for i in range where tokens[i].kind != .punct {
            indices.append(i)
            hashes.append(tokens[i].kind == .number ? FeatureID.numberHash : tokens[i].hash)
        }
        wordIndices = indices
        self.hashes = hashes
        start = range.isEmpty ? 0 : tokens[range.lowerBound].start
        end = range.isEmpty ? 0 : tokens[range.upperBound - 1].end
    }

    var count: Int { wordIndices.count }
    func token(_ word: Int) -> Token { tokens[wordIndices[word]] }
    /// The byte span of words `first..<last`.
    func span(_ first: Int, _ last: Int) -> (Int, Int) {
        (token(first).start, token(max(first, last - 1)).end)
    }

    /// Whether punctuation `mark` stands between word `word` and the next one.
    func punctuation(after word: Int, is mark: UInt8) -> Bool {
        let from = wordIndices[word] + 1
        let to = word + 1 < count ? wordIndices[word + 1] : tokens.count
        guard from < to else { return false }
        for i in from..<min(to, tokens.count) where tokens[i].mark == mark { return true }
        return false
    }
}

extension FeatureID {
    /// Every number is the same word to the word features.
    static let numberHash = WordHash.hash("#num")
}
