/// "Did you mean ...?" for a mistyped key, choice or Leadership Principle id.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely typo, or if the
    /// word is a recognisable fragment or spelling of it (`backbone`, `Dive Deep`).
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let normalized = normalize(word)
        if let exact = candidates.first(where: { normalize($0) == normalized }) { return exact }
        var best: (candidate: String, distance: Int)? = nil
        for candidate in candidates {
            let distance = editDistance(normalized, normalize(candidate))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        if let best, best.distance <= max(2, normalized.count / 3) { return best.candidate }
        if normalized.count >= 4 {
            let containing = candidates.filter { normalize($0).contains(normalized) }
            if containing.count == 1 { return containing[0] }
        }
        return nil
    }

    /// " (did you mean 'x'?)" or "".
    public static func didYouMean(_ word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Lower case, apostrophes dropped, runs of spaces, underscores and punctuation as one hyphen.
    public static func normalize(_ word: String) -> String {
        var result = ""
        var pendingHyphen = false
        for character in word.lowercased() {
            if character == "'" || character == "\u{2019}" { continue }
            if character.isLetter || character.isNumber {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// Levenshtein distance, bounded in cost by the short strings it is used on.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars.prefix(64)), b = Array(b.unicodeScalars.prefix(64))
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
