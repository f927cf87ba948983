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
    /// First-person singular and plural mentions in action sentences.
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
    /// The candidate's own words for each part found (its first sentence), keyed by part: the
    /// verbatim evidence a write-up quotes.
    public var quotes: [String: String]

    public init(words: Int = 0, situation: PartStrength = .absent, task: PartStrength = .absent, action: PartStrength = .absent, result: PartStrength = .absent,
                iCount: Int = 0, weCount: Int = 0, weHeavy: Bool = false, quantifiedResult: Bool = false, metrics: [String] = [],
                hypothetical: Bool = false, vagueFiller: [String] = [], signals: [String: [String]] = [:], quotes: [String: String] = [:]) {
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
