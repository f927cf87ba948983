import Foundation

/// Small readings of what a candidate typed, shared by the interviewer's checks that work on
/// plain text rather than on the analyzer's reading (`CandidateQuestionClassifier`, `Aside`).
enum TypedText {
    /// Lower case, with a typographic apostrophe as a plain one, so phrase lists match either.
    static func lowered(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// The pieces of `text`, each ending at (and keeping) one of `ends`, trimmed, empty ones left out.
    static func pieces(of text: String, endingAt ends: Set<Character>) -> [String] {
        var pieces: [String] = [], current = ""
        for character in text {
            current.append(character)
            if ends.contains(character) {
                pieces.append(current)
                current = ""
            }
        }
        pieces.append(current)
        return pieces.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
