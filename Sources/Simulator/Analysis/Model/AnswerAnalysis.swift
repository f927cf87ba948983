import InterviewScript

/// Everything the analyzer found in one typed answer: its sentences and their STAR parts,
/// each part's strength, ownership, metrics, hypothetical framing, the other signals a bar
/// raiser listens for, principle signal phrases, and the follow-ups an interviewer would ask.
/// Every finding carries evidence pointing at the words that caused it.
///
/// Encodes to the JSON of `mockloop analyze --json` (see docs/analyzer.md): `followUps` is
/// written as a list of texts with a parallel `followUpKinds` list.
public struct AnswerAnalysis: Sendable, Equatable {
    /// Number of words in the answer.
    public var words: Int
    public var sentences: [AnalyzedSentence]
    public var parts: PartFindings
    /// The STAR parts that are absent, in STAR order.
    public var missing: [StarPart]
    public var ownership: OwnershipFinding
    /// True when a result sentence contains a measurement.
    public var quantifiedResult: Bool
    /// The measurements in result sentences, exactly as written ("25%", "from 40 to 12 minutes").
    public var metrics: [String]
    public var metricEvidence: [Evidence]
    /// True when the answer is mostly hypothetical or generic rather than one past event.
    public var hypothetical: Bool
    /// The hypothetical or generic phrases ("I would", "I usually").
    public var hypotheticalEvidence: [Evidence]
    /// Data used to decide ("pulled the logs", "A/B test").
    public var dataDriven: SignalFinding
    /// Lessons learned or what the candidate would do differently.
    public var lessonsLearned: SignalFinding
    public var disagreeAndCommit: DisagreeAndCommitFinding
    public var vagueFiller: VagueFillerFinding
    public var balance: AnswerBalance
    public var lengthVerdicts: LengthVerdicts
    public var principleSignals: [PrincipleSignalMatch]
    public var followUps: [FollowUp]
    /// Whether the answer mostly dodges what was asked, and the sentences that do.
    public var evasive: Bool = false
    public var evasionEvidence: [Evidence] = []
    /// The learned reader's model version (`StarModel.version`).
    public var modelVersion: String = ""

    public init(words: Int, sentences: [AnalyzedSentence], parts: PartFindings, missing: [StarPart],
                ownership: OwnershipFinding, quantifiedResult: Bool, metrics: [String], metricEvidence: [Evidence],
                hypothetical: Bool, hypotheticalEvidence: [Evidence], dataDriven: SignalFinding,
                lessonsLearned: SignalFinding, disagreeAndCommit: DisagreeAndCommitFinding,
                vagueFiller: VagueFillerFinding, balance: AnswerBalance, lengthVerdicts: LengthVerdicts,
                principleSignals: [PrincipleSignalMatch], followUps: [FollowUp],
                evasive: Bool = false, evasionEvidence: [Evidence] = [], modelVersion: String = "") {
        self.evasive = evasive
        self.evasionEvidence = evasionEvidence
        self.modelVersion = modelVersion
        self.words = words
        self.sentences = sentences
        self.parts = parts
        self.missing = missing
        self.ownership = ownership
        self.quantifiedResult = quantifiedResult
        self.metrics = metrics
        self.metricEvidence = metricEvidence
        self.hypothetical = hypothetical
        self.hypotheticalEvidence = hypotheticalEvidence
        self.dataDriven = dataDriven
        self.lessonsLearned = lessonsLearned
        self.disagreeAndCommit = disagreeAndCommit
        self.vagueFiller = vagueFiller
        self.balance = balance
        self.lengthVerdicts = lengthVerdicts
        self.principleSignals = principleSignals
        self.followUps = followUps
    }

    /// The part a sentence index was given.
    public func part(ofSentence index: Int) -> SentencePart { sentences[index].part }

    /// The follow-up kinds, in order.
    public var followUpKinds: [ProbeKind] { followUps.map(\.kind) }
}
