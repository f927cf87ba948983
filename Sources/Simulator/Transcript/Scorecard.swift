import InterviewScript

/// How one question was answered, component by component (each 0 to 1), with the reasons.
public struct AnswerScore: Sendable, Equatable, Codable {
    public var star: Double
    public var ownership: Double
    public var metrics: Double
    public var specificity: Double
    public var signals: Double
    /// The weighted total, 0 to 1.
    public var total: Double
    /// Plain findings, each tied to the candidate's words where there are any.
    public var findings: [Finding]
}

/// One observation for the write-up: what was seen and the candidate's own words behind it.
public struct Finding: Sendable, Equatable, Codable {
    public enum Tone: String, Sendable, Codable { case strength, concern }
    public var tone: Tone
    public var text: String
    public var quote: String?
}

/// The write-up: votes per principle and interviewer, and the Bar Raiser's decision.
public struct Scorecard: Sendable, Equatable, Codable {
    public var principles: [PrincipleScore]
    public var interviewers: [InterviewerVote]
    public var decision: BarRaiserDecision
    public var coaching: [CoachingNote]
    public var overallScore: Double
}

/// A principle's rating on the vote scale, with reasons and verbatim quotes.
public struct PrincipleScore: Sendable, Equatable, Codable {
    public var principle: LeadershipPrinciple
    public var round: Int
    public var score: Double
    public var vote: Vote
    public var reasons: [String]
    public var quotes: [String]
    /// Whether any question assessed it (a skipped or unreached principle has no evidence).
    public var assessed: Bool
}

/// An interviewer's vote, written before seeing the others'.
public struct InterviewerVote: Sendable, Equatable, Codable {
    public var round: Int
    public var interviewer: String
    public var barRaiser: Bool
    public var score: Double
    public var vote: Vote
    public var summary: String
    /// Whether the round was reached and answered; an unreached round's vote carries no weight.
    public var assessed: Bool
}

/// Does this candidate raise the bar? The Bar Raiser's call, with the evidence for it.
public struct BarRaiserDecision: Sendable, Equatable, Codable {
    public var raisesTheBar: Bool
    public var vote: Vote
    public var rationale: String
    public var strongest: String?
    public var weakest: String?
}

/// Concrete coaching: which story to fix and how.
public struct CoachingNote: Sendable, Equatable, Codable {
    public var questionID: String
    public var text: String
}
