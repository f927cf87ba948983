import InterviewScript

/// Rebuilds the questions a journal's session was drawn, from the plan pinned in its header,
/// with the questions as they are now; says which ones are gone or have changed.
public struct PinnedPlan: Sendable {
    /// A pinned question that no longer matches.
    public struct Change: Sendable, Equatable, CustomStringConvertible {
        public enum Kind: Sendable, Equatable { case missing, edited }
        public var round: Int
        public var questionID: String
        public var kind: Kind

        public var description: String {
            switch kind {
            case .missing: "question '\(questionID)' (round \(round + 1)) is no longer in any question bank"
            case .edited: "question '\(questionID)' (round \(round + 1)) has been edited since the session"
            }
        }
    }

    /// The plan, with every question that still exists (an edited one in its current form).
    public let plan: InterviewPlan
    public let changes: [Change]
    /// Whether the plan has every question it was drawn with (edited ones included).
    public var isWhole: Bool { !changes.contains { $0.kind == .missing } }

    public init(_ pinned: [[PlannedQuestion]], library: ScriptLibrary) {
        var changes: [Change] = []
        let rounds = pinned.enumerated().map { round, questions in
            questions.compactMap { planned -> Question? in
                guard let question = library.questionsByID[planned.id] else {
                    changes.append(Change(round: round, questionID: planned.id, kind: .missing))
                    return nil
                }
                if QuestionFingerprint.of(question) != planned.hash {
                    changes.append(Change(round: round, questionID: planned.id, kind: .edited))
                }
                return question
            }
        }
        self.plan = InterviewPlan(rounds: rounds)
        self.changes = changes
    }
}

extension InterviewPlan {
    /// The plan as a journal header pins it.
    public var pinned: [[PlannedQuestion]] { rounds.map { $0.map(PlannedQuestion.init) } }
}
