/// The words of an answer that caused a finding: the sentence they are in, their UTF-8 byte
/// range in the whole answer (half-open), and the text itself as written.
public struct Evidence: Sendable, Equatable, Hashable, Codable {
    /// Index of the sentence in `AnswerAnalysis.sentences`.
    public var sentence: Int
    /// First byte (UTF-8 offset into the answer).
    public var start: Int
    /// One past the last byte.
    public var end: Int
    /// The words as written in the answer.
    public var text: String

    public init(sentence: Int, start: Int, end: Int, text: String) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
    }
}
