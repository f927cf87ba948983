/// The type a script value must have. The format's shapes are built from these, and both the
/// checker (which reports wrong types with their place) and the JSON Schema are derived from them.
public indirect enum ValueType: Sendable {
    /// Any scalar, read as text (`yes` stays the text "yes").
    case text
    /// Lower-case letters, digits and hyphens, starting with a letter or digit.
    case identifier
    case integer(ClosedRange<Int>)
    case number(ClosedRange<Double>)
    /// `true` or `false` (also `yes` or `no`).
    case boolean
    /// One of a fixed set of words.
    case choice([String])
    /// A Leadership Principle id.
    case principle
    case list(of: ValueType, count: ClosedRange<Int>, unique: Bool)
    case object(Shape)
    /// A mapping from Leadership Principle ids to values.
    case principleMap(ValueType)

    static func list(of element: ValueType, minimum: Int = 0, unique: Bool = false) -> ValueType {
        .list(of: element, count: minimum...Int.max, unique: unique)
    }
}

/// One key of a mapping in the format.
public struct Field: Sendable {
    public let key: String
    public let type: ValueType
    public let isRequired: Bool
    public let summary: String
    /// The value used when the key is left out, as written in a script.
    public let defaultValue: String?
    /// Other words a coach may write for this key (`time:` for `minutes:`), for did-you-mean.
    public let aliases: [String]

    init(_ key: String, _ type: ValueType, required: Bool = false, default defaultValue: String? = nil, aliases: [String] = [], _ summary: String) {
        self.key = key
        self.type = type
        self.isRequired = required
        self.summary = summary
        self.defaultValue = defaultValue
        self.aliases = aliases
    }
}

/// A mapping in the format: its name for people and the keys it may hold.
public struct Shape: Sendable {
    public let name: String
    public let summary: String
    public let fields: [Field]

    public func field(_ key: String) -> Field? { fields.first { $0.key == key } }
}

/// The loop-script format, as data.
public enum Format {
    static let starParts = StarPart.allCases.map(\.rawValue)
    static let probeKinds = ProbeKind.allCases.map(\.rawValue)
    static let areas = Area.allCases.map(\.rawValue)
    static let nextActions = TestExpectation.Next.allCases.map(\.rawValue)
    static let votes = Vote.allCases.map(\.rawValue)

    public static let probes = Shape(
        name: "probes",
        summary: "Follow-up questions per kind; the interviewer uses them in turn.",
        fields: ProbeKind.allCases.map { kind in
            Field(kind.rawValue, .list(of: .text, minimum: 1), "Follow-ups asked when \(probeReason(kind)).")
        }
    )

    public static let example = Shape(
        name: "example",
        summary: "A sample answer and what the analyzer must find in it.",
        fields: [
            Field("answer", .text, required: true, "The sample answer, as a candidate would type it."),
            Field("parts", .list(of: .choice(starParts), unique: true), "STAR parts the answer must contain."),
            Field("signals", .list(of: .principle, unique: true), "Principles whose signal phrases the answer must contain."),
        ]
    )

    public static let question = Shape(
        name: "question",
        summary: "A behavioral question in the shared bank.",
        fields: [
            Field("id", .identifier, required: true, "A stable id, unique across all banks."),
            Field("text", .text, required: true, "The question as the interviewer asks it."),
            Field("principles", .list(of: .principle, count: 1...3, unique: true), required: true, "The Leadership Principles the question assesses (1 to 3)."),
            Field("tags", .list(of: .identifier, unique: true), "Free labels such as failure, disagreement or escalation."),
            Field("theme", .identifier, "Questions with the same theme ask for the same kind of story; one loop never asks two of them."),
            Field("areas", .list(of: .choice(areas), count: 1...2, unique: true), default: "[aws, retail]", "Where the question fits."),
            Field("probes", .object(probes), "Follow-up questions per kind."),
            Field("signals", .principleMap(.list(of: .text, minimum: 1)), "Phrases that are evidence for a principle, added to the built-in ones."),
            Field("examples", .list(of: .object(example)), "Sample answers with the STAR parts and signals they must trigger."),
        ]
    )

