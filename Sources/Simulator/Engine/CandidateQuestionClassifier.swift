import Foundation
import InterviewScript

/// Sorts the questions a candidate asks at the end of a round into what they are about:
/// how the role fits, what success takes, training and ramp-up, the team, or other.
public enum CandidateQuestionClassifier {
    /// The separate questions in what the candidate typed; empty when they have none.
    public static func questions(in text: String) -> [CandidateQuestion] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || declines(trimmed) { return [] }
        return TypedText.pieces(of: trimmed, endingAt: ["?", "\n"])
            .filter { $0.count > 2 && isQuestion($0) }
            .map { CandidateQuestion(text: $0, category: category(of: $0)) }
    }

    /// Words that open a question asked without a question mark ("how big is the team",
    /// "I'd like to know about on-call"); a statement ("it was a team effort") is not one.
    private static let openers = ["what", "how", "who", "whom", "which", "when", "where", "why", "is", "are", "do", "does", "did", "can",
                                  "could", "would", "will", "should", "may", "have", "has", "tell me", "i'd like to", "i would like to",
                                  "i'm curious", "i am curious", "i wonder", "i was wondering", "could you", "can you", "what's", "how's"]

    /// Whether one piece of what the candidate typed is a question.
    static func isQuestion(_ piece: String) -> Bool {
        if piece.contains("?") { return true }
        let lowered = TypedText.lowered(piece)
        // Drop polite openers before the question itself ("Thanks, that was useful. How ...").
        let sentences = lowered.split(whereSeparator: { $0 == "." || $0 == "!" }).map { $0.trimmingCharacters(in: .whitespaces) }
        return sentences.contains { sentence in openers.contains { sentence == $0 || sentence.hasPrefix($0 + " ") } }
    }

    /// The decline phrases (data/lexicon/declines.txt): openers, and phrases that may stand anywhere.
    private static let declinePhrases: (openers: [String], anywhere: [String]) = {
        var openers: [String] = [], anywhere: [String] = []
        for line in (EmbeddedData.lexicon["declines"] ?? "").split(separator: "\n") where !line.hasPrefix("#") {
            let phrase = line.trimmingCharacters(in: .whitespaces)
            if phrase.hasPrefix("anywhere: ") { anywhere.append(String(phrase.dropFirst("anywhere: ".count))) } else if !phrase.isEmpty { openers.append(phrase) }
        }
        return (openers, anywhere)
    }()

    /// "No", "nope, I'm good", "no, I think you covered everything": the candidate has nothing to
    /// ask. A reply with a question mark, or of more than 20 words, is never a decline.
    static func declines(_ text: String) -> Bool {
        let lowered = TypedText.lowered(text).trimmingCharacters(in: .punctuationCharacters.union(.whitespacesAndNewlines))
        guard !text.contains("?"), lowered.split(whereSeparator: \.isWhitespace).count <= 20 else { return false }
        for opener in declinePhrases.openers where lowered == opener || lowered.hasPrefix(opener + " ") || lowered.hasPrefix(opener + ",") || lowered.hasPrefix(opener + ".") {
            return true
        }
        return declinePhrases.anywhere.contains { lowered.contains($0) }
    }

    /// The topic cues (data/lexicon/candidate-question-topics.txt), in the order they are tried.
    private static let topicCues: [(Wording.Topic, [String])] = LineCatalogue.embedded("candidate-question-topics").sections.compactMap { section in
        Wording.Topic(rawValue: section.name).map { ($0, section.lines) }
    }

    /// What a question is about, for the interviewer's answer.
    public static func topic(of question: String) -> Wording.Topic {
        let lowered = question.lowercased()
        for (topic, words) in topicCues where words.contains(where: { lowered.contains($0) }) {
            return topic
        }
        return .other
    }

    /// The kind of question it is, for the write-up (the four kinds worth asking, or other).
    public static func category(of question: String) -> CandidateQuestion.Category {
        switch topic(of: question) {
        case .role: .roleFit
        case .success: .successCompetencies
        case .training: .trainingAndRampUp
        case .team, .schedule: .teamSpecifics
        case .other: .other
        }
    }
}
