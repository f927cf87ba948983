import InterviewScript

/// What the interviewer needs to know about one answer, taken from the analyzer's analysis:
/// how strong each STAR part is, who did the work, whether the result has numbers, and the
/// other gaps a bar raiser drills into. Recorded with every answer in the transcript.
public struct AnswerFindings: Sendable, Equatable, Codable {
    public var words: Int
    public var situation: PartStrength
    public var task: PartStrength
    public var action: PartStrength
    public var result: PartStrength
    /// Action sentences told with "I" and with "we"/"the team" as the subject: the one count of
    /// ownership that follow-ups, findings and coaching all quote.
    public var iCount: Int
    public var weCount: Int
    public var weHeavy: Bool
    public var quantifiedResult: Bool
    public var metrics: [String]
    public var hypothetical: Bool
    /// Filler phrases with nothing concrete behind them, as written.
    public var vagueFiller: [String]
    /// Signal phrases heard, per principle id.
    public var signals: [String: [String]]
    /// The candidate's own words behind each finding, verbatim: for each part found its first
    /// sentence (keyed by the part), and for the other findings the sentence that caused them
    /// (keyed by `Cause`). Findings recorded before causes were kept have only the parts.
    public var quotes: [String: String]
    /// Whether the answer dodges what was asked ("I'd have to check", "the team handled that").
    public var evasive: Bool = false

    private enum CodingKeys: String, CodingKey {
        case words, situation, task, action, result, iCount, weCount, weHeavy, quantifiedResult, metrics, hypothetical, vagueFiller, signals, quotes, evasive
    }

    /// Reads findings of every journal version (those before evasion was read have none).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        words = try c.decode(Int.self, forKey: .words)
        situation = try c.decode(PartStrength.self, forKey: .situation)
        task = try c.decode(PartStrength.self, forKey: .task)
        action = try c.decode(PartStrength.self, forKey: .action)
        result = try c.decode(PartStrength.self, forKey: .result)
        iCount = try c.decode(Int.self, forKey: .iCount)
        weCount = try c.decode(Int.self, forKey: .weCount)
        weHeavy = try c.decode(Bool.self, forKey: .weHeavy)
        quantifiedResult = try c.decode(Bool.self, forKey: .quantifiedResult)
        metrics = try c.decode([String].self, forKey: .metrics)
        hypothetical = try c.decode(Bool.self, forKey: .hypothetical)
        vagueFiller = try c.decode([String].self, forKey: .vagueFiller)
        signals = try c.decode([String: [String]].self, forKey: .signals)
        quotes = try c.decode([String: String].self, forKey: .quotes)
        evasive = try c.decodeIfPresent(Bool.self, forKey: .evasive) ?? false
    }

    public init(words: Int = 0, situation: PartStrength = .absent, task: PartStrength = .absent, action: PartStrength = .absent, result: PartStrength = .absent,
                iCount: Int = 0, weCount: Int = 0, weHeavy: Bool = false, quantifiedResult: Bool = false, metrics: [String] = [],
                hypothetical: Bool = false, vagueFiller: [String] = [], signals: [String: [String]] = [:], quotes: [String: String] = [:],
                evasive: Bool = false) {
        self.evasive = evasive
        self.words = words
        self.situation = situation
        self.task = task
        self.action = action
        self.result = result
        self.iCount = iCount
        self.weCount = weCount
        self.weHeavy = weHeavy
        self.quantifiedResult = quantifiedResult
        self.metrics = metrics
        self.hypothetical = hypothetical
        self.vagueFiller = vagueFiller
        self.signals = signals
        self.quotes = quotes
    }

    /// What in an answer a finding other than a part rests on; the key of its quote.
    public enum Cause: String, Sendable, CaseIterable {
        /// An action told with "we" or "the team" as the subject.
        case weAction = "we-action"
        /// An action told with "I" as the subject.
        case iAction = "i-action"
        /// A result sentence holding a measure of the outcome.
        case metric
        /// A sentence saying what the candidate would or usually does.
        case hypothetical
        /// A sentence that dodges what was asked.
        case evasive
    }

    /// The sentence that caused a finding, when the answer has one.
    public func quote(_ cause: Cause) -> String? { quotes[cause.rawValue] }

    /// The first sentence told as this part, when the answer has one.
    public func quote(_ part: StarPart) -> String? { quotes[part.rawValue] }

    public subscript(part: StarPart) -> PartStrength {
        get {
            switch part {
            case .situation: situation
            case .task: task
            case .action: action
            case .result: result
            }
        }
        set {
            switch part {
            case .situation: situation = newValue
            case .task: task = newValue
            case .action: action = newValue
            case .result: result = newValue
            }
        }
    }
}

/// Reads one answer: the text, the question it answers, and the follow-up it replies to (if any).
public typealias AnswerReader = @Sendable (_ text: String, _ question: Question, _ replyingTo: ProbeKind?) -> AnswerFindings