    public static let bank = Shape(
        name: "question bank",
        summary: "A question bank shared by all loops.",
        fields: [
            Field("kind", .choice(["question-bank"]), required: true, "Always `question-bank` for a bank."),
            Field("questions", .list(of: .object(question), minimum: 1), required: true, "The questions."),
        ]
    )

    public static let round = Shape(
        name: "round",
        summary: "One interview of the loop.",
        fields: [
            Field("title", .text, required: true, "What the round is, e.g. Hiring manager."),
            Field("interviewer", .text, required: true, "The interviewer's name."),
            Field("persona", .text, required: true, "One line on who the interviewer is and how they come across."),
            Field("bar-raiser", .boolean, default: "false", "Whether this is the Bar Raiser round (exactly one per loop)."),
            Field("principles", .list(of: .principle, unique: true), required: true, "The 2 or 3 Leadership Principles this interviewer assesses."),
            Field("questions", .integer(1...10), default: "2", "How many bank questions the round asks."),
            Field("minutes", .integer(1...240), required: true, aliases: ["time", "duration", "length", "mins", "budget"], "The round's time budget in minutes."),
            Field("pinned", .list(of: .identifier, unique: true), "Question ids asked first, in this order."),
            Field("wording", .object(wording), "What this interviewer says in their own words (over the loop's wording)."),
        ]
    )

    public static let answers = Shape(
        name: "answers",
        summary: "The interviewer's short answers to the questions candidates ask at the close, by topic.",
        fields: [
            Field("role", .text, "How the role fits the organisation, its customers and priorities."),
            Field("success", .text, "What success takes in the role and how it is measured."),
            Field("training", .text, "Training, onboarding and ramp-up."),
            Field("team", .text, "The team and the people in it."),
            Field("schedule", .text, "Shift pattern, on-call, hours, travel or remote work."),
            Field("other", .text, "Anything else (the default offers a follow-up by the recruiter)."),
        ]
    )

    public static let wording = Shape(
        name: "wording",
        summary: "What the interviewers say in their own words instead of mockloop's defaults.",
        fields: [
            Field("greeting", .text, "The interviewer's greeting; {first-name} and {principles} are filled in."),
            Field("transitions", .list(of: .text, minimum: 1), "What the interviewer says between questions, used in turn."),
            Field("out-of-time", .text, "What the interviewer says when the round's time is up."),
            Field("farewell", .text, "The interviewer's last line."),
            Field("answers", .object(answers), "Short answers to the candidate's questions at the close, by topic."),
        ]
    )

    public static let closing = Shape(
        name: "closing",
        summary: "Each interviewer's invitation to the candidate's own questions.",
        fields: [
            Field("minutes", .integer(0...60), default: "5", "Minutes each round keeps for the candidate's questions."),
            Field("prompt", .text, "What the interviewer says to invite questions."),
        ]
    )

    public static let probing = Shape(
        name: "probing",
        summary: "How the interviewer drills down.",
        fields: [
            Field("max-probes", .integer(0...10), default: "3", "Follow-ups per question at most."),
            Field("order", .list(of: .choice(probeKinds), minimum: 1, unique: true), default: "[hypothetical, action, ownership, result, metrics, situation, task, vague]", "Order in which gaps are probed; kinds left out are never probed. Depth kinds listed here are dug into in this order instead of the round's."),
            Field("depth-probes", .integer(0...5), default: "1", "Depth follow-ups (decision, data, conflict, learned, differently) asked once a story is complete, within max-probes; 0: none."),
        ]
    )

    public static let weights = Shape(
        name: "weights",
        summary: "How an answer's score is made up.",
        fields: [
            Field("star", .number(0...1), default: "0.35", "STAR completeness and strength."),
            Field("ownership", .number(0...1), default: "0.2", "\"I\" rather than \"we\"."),
            Field("metrics", .number(0...1), default: "0.2", "Quantified results."),
            Field("specificity", .number(0...1), default: "0.1", "One real event, not hypothetical or vague."),
            Field("signals", .number(0...1), default: "0.15", "Leadership Principle signals heard."),
        ]
    )

    public static let thresholds = Shape(
        name: "thresholds",
        summary: "The score (0 to 1) at or above which each vote is given.",
        fields: [
            Field("strong-hire", .number(0...1), default: "0.8", "Strong Hire at or above this."),
            Field("inclined", .number(0...1), default: "0.6", "Inclined at or above this."),
            Field("not-inclined", .number(0...1), default: "0.4", "Not Inclined at or above this; Strong No Hire below."),
        ]
    )

