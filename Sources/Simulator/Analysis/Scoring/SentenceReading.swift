/// Everything the analyzer learned from one sentence in a single pass over its tokens:
/// its features, the cues voting for each part, and the evidence for answer-level findings.
/// Byte offsets are into the whole answer.
struct SentenceReading {
    /// Byte range of the sentence text.
    var start = 0
    var end = 0
    var words = 0
    var bullet = false

    var cues: [Cue] = []
    /// Sum of cue weights per part, in `SentencePart.index` order (evidence only, no priors).
    var evidence: (Float, Float, Float, Float, Float) = (0, 0, 0, 0, 0)

    // Ownership.
    var iCount = 0
    var weCount = 0
    var ownershipSpans: [ByteSpan] = []

    // Tense and subject.
    var pastVerbs = 0
    var firstPersonActions = 0
    var firstPersonPast = 0
    var subjectlessAction = false
    var hypothetical = false
    var hypotheticalSpan: ByteSpan? = nil

    // Specificity.
    var hasTimeAnchor = false
    var hasContext = false
    var hasProblem = false
    var properNouns = 0
    var contentWords = 0

    // Task and result detail.
    var ownedGoal = false
    var sharedGoal = false
    var concreteOutcome = false
    var vagueOutcome = false
    var lesson = false

    var metrics: [MetricFinding] = []

    // Bar-raiser signals.
    var data: [ByteSpan] = []
    var lessons: [ByteSpan] = []
    var disagreements: [ByteSpan] = []
    var commitments: [ByteSpan] = []
    var vagueFiller: [VagueFillerHit] = []
    var principleHits: [PrincipleHit] = []

    mutating func add(_ cue: Cue) {
        cues.append(cue)
        switch cue.part {
        case .situation: evidence.0 += cue.weight
        case .task: evidence.1 += cue.weight
        case .action: evidence.2 += cue.weight
        case .result: evidence.3 += cue.weight
        case .none: evidence.4 += cue.weight
        }
    }

    func evidence(for part: SentencePart) -> Float {
        switch part {
        case .situation: evidence.0
        case .task: evidence.1
        case .action: evidence.2
        case .result: evidence.3
        case .none: evidence.4
        }
    }
}

/// A half-open UTF-8 byte range in the answer.
struct ByteSpan: Equatable {
    var start: Int
    var end: Int
}

/// A metric found in a sentence, before we know the sentence's part.
struct MetricFinding {
    var span: ByteSpan
    var kind: MetricScanner.Kind
    /// Said as a change ("by 40%", "to 12 minutes", near "reduced").
    var isChange: Bool
}

/// A filler phrase, and whether the rest of its sentence says anything concrete.
struct VagueFillerHit {
    var span: ByteSpan
    var supported: Bool
}

/// A principle phrase found in a sentence.
struct PrincipleHit {
    var tag: UInt16
    var phrase: String
    var span: ByteSpan
}
