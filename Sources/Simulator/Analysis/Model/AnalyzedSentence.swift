/// One sentence of an answer with the STAR part it was given and the cues that decided it.
public struct AnalyzedSentence: Sendable, Equatable, Codable {
    /// Position in the answer, from 0.
    public var index: Int
    /// The sentence as written (bullet markers dropped).
    public var text: String
    /// UTF-8 byte range of the sentence in the answer (half-open).
    public var start: Int
    public var end: Int
    /// Number of words.
    public var words: Int
    /// The part the sentence tells.
    public var part: SentencePart
    /// The strongest cues that voted for the part, e.g. "action verb: migrated",
    /// "metric: 40%", "time anchor: last year", "position: opening".
    public var cues: [String]
    /// Whether the sentence is hypothetical or generic ("I would...", "I usually...").
    public var hypothetical: Bool
    /// Whether the sentence dodges what was asked ("I'd have to check", "the team handled that").
    public var evasive: Bool = false
    /// A second part the same sentence tells ("I rewrote the query, and load time fell": result).
    public var alsoTells: SentencePart? = nil

    public init(index: Int, text: String, start: Int, end: Int, words: Int, part: SentencePart, cues: [String], hypothetical: Bool,
                evasive: Bool = false, alsoTells: SentencePart? = nil) {
        self.evasive = evasive
        self.alsoTells = alsoTells
        self.index = index
        self.text = text
        self.start = start
        self.end = end
        self.words = words
        self.part = part
        self.cues = cues
        self.hypothetical = hypothetical
    }
}
