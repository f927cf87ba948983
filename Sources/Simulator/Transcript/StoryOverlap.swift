/// Notices a story told twice in one loop: two answers that share most of their telling words
/// (words of five letters or more, and every number). Interviewers compare notes after a loop,
/// and the same story told to two of them counts against the candidate.
enum StoryOverlap {
    /// Answers sharing at least this share of their telling words (Jaccard) tell one story...
    static let threshold = 0.4
    /// ...provided they share at least this many.
    static let minimumShared = 8

    /// The telling words of a text: lowercased words of five letters or more, and numbers.
    static func words(_ text: String) -> Set<String> {
        var words = Set<String>()
        forEachTellingWord(in: text) { words.insert(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// The same words as `words`, each as a 64-bit hash of its bytes (FNV-1a): what comparing
    /// every answer of a loop with every other needs, without making a string of each word.
    static func wordHashes(_ text: String) -> Set<UInt64> {
        var hashes = Set<UInt64>()
        forEachTellingWord(in: text) { bytes in
            var h = WordHash.offsetBasis
            for b in bytes { h = WordHash.mix(h, b) }
            hashes.insert(h)
        }
        return hashes
    }

    /// Calls `body` with each telling word's lowercased UTF-8 bytes.
    private static func forEachTellingWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            // The current word, lowercased, as UTF-8 bytes. ASCII keeps its length; a scalar
            // outside ASCII has 2 bytes or more and lowercases to at most three scalars of at
            // most 4 bytes each, so a word never needs more than 6 bytes for each of its own.
            let current = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count * 6 + 1)
            defer { current.deallocate() }
            var length = 0, letters = 0, hasDigit = false
            func flush() {
                if letters >= 5 || hasDigit { body(UnsafeBufferPointer(start: current, count: length)) }
                length = 0
                letters = 0
                hasDigit = false
            }
            func append(_ scalar: Unicode.Scalar) {
                for byte in UTF8.encode(scalar)! { current[length] = byte; length += 1 }
            }
            // Byte by byte for ASCII, the bulk of any answer; a whole scalar otherwise.
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    switch b {
                    case 0x41...0x5A: current[length] = b + 0x20; length += 1; letters += 1
                    case 0x61...0x7A: current[length] = b; length += 1; letters += 1
                    case 0x30...0x39: current[length] = b; length += 1; hasDigit = true; letters += 1
                    default: flush()
                    }
                    i += 1
                    continue
                }
                var parser = Unicode.UTF8.ForwardParser()
                var rest = bytes[i...].makeIterator()
                guard case .valid(let encoded) = parser.parseScalar(from: &rest) else { flush(); i += 1; continue }
                let scalar = Unicode.UTF8.decode(encoded)
                i += encoded.count
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    if scalar.properties.numericType != nil { hasDigit = true }
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
                    letters += 1
                } else if scalar.properties.generalCategory == .nonspacingMark {
                    append(scalar)
                } else {
                    flush()
                }
            }
            flush()
        }
    }

    /// Whether two answers tell the same story.
    static func isRetelling<Word: Hashable>(_ a: Set<Word>, _ b: Set<Word>) -> Bool {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var shared = 0
        for word in small where large.contains(word) { shared += 1 }
        let union = a.count + b.count - shared
        return shared >= minimumShared && union > 0 && Double(shared) / Double(union) >= threshold
    }

    /// For each question (round index, question index), the earlier question in another round
    /// whose story it tells again, if any.
    static func retellings(in rounds: [RoundTranscript]) -> [(round: Int, question: Int, earlierRound: Int, earlierQuestion: Int)] {
        var told: [(round: Int, question: Int, words: Set<UInt64>, story: String?)] = []
        var found: [(Int, Int, Int, Int)] = []
        for (r, round) in rounds.enumerated() {
            for (q, question) in round.questions.enumerated() {
                let text = question.turns.compactMap(\.answer).joined(separator: " ")
                let words = Self.wordHashes(text)
                // The same story from the candidate's bank counts however differently it was worded.
                let bankStory = question.story?.id
                if let earlier = told.first(where: { $0.round != r && (isRetelling($0.words, words) || (bankStory != nil && $0.story == bankStory)) }) {
                    found.append((r, q, earlier.round, earlier.question))
                }
                told.append((r, q, words, bankStory))
            }
        }
        return found
    }
}
