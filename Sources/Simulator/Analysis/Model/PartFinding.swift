import InterviewScript

/// How well an answer covers one STAR part.
public enum PartStrength: String, Sendable, Codable, CaseIterable, Comparable {
    /// No sentence tells this part.
    case absent
    /// Hinted but vague (see docs/analyzer.md for each part's rule).
    case weak
    /// Told concretely.
    case strong

    /// The order of the cases (a switch: the drill-down compares strengths many times a turn).
    private var order: Int {
        switch self {
        case .absent: 0
        case .weak: 1
        case .strong: 2
        }
    }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}

extension PartStrength: StarPartsDefault {
    /// A part a record leaves out was not told.
    public static var missingPart: PartStrength { .absent }
}

/// One STAR part over the whole answer: whether it is there, how strong, and where.
public struct PartFinding: Sendable, Equatable, Codable {
    /// True when the part is weak or strong.
    public var present: Bool
    public var strength: PartStrength
    /// Indexes of the sentences telling this part.
    public var sentences: [Int]
    /// Words spent on this part.
    public var words: Int
    /// Share of the answer's words spent on this part (0...1).
    public var share: Double
    /// Why the strength was given, in a few words.
    public var reason: String

    public init(strength: PartStrength, sentences: [Int], words: Int, share: Double, reason: String) {
        self.present = strength != .absent
        self.strength = strength
        self.sentences = sentences
        self.words = words
        self.share = share
        self.reason = reason
    }
}

/// The four STAR parts of an answer.
public typealias PartFindings = StarParts<PartFinding>
