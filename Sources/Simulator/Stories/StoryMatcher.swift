import Foundation
import InterviewScript

/// Recognises a story from the candidate's bank in an answer: deterministic similarity over
/// telling words (words of five letters or more, and numbers, as `StoryOverlap` counts them).
/// An answer tells a bank story when the two sets' cosine similarity, shared / sqrt(|answer| ×
/// |story|), is at least `threshold` and they share at least `minimumShared` words; the most
/// similar story wins, the earlier one on a tie. Cosine rather than the share of the answer
/// found in the story, which a long story inflates. With no bank, nothing is ever matched.
///
/// On the test fixtures, retellings of bank stories score 0.50 to 0.67 and a story's own action
/// and result 0.77 to 0.89; answers that tell other stories score at most 0.28.
public struct StoryMatcher: Sendable {
    public static let threshold = 0.4
    public static let minimumShared = 12

    public let stories: [Story]
    private let words: [Set<String>]

    public init(stories: [Story]) {
        self.stories = stories
        words = stories.map { StoryOverlap.words($0.told + " " + $0.title) }
    }

    /// The bank story `answer` tells, if any.
    public func match(_ answer: String) -> Story? {
        let told = StoryOverlap.words(answer)
        guard told.count >= Self.minimumShared else { return nil }
        var best: (index: Int, similarity: Double)?
        for (index, story) in words.enumerated() where !story.isEmpty {
            let shared = told.intersection(story).count
            guard shared >= Self.minimumShared else { continue }
            let similarity = Double(shared) / (Double(told.count) * Double(story.count)).squareRoot()
            if similarity >= Self.threshold, similarity > (best?.similarity ?? 0) { best = (index, similarity) }
        }
        return best.map { stories[$0.index] }
    }

    /// What the telling left out of the written story: each sentence of the written result
    /// that carries numbers, when its first number (the headline, as results are written) was
    /// not said and fewer than half of its numbers were.
    public static func unsaidResults(of story: Story, in telling: String) -> [String] {
        guard let result = story.text(of: .result) else { return [] }
        let said = Set(numbers(in: telling))
        return sentences(result).filter { sentence in
            let written = numbers(in: sentence)
            guard let headline = written.first else { return false }
            let distinct = Set(written)
            return !said.contains(headline) && 2 * distinct.intersection(said).count < distinct.count
        }
    }

    /// The numbers in a text in order, as written without separators ("2,140" and "2140" are one).
    static func numbers(in text: String) -> [String] {
        var found: [String] = [], current = ""
        for character in text + " " {
            if character.isNumber { current.append(character) }
            else if (character == "," || character == ".") && !current.isEmpty { continue }
            else if !current.isEmpty { found.append(current); current = "" }
        }
        return found
    }

    static func sentences(_ text: String) -> [String] {
        var out: [String] = [], current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character == "\n" ? " " : character)
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if ".!?".contains(character) && (next == " " || next == "\n") {
                out.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { out.append(rest) }
        return out
    }
}

/// A bank story recognised in the answers to one question: which story, and what of its
/// written result the telling left out.
public struct StoryTelling: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    /// Sentences of the written result whose numbers were not said.
    public var unsaidResults: [String]

    public init(id: String, title: String, unsaidResults: [String]) {
        self.id = id
        self.title = title
        self.unsaidResults = unsaidResults
    }
}
