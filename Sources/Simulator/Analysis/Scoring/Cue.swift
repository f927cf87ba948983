/// One piece of evidence for a sentence's part: a feature, the part it votes for, its weight,
/// and the bytes that triggered it (empty for positional cues).
struct Cue {
    /// The feature that fired; its raw value is the prefix of the cue's text.
    enum Label: String {
        case firstPersonSubject = "first-person subject"
        case weSubject = "we subject"
        case actionVerb = "action verb"
        case pastVerb = "past verb"
        case communication = "communication"
        case thinking = "thinking verb"
        case actionPhrase = "action phrase"
        case sequence = "sequence word"
        case plannedAction = "planned action"
        case goalPhrase = "goal phrase"
        case goalWord = "goal word"
        case timeAnchor = "time anchor"
        case contextPhrase = "context phrase"
        case background = "background"
        case pastState = "past state"
        case presentState = "present state"
        case problem = "problem word"
        case metric = "metric"
        case quantity = "quantity"
        case changeVerb = "change verb"
        case outcomePhrase = "outcome phrase"
        case outcomeWord = "outcome word"
        case vagueOutcome = "vague outcome"
        case lesson = "lesson"
        case outcomeConnective = "outcome connective"
        case meta = "meta"
        case fragment = "fragment"
        case label = "label"
        case position = "position"
        case follows = "follows"
        case answering = "answers a probe"
        case data = "data"
        case hypothetical = "hypothetical"
    }

    var part: SentencePart
    var weight: Float
    var label: Label
    /// Byte range of the triggering words in the answer (start == end: no text).
    var start: Int
    var end: Int
    /// Fixed text for cues without a byte range ("opening", "action").
    var note: StaticString? = nil
}
