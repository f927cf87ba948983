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
        // The current word, lowercased, as UTF-8 bytes: a String is made only for a telling word.
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var letters = 0, hasDigit = false
        func flush() {
            if letters >= 5 || hasDigit { words.insert(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            letters = 0
            hasDigit = false
        }
        // Scalar by scalar, ASCII first: no grapheme breaking for what is nearly always ASCII.
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: current.append(UInt8(value + 0x20)); letters += 1
                case 0x61...0x7A: current.append(UInt8(value)); letters += 1
                case 0x30...0x39: current.append(UInt8(value)); hasDigit = true; letters += 1
                default: flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if scalar.properties.numericType != nil { hasDigit = true }
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { current.append(contentsOf: UTF8.encode(lower)!) }
                letters += 1
            } else if scalar.properties.generalCategory == .nonspacingMark {
                current.append(contentsOf: UTF8.encode(scalar)!)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Whether two answers tell the same story.
    static func isRetelling(_ a: Set<String>, _ b: Set<String>) -> Bool {
        let shared = a.intersection(b).count
        let union = a.union(b).count
        return shared >= minimumShared && union > 0 && Double(shared) / Double(union) >= threshold
    }

    /// For each question (round index, question index), the earlier question in another round
    /// whose story it tells again, if any.
    static func retellings(in rounds: [RoundTranscript]) -> [(round: Int, question: Int, earlierRound: Int, earlierQuestion: Int)] {
        var told: [(round: Int, question: Int, words: Set<String>, story: String?)] = []
        var found: [(Int, Int, Int, Int)] = []
        for (r, round) in rounds.enumerated() {
            for (q, question) in round.questions.enumerated() {
                let text = question.turns.compactMap(\.answer).joined(separator: " ")
                let words = Self.words(text)
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
