import Foundation

/// What a candidate says instead of an answer: a question back to the interviewer ("Does it have
/// to be from work?", "Before I answer, what does the team work on?"), or that no example comes
/// to mind ("I can't think of a time like that"). The interviewer answers it briefly and asks
/// again; an aside is not an answer, so it is neither read for STAR parts nor scored. The phrases
/// are data (data/lexicon/asides.txt).
enum Aside: Sendable, Equatable {
    /// "Could you repeat the question?"
    case repeatPlease
    /// About the question itself: what counts as an example, which story to tell.
    case clarifying
    /// About the role, the team or the company: kept for the end of the round.
    case aboutTheRole
    /// No example comes to mind, or the candidate asks to come back to it later.
    case noExample

    /// An aside runs to at most this many words in all.
    static let maximumWords = 40
    /// And a question back holds at most this many words besides its questions ("Sure. Before I start: ...").
    static let maximumOtherWords = 12
    /// "No example" is said in at most this many words.
    static let maximumNoExampleWords = 25

    private static let phrases = LineCatalogue.embedded("asides")

    /// What `text` is, when it is an aside; nil when it is (or starts) an answer.
    static func kind(of text: String) -> Aside? {
        let lowered = TypedText.lowered(text)
        let words = lowered.split(whereSeparator: \.isWhitespace).count
        guard words <= maximumWords else { return nil }
        if words <= maximumNoExampleWords, phrases["no-example"].contains(where: { lowered.contains($0) }) { return .noExample }
        var questions: [String] = [], otherWords = 0
        for trimmed in TypedText.pieces(of: lowered, endingAt: ["?", ".", "!", "\n"]) {
            if trimmed.hasSuffix("?") || phrases["openers"].contains(where: { trimmed == $0 || trimmed.hasPrefix($0 + " ") }) {
                questions.append(trimmed)
            } else {
                otherWords += trimmed.split(whereSeparator: \.isWhitespace).count
            }
        }
        guard !questions.isEmpty, otherWords <= maximumOtherWords else { return nil }
        if questions.contains(where: { q in phrases["repeat"].contains { q.contains($0) } }) { return .repeatPlease }
        if questions.contains(where: { q in phrases["clarifying"].contains { q.contains($0) } }) { return .clarifying }
        return .aboutTheRole
    }
}
