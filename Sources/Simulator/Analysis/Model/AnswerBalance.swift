/// The share of the answer's words spent on each part (0...1; they add up to 1 with `none`).
public struct AnswerBalance: Sendable, Equatable, Codable {
    public var situation: Double
    public var task: Double
    public var action: Double
    public var result: Double
    public var none: Double

    public init(situation: Double, task: Double, action: Double, result: Double, none: Double) {
        self.situation = situation
        self.task = task
        self.action = action
        self.result = result
        self.none = none
    }
}

/// Verdicts on an answer's length and shape (thresholds in `AnalysisThresholds`).
public struct LengthVerdicts: Sendable, Equatable, Codable {
    /// Fewer than 60 words: too little to judge.
    public var tooShort: Bool
    /// More than 450 words: over three minutes spoken.
    public var rambling: Bool
    /// Situation and task take more than half of the words.
    public var setupHeavy: Bool
    /// Action takes less than a quarter of the words.
    public var thinAction: Bool

    public init(tooShort: Bool, rambling: Bool, setupHeavy: Bool, thinAction: Bool) {
        self.tooShort = tooShort
        self.rambling = rambling
        self.setupHeavy = setupHeavy
        self.thinAction = thinAction
    }
}

/// The thresholds behind the answer-level verdicts, documented in docs/analyzer.md.
public enum AnalysisThresholds {
    /// Below this many words an answer is `tooShort`.
    public static let tooShortWords = 60
    /// Above this many words an answer is `rambling`.
    public static let ramblingWords = 450
    /// Situation + task share above this is `setupHeavy`.
    public static let setupHeavyShare = 0.5
    /// Action share below this is `thinAction`.
    public static let thinActionShare = 0.25
    /// Fewest "we" words for `weHeavy` (and "we" must outnumber "I").
    public static let weHeavyMinimum = 2
    /// Fewest concrete first-person action sentences for a strong action.
    public static let strongActionSentences = 2
    /// Fewest situation words for a strong situation.
    public static let strongSituationWords = 15
    /// Fewest task words for a strong task.
    public static let strongTaskWords = 8
}
