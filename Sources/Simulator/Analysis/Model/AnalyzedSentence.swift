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

    public init(index: Int, text: String, start: Int, end: Int, words: Int, part: SentencePart, cues: [String], hypothetical: Bool) {
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
