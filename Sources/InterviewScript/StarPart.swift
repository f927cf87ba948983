/// One of the four parts of a STAR story: Situation, Task, Action, Result.
public enum StarPart: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case situation, task, action, result

    /// The part's name with a capital, for people.
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    private var order: Int { Self.allCases.firstIndex(of: self)! }
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

    /// The STAR part this probe asks for, if it is one.
    public var starPart: StarPart? { StarPart(rawValue: rawValue) }

    /// The probe that asks for a STAR part.
    public init(_ part: StarPart) { self = ProbeKind(rawValue: part.rawValue)! }
}
