import InterviewScript

/// One entry of a session's record: everything the write-up, replay and re-scoring need.
/// The engine emits these as `Effect.record`; the console appends them to the journal.
public enum SessionRecord: Sendable, Equatable, Codable {
    case sessionStarted(loopID: String, loopVersion: String, seed: UInt64, at: Double)
    case roundStarted(round: Int, interviewer: String, at: Double)
    case questionAsked(round: Int, questionID: String, text: String, at: Double)
    case answerGiven(answer: AnswerRecord)
    /// The candidate said something other than an answer (a question back, or that no example
    /// comes to mind) and the interviewer replied (`reply`) before asking the prompt again or
    /// moving on. Not an answer: never read or scored.
    case aside(round: Int, questionID: String, text: String, reply: String, at: Double)
    case probeAsked(round: Int, questionID: String, probe: ProbeKind, text: String, reason: String, at: Double)
    case questionClosed(outcome: QuestionOutcome)
    case commandUsed(command: SessionCommand, round: Int, questionID: String?, at: Double)
    case hintGiven(round: Int, questionID: String?, text: String, at: Double)
    case answerRanLong(round: Int, questionID: String, seconds: Double, budgetSeconds: Double)
    case roundOverran(round: Int, seconds: Double, budgetSeconds: Double)
    case candidateQuestions(round: Int, questions: [CandidateQuestion], at: Double)
    case roundEnded(round: Int, at: Double)
    case sessionEnded(completed: Bool, at: Double)
}

/// One answer the candidate gave, to a question or to a follow-up.
public struct AnswerRecord: Sendable, Equatable, Codable {
    public var round: Int
    public var questionID: String
    /// 0 for the answer to the question, then 1, 2, ... for answers to follow-ups.
    public var turn: Int
    /// The follow-up this answers, if any.
    public var replyingTo: ProbeKind?
    public var text: String
    public var findings: AnswerFindings
    public var at: Double
    /// Seconds from the prompt to the answer.
    public var seconds: Double
}

/// How one question went, once the interviewer moved on.
public struct QuestionOutcome: Sendable, Equatable, Codable {
    /// Why the interviewer moved on (written to journals as its raw text).
    public enum Reason: String, Sendable, Codable, CustomStringConvertible {
        /// Every part told, from a real event (and any depth follow-ups asked).
        case complete
        /// Gaps remained, but the follow-ups allowed on one question were used up.
        case probeLimit = "probe limit"
        /// The candidate skipped the question.
        case skipped
        /// The question's or the round's time ran out.
        case time
        /// The candidate ended the session.
        case quit

        public var description: String { rawValue }
    }

    public var round: Int
    public var questionID: String
    /// STAR parts in the first answer.
    public var volunteered: [StarPart]
    /// Parts that appeared only after a follow-up: the candidate needed help.
    public var prompted: [StarPart]
    /// Parts never given.
    public var missing: [StarPart]
    /// The best strength of each part over the answers that count: the one record of how the
    /// question went that the scorer reads.
    public var strengths: StarParts<PartStrength>
    public var probes: [ProbeKind]
    /// Follow-ups the candidate dodged twice (nil when none, and in sessions before evasion was read).
    public var evaded: [ProbeKind]?
    public var skipped: Bool
    /// Why the interviewer moved on.
    public var reason: Reason
    public var at: Double
}

/// A question the candidate asked at the end of a round, and what it is about.
public struct CandidateQuestion: Sendable, Equatable, Codable {
    /// What a candidate's question is about.
    public enum Category: String, Sendable, Codable, CaseIterable {
        case roleFit = "role-fit"
        case successCompetencies = "success-competencies"
        case trainingAndRampUp = "training-and-ramp-up"
        case teamSpecifics = "team-specifics"
        case other
    }

    public var text: String
    public var category: Category
}
