/// The four-point vote an interviewer gives in their write-up.
public enum Vote: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case strongHire = "strong-hire"
    case inclined = "inclined"
    case notInclined = "not-inclined"
    case strongNoHire = "strong-no-hire"

    /// The vote as interviewers write it.
    public var title: String {
        switch self {
        case .strongHire: "Strong Hire"
        case .inclined: "Inclined"
        case .notInclined: "Not Inclined"
        case .strongNoHire: "Strong No Hire"
        }
    }

    /// Whether the vote is for hiring.
    public var isHire: Bool { self == .strongHire || self == .inclined }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    /// Stronger votes sort first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
