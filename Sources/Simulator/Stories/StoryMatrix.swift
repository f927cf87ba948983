import InterviewScript

/// The candidate's stories against the Leadership Principles: which story serves which
/// principle and how strongly, the principles no story covers, stories stretched over too many
/// principles, and pairs of stories that tell the same event. With a loop, only its principles,
/// and a plan of which story to tell in which round.
public struct StoryMatrix: Sendable, Equatable, Codable {
    /// One story's column: its check, reduced to what the matrix shows.
    public struct Column: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
        public var strength: StoryCheck.Strength
        public var score: Double
        public var claimed: [LeadershipPrinciple]
        public var heard: [LeadershipPrinciple]
    }

    /// What a cell shows: the story is meant for the principle (with the story's strength), or
    /// is not meant for it but speaks to it.
    public enum Mark: Sendable, Equatable, Codable {
        case serves(StoryCheck.Strength)
        case alsoSpeaksTo
    }

    /// Two stories that tell the same event.
    public struct SameEvent: Sendable, Equatable, Codable {
        public var first: String
        public var second: String
        /// Share of telling words the two have in common (Jaccard).
        public var overlap: Double
    }

    /// The rows, in Amazon's order.
    public var principles: [LeadershipPrinciple]
    public var columns: [Column]
    /// The loop the matrix is for, if any.
    public var loop: String?
    /// Principles (of `principles`) that no story is meant for.
    public var uncovered: [LeadershipPrinciple]
    /// Stories meant for more than `stretchedAt` principles.
    public var stretched: [String]
    public var sameEvent: [SameEvent]
    public var plan: StoryPlan?

    /// A story meant for more principles than this is stretched too thin.
    public static let stretchedAt = 4
    /// Two written stories whose telling words overlap this much (Jaccard) tell one event...
    public static let sameEventOverlap = 0.3
    /// ...provided they share at least this many telling words.
    public static let sameEventShared = 10

    public func mark(_ principle: LeadershipPrinciple, _ column: Column) -> Mark? {
        if column.claimed.contains(principle) { return .serves(column.strength) }
        if column.heard.contains(principle) { return .alsoSpeaksTo }
        return nil
    }

    /// The matrix of `stories` (with their checks), for all 16 principles or one loop's.
    public static func build(_ stories: [(story: Story, check: StoryCheck)], loop: Loop? = nil) -> StoryMatrix {
        let principles: [LeadershipPrinciple] = loop.map { loop in
            let assessed = Set(loop.rounds.flatMap(\.principleIDs)).union(loop.principles.map(\.value))
            return LeadershipPrinciple.allCases.filter { assessed.contains($0) }
        } ?? LeadershipPrinciple.allCases
        let columns = stories.map { Column(id: $0.story.id, title: $0.story.title, strength: $0.check.strength, score: $0.check.score, claimed: $0.story.principles, heard: $0.check.heard) }
        let uncovered = principles.filter { principle in !columns.contains { $0.claimed.contains(principle) } }
        let stretched = columns.filter { $0.claimed.count > stretchedAt }.map(\.id)
        var same: [SameEvent] = []
        // Each story's telling words as sorted word numbers, so a pair is compared by one merge.
        var numbering: [String: Int] = [:]
        let words: [[Int]] = stories.map { item in
            StoryOverlap.words(item.story.told).map { word in
                if let number = numbering[word] { return number }
                numbering[word] = numbering.count
                return numbering.count - 1
            }.sorted()
        }
        for a in words.indices {
            for b in words.indices where b > a {
                let shared = sharedCount(words[a], words[b])
                let union = words[a].count + words[b].count - shared
                guard union > 0, shared >= sameEventShared else { continue }
                let overlap = Double(shared) / Double(union)
                if overlap >= sameEventOverlap {
                    same.append(SameEvent(first: columns[a].id, second: columns[b].id, overlap: (overlap * 100).rounded() / 100))
                }
            }
        }
        let plan = loop.map { StoryPlan.propose(for: $0, columns: columns, sameEvent: same) }
        return StoryMatrix(principles: principles, columns: columns, loop: loop?.id, uncovered: uncovered, stretched: stretched, sameEvent: same, plan: plan)
    }

    /// How many numbers two sorted lists share.
    static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }
}
