import InterviewScript

/// The scored record of one session: every question, follow-up and answer verbatim, with the
/// bar-raiser-style write-up. Written as versioned JSON (`schema`/`version`), documented in
/// docs/transcript.md; `mockloop report` and `replay` read it back.
public struct Transcript: Sendable, Equatable, Codable {
    public static let schemaName = "mockloop-transcript"
    public static let currentVersion = 1

    public var schema = Transcript.schemaName
    public var version = Transcript.currentVersion
    public var loop: LoopSummary
    public var seed: UInt64
    public var startedAt: String
    /// When this transcript was written (injected, so that tests can fix it).
    public var generatedAt: String
    /// Whether the candidate reached the end of the loop.
    public var completed: Bool
    public var rounds: [RoundTranscript]
    public var scores: Scorecard
    /// The reader's model that read the answers (`StarModel.builtInStamp`); nil in transcripts
    /// written before it was recorded.
    public var analyzerModel: String?
    /// When a stopped session was resumed (wall-clock, ISO 8601); nil when it never was.
    public var resumedAt: [String]?

    /// Every question of every round, in order.
    public var questions: [QuestionTranscript] { rounds.flatMap(\.questions) }
}

/// What the transcript needs to say about the loop that was run.
public struct LoopSummary: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var area: String
    public var role: String
    public var level: String?
    public var version: String
    /// The script the session ran, as its path was given then.
    public var file: String
    public var scriptFingerprint: String
    /// A practice loop for a role without a formal interview: no hiring decision is made.
    public var practice: Bool
}

/// One interview of the loop as it happened.
public struct RoundTranscript: Sendable, Equatable, Codable {
    public var index: Int
    public var title: String
    public var interviewer: String
    public var barRaiser: Bool
    public var principles: [LeadershipPrinciple]
    public var questions: [QuestionTranscript]
    /// What the candidate asked at the close; nil when the round never reached its close.
    public var candidateQuestions: [CandidateQuestion]?
    /// Seconds the round took beyond its budget, when it overran.
    public var overranBySeconds: Double?
    public var hintsUsed: Int
}

/// One question, its follow-ups and the candidate's answers.
public struct QuestionTranscript: Sendable, Equatable, Codable {
    public var id: String
    public var text: String
    public var principles: [LeadershipPrinciple]
    public var turns: [Turn]
    public var outcome: QuestionOutcome?
    public var score: AnswerScore?
    /// The story from the candidate's bank these answers told, when one was recognised.
    public var story: StoryTelling? = nil

    /// One prompt (the question or a follow-up) and the answer to it.
    public struct Turn: Sendable, Equatable, Codable {
        /// nil for the question itself.
        public var probe: ProbeKind?
        public var prompt: String
        /// The interviewer's reason for the follow-up.
        public var reason: String?
        public var answer: String?
        public var findings: AnswerFindings?
        public var seconds: Double?
        public var ranLong: Bool
        /// What the candidate said instead of an answer to the prompt (a question back, or that no
        /// example came to mind), and the interviewer's replies, in order (nil when nothing was).
        public var asides: [Aside]? = nil
    }

    /// Something the candidate said instead of answering a prompt, and the interviewer's reply.
    public struct Aside: Sendable, Equatable, Codable {
        public var text: String
        public var reply: String
    }
}
