import InterviewScript

/// The words and numbers every report uses, so the Markdown, HTML and terminal versions say the
/// same thing. Returns plain text: each renderer escapes it for its own format.
enum ReportWording {
    /// A 0-to-1 score as a whole percentage ("72%"); "n/a" for a value that is not a number.
    static func percent(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let rounded = min(max((value * 100).rounded(), -1_000_000), 1_000_000)
        return "\(Int(rounded))%"
    }

    /// A duration for people: "45 s", "3 min 20 s", "12 min".
    static func duration(seconds: Double) -> String {
        guard seconds.isFinite else { return "n/a" }
        let total = Int(min(max(seconds.rounded(), 0), 1_000_000_000))
        let minutes = total / 60, rest = total % 60
        if minutes == 0 { return "\(rest) s" }
        return rest == 0 ? "\(minutes) min" : "\(minutes) min \(rest) s"
    }

    /// The area's name ("AWS", "Amazon retail"), or the id as written when it is not known.
    static func area(_ id: String) -> String { Area(rawValue: id)?.title ?? id }

    /// "Round 2: Bar raiser" (rounds are numbered from 1 for people).
    static func round(_ index: Int, title: String) -> String { "Round \(index + 1): \(title)" }

    /// The title of the round with this index, or "Round N" when the transcript has no such round.
    static func roundLabel(_ index: Int, in transcript: Transcript) -> String {
        guard let round = transcript.rounds.first(where: { $0.index == index }) else { return "Round \(index + 1)" }
        return "\(index + 1). \(round.title)"
    }

    /// Whether the loop was finished, in a sentence.
    static func status(_ completed: Bool) -> String {
        completed ? "Completed: the candidate reached the end of the loop."
            : "Not completed: the session ended early, so some principles have no evidence."
    }

    /// The decision's headline; a practice loop's says that no hiring decision is made.
    static func decision(_ raises: Bool, practice: Bool) -> String {
        guard practice else { return raises ? "Raises the bar" : "Does not raise the bar" }
        return (raises ? "Would raise the bar" : "Would not raise the bar") + " (practice loop: no hiring decision)"
    }

    /// What a practice loop is, for the header of its write-up.
    static let practiceNote = "This role has no formal interview. The votes show how the answers would be read, not a hiring decision."

    /// Shown instead of a vote for a round that was never reached or answered.
    static let notReached = "Not reached"

    /// Shown instead of a score that carries no evidence.
    static let noScore = "—"

    /// What a follow-up asked for, for its label ("Follow-up on the result").
    static func followUp(_ probe: ProbeKind) -> String {
        switch probe {
        case .situation, .task, .action, .result: "Follow-up on the \(probe.rawValue)"
        case .ownership: "Follow-up on ownership"
        case .metrics: "Follow-up on numbers"
        case .hypothetical: "Follow-up asking for one specific time"
        case .vague: "Follow-up asking for specifics"
        case .decision: "Follow-up on the decision"
        case .data: "Follow-up on the data"
        case .conflict: "Follow-up on who disagreed"
        case .learned: "Follow-up on what was learned"
        case .differently: "Follow-up on what they would do differently"
        }
    }

    /// What a candidate's question was about.
    static func category(_ category: CandidateQuestion.Category) -> String {
        switch category {
        case .roleFit: "how the role fits"
        case .successCompetencies: "what success takes"
        case .trainingAndRampUp: "training and ramp-up"
        case .teamSpecifics: "the team's specifics"
        case .other: "other"
        }
    }

    /// How long an answer took and whether it ran long, or nil when neither is known.
    static func answerTiming(_ turn: QuestionTranscript.Turn) -> String? {
        var parts: [String] = []
        if let seconds = turn.seconds { parts.append(duration(seconds: seconds)) }
        if turn.ranLong { parts.append("ran long") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// How the question ended and which STAR parts came when, or nil with no outcome recorded.
    static func outcome(_ outcome: QuestionOutcome?) -> String? {
        guard let outcome else { return nil }
        if outcome.skipped { return "Skipped." }
        func names(_ parts: [StarPart]) -> String { parts.isEmpty ? "none" : parts.sorted().map(\.rawValue).joined(separator: ", ") }
        return "Moved on (\(outcome.reason)). STAR volunteered: \(names(outcome.volunteered)); after a follow-up: \(names(outcome.prompted)); never given: \(names(outcome.missing))."
    }

    /// An answer's score components with their labels, in a fixed order, the total last.
    static func components(_ score: AnswerScore) -> [(label: String, value: String)] {
        [("STAR", percent(score.star)), ("Ownership", percent(score.ownership)), ("Metrics", percent(score.metrics)),
         ("Specificity", percent(score.specificity)), ("Signals", percent(score.signals)), ("Total", percent(score.total))]
    }

    /// The sign shown before a finding.
    static func sign(_ tone: Finding.Tone) -> String { tone == .strength ? "+" : "−" }

    /// The interviewer votes in round order (ties keep the scorecard's order).
    static func votes(_ transcript: Transcript) -> [InterviewerVote] {
        transcript.scores.interviewers.enumerated().sorted { ($0.element.round, $0.offset) < ($1.element.round, $1.offset) }.map(\.element)
    }

    /// The principle scores in round order, and within a round in the order the round lists
    /// them (then Amazon's order, then the scorecard's).
    static func principles(_ transcript: Transcript) -> [PrincipleScore] {
        func key(_ item: (offset: Int, element: PrincipleScore)) -> (Int, Int, Int, Int) {
            let listed = transcript.rounds.first { $0.index == item.element.round }?.principles.firstIndex(of: item.element.principle) ?? Int.max
            let amazon = LeadershipPrinciple.allCases.firstIndex(of: item.element.principle) ?? Int.max
            return (item.element.round, listed, amazon, item.offset)
        }
        return transcript.scores.principles.enumerated().sorted { key($0) < key($1) }.map(\.element)
    }

    /// The rounds in order of their index (ties keep the transcript's order).
    static func rounds(_ transcript: Transcript) -> [RoundTranscript] {
        transcript.rounds.enumerated().sorted { ($0.element.index, $0.offset) < ($1.element.index, $1.offset) }.map(\.element)
    }

    /// A principle's quotes without repeats (the first of each kept, in order).
    static func quotes(_ principle: PrincipleScore) -> [String] {
        var seen = Set<String>()
        return principle.quotes.filter { seen.insert($0).inserted }
    }

    /// A bank story as the write-up names it: “Title” (id).
    static func storyLabel(_ story: StoryTelling) -> String {
        "\u{201C}\(story.title)\u{201D} (\(story.id))"
    }

    /// Text on one line: control sequences stripped, runs of white space made one space, trimmed.
    static func oneLine(_ text: String) -> String {
        ControlSequenceFilter.strip(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
