/// One piece of evidence for a sentence's part: a feature, the part it votes for, its weight,
/// and the bytes that triggered it (empty for positional cues).
struct Cue {
    /// The feature that fired; its `text` is the prefix of the cue's text.
    enum Label: UInt8, CaseIterable {
        case firstPersonSubject
        case weSubject
        case actionVerb
        case pastVerb
        case communication
        case thinking
        case actionPhrase
        case sequence
        case plannedAction
        case goalPhrase
        case goalWord
        case timeAnchor
        case contextPhrase
        case background
        case pastState
        case presentState
        case problem
        case metric
        case quantity
        case changeVerb
        case outcomePhrase
        case outcomeWord
        case vagueOutcome
        case lesson
        case outcomeConnective
        case meta
        case opinion
        case fragment
        case label
        case position
        case follows
        case answering
        case data
        case hypothetical
        /// A feature the learned model weighed (its family names it).
        case learned

        /// The label as shown before the matched words.
        var text: String {
            switch self {
            case .firstPersonSubject: "first-person subject"
            case .weSubject: "we subject"
            case .actionVerb: "action verb"
            case .pastVerb: "past verb"
            case .communication: "communication"
            case .thinking: "thinking verb"
            case .actionPhrase: "action phrase"
            case .sequence: "sequence word"
            case .plannedAction: "planned action"
            case .goalPhrase: "goal phrase"
            case .goalWord: "goal word"
            case .timeAnchor: "time anchor"
            case .contextPhrase: "context phrase"
            case .background: "background"
            case .pastState: "past state"
            case .presentState: "present state"
            case .problem: "problem word"
            case .metric: "metric"
            case .quantity: "quantity"
            case .changeVerb: "change verb"
            case .outcomePhrase: "outcome phrase"
            case .outcomeWord: "outcome word"
            case .vagueOutcome: "vague outcome"
            case .lesson: "lesson"
            case .outcomeConnective: "outcome connective"
            case .meta: "meta"
            case .opinion: "opinion"
            case .fragment: "fragment"
            case .label: "label"
            case .position: "position"
            case .follows: "follows"
            case .answering: "answers a probe"
            case .data: "data"
            case .hypothetical: "hypothetical"
            case .learned: "learned"
            }
        }
    }

    var part: SentencePart
    var weight: Float
    var label: Label
    /// Byte range of the triggering words in the answer (start == end: no text).
    var start: Int
    var end: Int
    /// Fixed text for cues without a byte range ("opening", "action").
    var note: Note? = nil
    /// For `.learned` cues: the feature's family and, for fixed features, its name.
    var learned: FeatureFamily? = nil
    var name: FeatureName? = nil

    /// The fixed texts of positional and context cues.
    enum Note: UInt8, CaseIterable {
        case opening, closing, early, late, middle, situation, task, action, result, none

        var text: String {
            switch self {
            case .opening: "opening"
            case .closing: "closing"
            case .early: "early"
            case .late: "late"
            case .middle: "middle"
            case .situation: "situation"
            case .task: "task"
            case .action: "action"
            case .result: "result"
            case .none: "none"
            }
        }
    }
}
