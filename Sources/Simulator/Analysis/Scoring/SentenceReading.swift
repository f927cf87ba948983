/// Everything the analyzer learned from one sentence in a single pass over its tokens: its
/// features, the cues voting for each part, and where its evidence for answer-level findings
/// lies in the `ReadingStore`. A plain value (no references), so copying it is cheap.
/// Byte offsets are into the whole answer.
struct SentenceReading {
    /// Byte range of the sentence text.
    var start = 0
    var end = 0
    var words = 0
    var bullet = false

    /// This sentence's cues in `ReadingStore.cues`.
    var cues: Range<Int> = 0..<0
    /// Sum of cue weights per part, in `SentencePart.index` order (evidence only, no priors).
    var evidence: (Float, Float, Float, Float, Float) = (0, 0, 0, 0, 0)
    /// This sentence's evidence spans in `ReadingStore.spans`, metrics and principle hits.
    var spans: Range<Int> = 0..<0
    var metrics: Range<Int> = 0..<0
    var hits: Range<Int> = 0..<0

    // Ownership.
    var iCount = 0
    var weCount = 0
    /// "I" (or an implied "I" in a subjectless bullet) and "we"/"the team" as grammatical subjects.
    var iSubjects = 0
    var weSubjects = 0

    // Tense and subject.
    var pastVerbs = 0
    var firstPersonActions = 0
    var firstPersonPast = 0
    var subjectlessAction = false
    var hypothetical = false
    var hypotheticalSpan = ByteSpan(start: 0, end: 0)
    var plannedAction = false

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
    var unsupportedFiller = false
    /// Talk about the answer ("Great question.") or a fragment: not part of the story's shape.
    var isMeta = false

    var hasMetrics: Bool { !metrics.isEmpty }

    func evidence(for part: SentencePart) -> Float {
        switch part {
        case .situation: evidence.0
        case .task: evidence.1
        case .action: evidence.2
        case .result: evidence.3
        case .none: evidence.4
        }
    }

    mutating func addEvidence(_ part: SentencePart, _ weight: Float) {
        switch part {
        case .situation: evidence.0 += weight
        case .task: evidence.1 += weight
        case .action: evidence.2 += weight
        case .result: evidence.3 += weight
        case .none: evidence.4 += weight
        }
    }
}

/// Storage shared by all sentences of one answer, so that readings stay plain values and the
/// per-sentence work does not allocate: cues, evidence spans, metrics, principle hits, and
/// scratch buffers reused from sentence to sentence.
struct ReadingStore {
    var cues: [Cue] = []
    var spans: [TaggedSpan] = []
    var metrics: [MetricFinding] = []
    var hits: [PrincipleHit] = []
    /// Scratch: this sentence's phrase matches.
    var matches: [PhraseMatch] = []
    /// Scratch: this sentence's metric spans.
    var metricSpans: [MetricScanner.Span] = []

    init() {
        cues.reserveCapacity(256)
        spans.reserveCapacity(64)
        matches.reserveCapacity(32)
        metricSpans.reserveCapacity(8)
    }
}

/// A half-open UTF-8 byte range in the answer.
struct ByteSpan: Equatable {
    var start: Int
    var end: Int
}

/// Evidence for an answer-level finding.
struct TaggedSpan {
    enum Kind: UInt8 {
        case ownership, data, lesson, disagreement, commitment, fillerSupported, fillerUnsupported
    }

    var kind: Kind
    var span: ByteSpan
}

/// A cue phrase found in a sentence: its category and token range.
struct PhraseMatch {
    var category: CueCategory
    var first: Int
    var last: Int
}

/// A metric found in a sentence, before we know the sentence's part.
struct MetricFinding {
    var span: ByteSpan
    var kind: MetricScanner.Kind
    /// Said as a change ("by 40%", "to 12 minutes", near "reduced").
    var isChange: Bool
}

/// A principle phrase found in a sentence: the principle's tag, which trie (built-in or the
/// caller's) and which phrase in it.
struct PrincipleHit {
    var tag: UInt16
    var fromCaller: Bool
    var phrase: Int32
    var span: ByteSpan
}
