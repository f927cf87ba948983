import InterviewScript

/// What the interviewer needs to know about one answer, taken from the analyzer's analysis:
/// how strong each STAR part is, who did the work, whether the result has numbers, and the
/// other gaps a bar raiser drills into. Recorded with every answer in the transcript.
public struct AnswerFindings: Sendable, Equatable, Codable {
    public var words: Int
    /// How strong each STAR part is in this answer.
    public var parts: StarParts<PartStrength>
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

        /// The key of a part's strength (the parts are written beside the other fields).
        init(_ part: StarPart) {
            switch part {
            case .situation: self = .situation
            case .task: self = .task
            case .action: self = .action
            case .result: self = .result
            }
        }
    }

    /// Writes the parts' strengths beside the other fields, as journals have always had them.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(words, forKey: .words)
        for part in StarPart.allCases { try c.encode(parts[part], forKey: CodingKeys(part)) }
        try c.encode(iCount, forKey: .iCount)
        try c.encode(weCount, forKey: .weCount)
        try c.encode(weHeavy, forKey: .weHeavy)
        try c.encode(quantifiedResult, forKey: .quantifiedResult)
        try c.encode(metrics, forKey: .metrics)
        try c.encode(hypothetical, forKey: .hypothetical)
        try c.encode(vagueFiller, forKey: .vagueFiller)
        try c.encode(signals, forKey: .signals)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(evasive, forKey: .evasive)
    }

    /// Reads findings of every journal version (those before evasion was read have none).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        words = try c.decode(Int.self, forKey: .words)
        parts = try StarParts { part in try c.decode(PartStrength.self, forKey: CodingKeys(part)) }
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
        self.parts = StarParts(situation: situation, task: task, action: action, result: result)
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
        get { parts[part] }
        set { parts[part] = newValue }
    }

    public var situation: PartStrength { get { parts.situation } set { parts.situation = newValue } }
    public var task: PartStrength { get { parts.task } set { parts.task = newValue } }
    public var action: PartStrength { get { parts.action } set { parts.action = newValue } }
    public var result: PartStrength { get { parts.result } set { parts.result = newValue } }
}

/// Reads one answer: the text, the question it answers, and the follow-up it replies to (if any).
public typealias AnswerReader = @Sendable (_ text: String, _ question: Question, _ replyingTo: ProbeKind?) -> AnswerFindings
