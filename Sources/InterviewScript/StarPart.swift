/// One of the four parts of a STAR story: Situation, Task, Action, Result.
public enum StarPart: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case situation, task, action, result

    /// The part's name with a capital, for people.
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The order of the cases (a switch, not a search of `allCases`: parts are compared often).
    private var order: Int {
        switch self {
        case .situation: 0
        case .task: 1
        case .action: 2
        case .result: 3
        }
    }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}

/// What an interviewer's follow-up question is about: a STAR part that is missing or weak,
/// or one of the other gaps a bar raiser drills into.
///
/// The raw values are the keys of a question's `probes:` mapping in a loop script.
public enum ProbeKind: String, CaseIterable, Sendable, Codable, Hashable {
    case situation, task, action, result
    /// A "we" answer: what did *you* do?
    case ownership
    /// A result with no numbers: how much, how did you measure it?
    case metrics
    /// "I would..." or "I usually...": tell me about one specific time.
    case hypothetical
    /// Filler such as "worked closely with stakeholders" with nothing concrete behind it.
    case vague
    // Depth: once a story is complete, what a bar raiser digs into.
    /// Why that approach and not another; the alternatives weighed.
    case decision
    /// The data or evidence behind a choice or a claim.
    case data
    /// Who disagreed or pushed back, and how it was settled.
    case conflict
    /// What the candidate learned from it.
    case learned
    /// What they would do differently with hindsight.
    case differently

    /// The follow-ups that dig into a complete story rather than fill a gap in it.
    public static let depthKinds: [ProbeKind] = [.decision, .data, .conflict, .learned, .differently]

    /// Whether this follow-up digs into a complete story.
    public var isDepth: Bool { Self.depthKinds.contains(self) }

    /// The STAR part this probe asks for, if it is one.
    public var starPart: StarPart? {
        switch self {
        case .situation: .situation
        case .task: .task
        case .action: .action
        case .result: .result
        case .ownership, .metrics, .hypothetical, .vague, .decision, .data, .conflict, .learned, .differently: nil
        }
    }

    /// The probe that asks for a STAR part.
    public init(_ part: StarPart) {
        switch part {
        case .situation: self = .situation
        case .task: self = .task
        case .action: self = .action
        case .result: self = .result
        }
    }
}
