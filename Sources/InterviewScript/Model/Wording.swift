/// What a loop, or one round of it, has its interviewers say in their own words instead of
/// mockloop's defaults: the greeting, the transitions between questions, the out-of-time line,
/// the farewell, and short answers to the questions candidates ask at the close. A round's
/// wording wins over its loop's; anything left out falls back to the default catalogue.
public struct Wording: Sendable, Equatable {
    /// What candidates ask about, for the interviewer's answers at the close.
    public enum Topic: String, Sendable, CaseIterable {
        /// How the role fits the organisation, its customers and priorities.
        case role
        /// What success takes, how performance is measured.
        case success
        /// Training, onboarding, ramp-up.
        case training
        /// The team and the people.
        case team
        /// Shift pattern, on-call, hours, travel, remote work.
        case schedule
        /// Anything else.
        case other
    }

    /// "{first-name}" and "{principles}" are filled in.
    public var greeting: String?
    /// Used in turn between questions.
    public var transitions: [String]
    public var outOfTime: String?
    public var farewell: String?
    public var answers: [Topic: String]

    public init(greeting: String? = nil, transitions: [String] = [], outOfTime: String? = nil, farewell: String? = nil, answers: [Topic: String] = [:]) {
        self.greeting = greeting
        self.transitions = transitions
        self.outOfTime = outOfTime
        self.farewell = farewell
        self.answers = answers
    }

    /// This wording with `fallback`'s for whatever it leaves out.
    public func over(_ fallback: Wording) -> Wording {
        Wording(greeting: greeting ?? fallback.greeting, transitions: transitions.isEmpty ? fallback.transitions : transitions,
                outOfTime: outOfTime ?? fallback.outOfTime, farewell: farewell ?? fallback.farewell,
                answers: answers.merging(fallback.answers) { mine, _ in mine })
    }
}
