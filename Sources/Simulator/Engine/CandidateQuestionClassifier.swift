import Foundation

/// Sorts the questions a candidate asks at the end of a round into what they are about:
/// how the role fits, what success takes, training and ramp-up, the team, or other.
public enum CandidateQuestionClassifier {
    /// The separate questions in what the candidate typed; empty when they have none.
    public static func questions(in text: String) -> [CandidateQuestion] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || declines(trimmed) { return [] }
        var pieces: [String] = []
        var current = ""
        for character in trimmed {
            current.append(character)
            if character == "?" || character == "\n" {
                pieces.append(current)
                current = ""
            }
        }
        pieces.append(current)
        return pieces
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { $0.count > 2 }
            .map { CandidateQuestion(text: $0, category: category(of: $0)) }
    }

    /// "No", "none", "I'm good", "no questions": the candidate has nothing to ask.
    static func declines(_ text: String) -> Bool {
        let lowered = text.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        let refusals = ["no", "none", "nope", "nothing", "no questions", "no, thanks", "no thanks", "i'm good", "im good",
                        "not really", "no questions from me", "nothing from me", "all good", "i don't have any", "i have no questions"]
        return refusals.contains(lowered) || (lowered.count < 40 && (lowered.hasPrefix("no questions") || lowered.hasPrefix("i don't have any question")))
    }

    private static let cues: [(CandidateQuestion.Category, [String])] = [
        (.trainingAndRampUp, ["training", "onboard", "ramp", "first 30", "first 60", "first 90", "first few months", "first month", "mentor", "learn", "get up to speed", "certification"]),
        (.successCompetencies, ["success", "successful", "competenc", "skills", "excel", "great in this role", "top performer", "best people", "qualities", "measured", "evaluate", "performance"]),
        (.teamSpecifics, ["team", "travel", "remote", "office", "on-call", "oncall", "on call", "shift", "hours", "colleagues", "manager", "culture", "schedule", "week look like", "day look like"]),
        (.roleFit, ["role", "position", "fit", "organisation", "organization", "org ", "report to", "strategy", "priorities", "roadmap", "impact", "customers", "why is this"]),
    ]

    public static func category(of question: String) -> CandidateQuestion.Category {
        let lowered = question.lowercased()
        for (category, words) in cues where words.contains(where: { lowered.contains($0) }) {
            return category
        }
        return .other
    }
}
