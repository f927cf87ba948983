import Foundation

/// The details of one particular story that a script's follow-up names, and whether the
/// candidate has told them. A question's own follow-ups are often written with its example story
/// in mind ("How did you arrive at 30% of an engineer's time for upgrades and patching?", "When
/// the CTO challenged your estimate, what exactly did he dispute?"). Asked of a candidate who told
/// another story, they show an interviewer who was not listening; so such a wording is asked only
/// once the candidate's answers to the question name every detail it does (see
/// `InterviewerLines.probe`).
///
/// A detail is a number ("30%", "$40,000", "a 45-minute limit"), an acronym ("CTO", "HR"), a
/// capitalised name inside a sentence ("Kubernetes", "Tomas") or a quoted phrase ("You said they
/// 'came around'"), unless the question's own text has it. Words with a capital only because
/// they open a sentence, and "I", are not details.
enum ProbeDetails {
    /// One detail as the candidate's answers must show it.
    enum Detail: Equatable {
        /// Digits only: "$40,000" is "40000", "45-minute" is "45".
        case number(String)
        /// A lowercase word.
        case word(String)
        /// A lowercase phrase, its words separated by single spaces.
        case phrase(String)
    }

    /// The details `probe` names that `question` does not.
    static func details(in probe: String, question: String) -> [Detail] {
        let asked = Told(question)
        var details: [Detail] = []
        for phrase in quotedPhrases(probe) where !asked.has(.phrase(phrase)) { details.append(.phrase(phrase)) }
        var sentenceStart = true
        for word in words(probe) {
            defer { sentenceStart = word.endsSentence }
            let text = word.text
            let detail: Detail
            if text.contains(where: \.isNumber) {
                detail = .number(String(text.filter(\.isNumber)))
            } else if text.count >= 2, text.allSatisfy(\.isUppercase) {
                detail = .word(Self.bare(text))
            } else if !sentenceStart, let first = text.first, first.isUppercase, !Self.pronouns.contains(text) {
                detail = .word(Self.bare(text))
            } else {
                continue
            }
            if !asked.has(detail), !details.contains(detail) { details.append(detail) }
        }
        return details
    }

    /// Whether the candidate's `answers` name every detail of `probe` that `question` does not.
    static func fits(_ probe: String, question: String, answers: [String]) -> Bool {
        let found = details(in: probe, question: question)
        guard !found.isEmpty else { return true }
        let told = Told(answers.joined(separator: "\n"))
        return found.allSatisfy(told.has)
    }

    /// A name as the answers must show it: lower case, without a possessive ("Dana's" is "dana").
    private static func bare(_ word: String) -> String {
        let lower = word.lowercased()
        for suffix in ["'s", "’s"] where lower.hasSuffix(suffix) { return String(lower.dropLast(2)) }
        return lower
    }

    private static let pronouns: Set<String> = ["I", "I'd", "I'm", "I've", "I'll"]

    /// What a text tells, in the forms details are matched in.
    private struct Told {
        let words: Set<String>
        let numbers: Set<String>
        let flat: String

        init(_ text: String) {
            var words = Set<String>(), numbers = Set<String>()
            for word in ProbeDetails.words(text) {
                let lower = word.text.lowercased()
                words.insert(lower)
                // "iam's" names "iam"; "Kubernetes-based" names "kubernetes".
                for part in lower.split(whereSeparator: { $0 == "'" || $0 == "’" || $0 == "-" }) { words.insert(String(part)) }
                if lower.contains(where: \.isNumber) { numbers.insert(String(lower.filter(\.isNumber))) }
            }
            self.words = words
            self.numbers = numbers
            flat = ProbeDetails.flatten(text)
        }

        func has(_ detail: Detail) -> Bool {
            switch detail {
            case .number(let digits): numbers.contains(digits)
            case .word(let word): words.contains(word)
            case .phrase(let phrase): flat.contains(phrase)
            }
        }
    }

    /// A word as written, and whether a sentence ends after it.
    private struct Word {
        let text: String
        let endsSentence: Bool
    }

    /// The words of a text: letters, digits and the marks inside numbers and words ("40,000",
    /// "0.4", "45-minute", "engineer's"), with the marks at their ends dropped.
    private static func words(_ text: String) -> [Word] {
        var result: [Word] = []
        var current = ""
        func flush(_ ends: Bool) {
            let trimmed = current.trimmingCharacters(in: CharacterSet(charactersIn: ".,'’-%$"))
            if !trimmed.isEmpty { result.append(Word(text: trimmed, endsSentence: ends)) }
            current = ""
        }
        let characters = Array(text)
        for (i, c) in characters.enumerated() {
            if c.isLetter || c.isNumber || c == "%" || c == "$" {
                current.append(c)
            } else if (c == "," || c == "." || c == "'" || c == "’" || c == "-") && !current.isEmpty
                        && i + 1 < characters.count && (characters[i + 1].isLetter || characters[i + 1].isNumber) {
                current.append(c)
            } else {
                let ends = c == "." || c == "?" || c == "!" || c == ":"
                flush(ends)
                if ends, let last = result.last, !last.endsSentence { result[result.count - 1] = Word(text: last.text, endsSentence: true) }
            }
        }
        flush(true)
        return result
    }

    /// The phrases of a text in quotes ('came around', "best practice"), flattened.
    private static func quotedPhrases(_ text: String) -> [String] {
        var phrases: [String] = []
        let characters = Array(text)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            let opens = c == "\"" || c == "“" || c == "‘" || (c == "'" && (i == 0 || !characters[i - 1].isLetter))
            guard opens else { i += 1; continue }
            var j = i + 1
            while j < characters.count {
                let d = characters[j]
                let closes = d == "\"" || d == "”" || d == "’" || d == "'"
                if closes && (j + 1 == characters.count || !characters[j + 1].isLetter) { break }
                j += 1
            }
            guard j < characters.count else { break }
            let phrase = flatten(String(characters[(i + 1)..<j]))
            if !phrase.isEmpty { phrases.append(phrase) }
            i = j + 1
        }
        return phrases
    }

    /// Lowercase letters, digits and apostrophes, other runs as one space.
    private static func flatten(_ text: String) -> String {
        var out = ""
        var space = false
        for c in text.lowercased() {
            if c.isLetter || c.isNumber || c == "'" {
                if space && !out.isEmpty { out.append(" ") }
                out.append(c)
                space = false
            } else if c == "’" {
                out.append("'")
            } else {
                space = true
            }
        }
        return out
    }
}
