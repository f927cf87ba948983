import InterviewScript

/// The STAR part a single sentence tells, or `none` for talk about the answer itself
/// ("Great question.", "That's my story.").
public enum SentencePart: String, CaseIterable, Sendable, Codable, Hashable {
    case situation, task, action, result, none

    /// The STAR part, unless `none`.
    public var starPart: StarPart? { StarPart(rawValue: rawValue) }

    /// The sentence part for a STAR part.
    public init(_ part: StarPart) { self = SentencePart(rawValue: part.rawValue)! }

    var index: Int {
        switch self {
        case .situation: 0
        case .task: 1
        case .action: 2
        case .result: 3
        case .none: 4
        }
    }

    static let ordered: [SentencePart] = [.situation, .task, .action, .result, .none]
}
