/// An interview loop for one role: its rounds in order, probing policy, rubric and test plans.
public struct Loop: Sendable, Identifiable {
    public var id: String
    public var title: String
    public var area: Area
    public var role: String
    public var level: String?
    public var version: String
    public var description: String
    /// A practice-only loop, for a role without a formal interview.
    public var isPractice: Bool
    /// The principles the loop targets.
    public var principles: [Located<LeadershipPrinciple>]
    public var intro: String?
    /// Time budget of one question with its follow-ups.
    public var questionMinutes: Int
    public var rounds: [Round]
    public var closing: ClosingPhase
    public var probing: ProbingPolicy
    public var rubric: Rubric
    /// What the interviewers say in the loop's own words (each round may override).
    public var wording: Wording
    public var tests: [TestPlan]
    /// The script file the loop was read from.
    public var file: String
    /// Where the loop's `kind:` is written (the top of the document).
    public var location: SourceLocation
    /// Where its `id:` value is written (the top of the document when there is none).
    public var idLocation: SourceLocation

    /// The Bar Raiser round (a valid loop has exactly one).
    public var barRaiser: Round? { rounds.first(where: \.isBarRaiser) }

    public init(id: String, title: String, area: Area, role: String, level: String? = nil, version: String, description: String,
                isPractice: Bool = false, principles: [Located<LeadershipPrinciple>] = [], intro: String? = nil, questionMinutes: Int = 10,
                rounds: [Round], closing: ClosingPhase = ClosingPhase(), probing: ProbingPolicy = ProbingPolicy(), rubric: Rubric = Rubric(),
                wording: Wording = Wording(), tests: [TestPlan] = [], file: String, location: SourceLocation, idLocation: SourceLocation? = nil) {
        self.idLocation = idLocation ?? location
        self.id = id
        self.title = title
        self.area = area
        self.role = role
        self.level = level
        self.version = version
        self.description = description
        self.isPractice = isPractice
        self.principles = principles
        self.intro = intro
        self.questionMinutes = questionMinutes
        self.rounds = rounds
        self.closing = closing
        self.probing = probing
        self.rubric = rubric
        self.wording = wording
        self.tests = tests
        self.file = file
        self.location = location
    }
}

/// One interview in a loop, run by one interviewer.
public struct Round: Sendable {
    public var title: String
    public var interviewer: String
    public var persona: String
    public var isBarRaiser: Bool
    public var principles: [Located<LeadershipPrinciple>]
    /// How many questions the round asks.
    public var questionCount: Int
    public var minutes: Int
    /// Question ids asked first, in order.
    public var pinned: [Located<String>]
    /// What this round's interviewer says in their own words, over the loop's.
    public var wording: Wording
    /// How many principle ids the script lists, unknown ones included (an unknown id is
    /// reported where it is written; the counts it would upset are not reported again).
    public var principlesWritten: Int
    /// Where the round's mapping starts.
    public var location: SourceLocation
    /// Where `minutes` is written (for time-budget diagnostics).
    public var minutesLocation: SourceLocation

    /// The principles without their locations.
    public var principleIDs: [LeadershipPrinciple] { principles.map(\.value) }

    public init(title: String, interviewer: String, persona: String, isBarRaiser: Bool = false, principles: [Located<LeadershipPrinciple>],
                questionCount: Int = 2, minutes: Int, pinned: [Located<String>] = [], wording: Wording = Wording(), principlesWritten: Int? = nil, location: SourceLocation, minutesLocation: SourceLocation? = nil) {
        self.title = title
        self.interviewer = interviewer
        self.persona = persona
        self.isBarRaiser = isBarRaiser
        self.principles = principles
        self.questionCount = questionCount
        self.minutes = minutes
        self.pinned = pinned
        self.wording = wording
        self.principlesWritten = principlesWritten ?? principles.count
        self.location = location
        self.minutesLocation = minutesLocation ?? location
    }
}

/// Each interviewer's invitation to the candidate's own questions at the end of a round.
public struct ClosingPhase: Sendable {
    public static let defaultPrompt = "That's all from me. What questions do you have for me?"
    public var minutes: Int
    public var prompt: String

    public init(minutes: Int = 5, prompt: String = ClosingPhase.defaultPrompt) {
        self.minutes = minutes
        self.prompt = prompt
    }
}

/// How far and in what order the interviewer drills into an answer.
public struct ProbingPolicy: Sendable {
    public static let defaultOrder: [ProbeKind] = [.hypothetical, .action, .ownership, .result, .metrics, .situation, .task, .vague]
    public var maxProbes: Int
    public var order: [ProbeKind]
    /// How many depth follow-ups (decision, data, conflict, learned, differently) to ask once a
    /// story is complete, within `maxProbes`.
    public var depthProbes: Int

    public init(maxProbes: Int = 3, order: [ProbeKind] = ProbingPolicy.defaultOrder, depthProbes: Int = 1) {
        self.maxProbes = maxProbes
        self.order = order
        self.depthProbes = depthProbes
    }
}

/// How answers are scored and scores turned into votes.
public struct Rubric: Sendable, Equatable {
    /// The share of an answer's score from each kind of evidence; they add up to 1.
    public struct Weights: Sendable, Equatable {
        public var star = 0.35
        public var ownership = 0.2
        public var metrics = 0.2
        public var specificity = 0.1
        public var signals = 0.15
        public init() {}

        public var total: Double { star + ownership + metrics + specificity + signals }

        /// The weights scaled to add up to 1 (unchanged when they all are 0).
        public var normalized: Weights {
            let sum = total
            guard sum > 0 else { return self }
            var copy = self
            copy.star /= sum
            copy.ownership /= sum
            copy.metrics /= sum
            copy.specificity /= sum
            copy.signals /= sum
            return copy
        }
    }

    /// The lowest score for each vote.
    public struct Thresholds: Sendable, Equatable {
        public var strongHire = 0.8
        public var inclined = 0.6
        public var notInclined = 0.4
        public init() {}

        /// The vote a score earns.
        public func vote(for score: Double) -> Vote {
            if score >= strongHire { return .strongHire }
            if score >= inclined { return .inclined }
            if score >= notInclined { return .notInclined }
            return .strongNoHire
        }
    }

    public var weights = Weights()
    public var thresholds = Thresholds()
    /// Where `weights:` and `thresholds:` are written, for diagnostics about them.
    public var weightsLocation: SourceLocation?
    public var thresholdsLocation: SourceLocation?
    public init() {}
}