    public static let rubric = Shape(
        name: "rubric",
        summary: "Scoring weights and vote thresholds.",
        fields: [
            Field("weights", .object(weights), "How an answer's score is made up."),
            Field("thresholds", .object(thresholds), "Vote thresholds."),
        ]
    )

    public static let expectation = Shape(
        name: "expect",
        summary: "What the interviewer must do after a step.",
        fields: [
            Field("next", .choice(nextActions), "What comes next: a new question, a probe, a new round, the closing or the end."),
            Field("probe", .choice(probeKinds), "The kind of the probe asked next."),
            Field("question", .identifier, "The id of the question asked next."),
            Field("missing", .list(of: .choice(starParts), unique: true), "STAR parts still missing from the current question's answers."),
            Field("prompted", .list(of: .choice(starParts), unique: true), "STAR parts that appeared only after a probe."),
            Field("signals", .list(of: .principle, unique: true), "Principles whose signals have been heard in the current question."),
            Field("vote", .choice(votes), "The overall vote, checked when the loop has finished."),
        ]
    )

    public static let step = Shape(
        name: "step",
        summary: "One thing the scripted candidate types, and what must follow.",
        fields: [
            Field("answer", .text, "An answer (or a slash command such as /skip)."),
            Field("expect", .object(expectation), "What the interviewer must do next."),
        ]
    )

    public static let testPlan = Shape(
        name: "test plan",
        summary: "Scripted candidate answers and what the interviewer must do.",
        fields: [
            Field("name", .text, required: true, "What the plan checks."),
            Field("seed", .integer(0...Int(UInt32.max)), default: "1", "The random seed for the question draw."),
            Field("steps", .list(of: .object(step), minimum: 1), required: true, "The candidate's inputs in order."),
        ]
    )

    public static let loop = Shape(
        name: "loop",
        summary: "An interview loop for one role.",
        fields: [
            Field("kind", .choice(["loop"]), required: true, "Always `loop` for a loop."),
            Field("id", .identifier, required: true, "The loop's id: `mockloop run ID`."),
            Field("title", .text, required: true, "The loop's title."),
            Field("area", .choice(areas), required: true, "aws or retail."),
            Field("role", .text, required: true, "The role the loop is for."),
            Field("level", .text, "The level, e.g. L5."),
            Field("version", .text, required: true, "The script's version; bump it on every change."),
            Field("description", .text, required: true, "One or two sentences on the loop."),
            Field("practice", .boolean, default: "false", "Whether the loop is practice only (the role has no formal interview)."),
            Field("principles", .list(of: .principle, unique: true), "The principles this loop targets; each should be assessed by a round."),
            Field("intro", .text, "What the coordinator says before the first round."),
            Field("question-minutes", .integer(1...60), default: "10", "Time budget of one question with its follow-ups."),
            Field("rounds", .list(of: .object(round), minimum: 1), required: true, "The interviews, in order."),
            Field("closing", .object(closing), "The candidate's questions at the end of each round."),
            Field("probing", .object(probing), "How the interviewer drills down."),
            Field("rubric", .object(rubric), "Scoring weights and vote thresholds."),
            Field("wording", .object(wording), "What the interviewers say in their own words; a round's wording wins over this."),
            Field("tests", .list(of: .object(testPlan)), "Test plans for `mockloop test`."),
        ]
    )

    static func probeReason(_ kind: ProbeKind) -> String {
        switch kind {
        case .situation: "the situation is missing or vague"
        case .task: "the candidate's goal is missing or vague"
        case .action: "what the candidate did is missing or vague"
        case .result: "the outcome is missing or vague"
        case .ownership: "the answer says \"we\" more than \"I\""
        case .metrics: "the result has no numbers"
        case .hypothetical: "the answer says what the candidate would do instead of what they did"
        case .vague: "the answer is filler with nothing concrete"
        case .decision: "the story is complete: why that approach and not another"
        case .data: "the story is complete: the data behind the choice"
        case .conflict: "the story is complete: who disagreed, and how it was settled"
        case .learned: "the story is complete: what the candidate learned"
        case .differently: "the story is complete: what they would do differently"
        }
    }
}
