import InterviewScript
import Yams

/// Hand-labelled analyzer test data: answers with answer-level labels, and answers split into
/// sentences with a part per sentence. Read from the corpus YAML format described in
/// Tests/SimulatorTests/Fixtures/corpus/README.md.
public struct AnalyzerCorpus: Sendable, Equatable {
    /// An answer with its expected answer-level findings.
    public struct LabelledAnswer: Sendable, Equatable {
        public var id: String
        /// The STAR parts present (weak or strong).
        public var parts: Set<StarPart>
        public var weHeavy: Bool?
        public var hypothetical: Bool?
        public var quantifiedResult: Bool?
        public var principle: LeadershipPrinciple?
        public var answer: String

        public init(id: String, parts: Set<StarPart>, weHeavy: Bool? = nil, hypothetical: Bool? = nil,
                    quantifiedResult: Bool? = nil, principle: LeadershipPrinciple? = nil, answer: String) {
            self.id = id
            self.parts = parts
            self.weHeavy = weHeavy
            self.hypothetical = hypothetical
            self.quantifiedResult = quantifiedResult
            self.principle = principle
            self.answer = answer
        }
    }

    /// An answer given as its sentences, each with its expected part.
    public struct LabelledSentences: Sendable, Equatable {
        public var id: String
        public var sentences: [LabelledSentence]

        public init(id: String, sentences: [LabelledSentence]) {
            self.id = id
            self.sentences = sentences
        }
    }

    /// One sentence and its expected part.
    public struct LabelledSentence: Sendable, Equatable {
        public var part: SentencePart
        public var text: String

        public init(part: SentencePart, text: String) {
            self.part = part
            self.text = text
        }
    }

    /// A corpus file that does not have the expected shape.
    public struct FormatError: Error, CustomStringConvertible, Equatable {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    public var answers: [LabelledAnswer]
    public var sentenceSets: [LabelledSentences]

    public init(answers: [LabelledAnswer] = [], sentenceSets: [LabelledSentences] = []) {
        self.answers = answers
        self.sentenceSets = sentenceSets
    }

    /// Adds the items of another corpus.
    public mutating func append(_ other: AnalyzerCorpus) {
        answers += other.answers
        sentenceSets += other.sentenceSets
    }

    /// Reads one corpus file: a YAML list of answer records (`id`, `parts`, `weHeavy`,
    /// `hypothetical`, `quantifiedResult`, `answer`) or of sentence records (`id`, `sentences`:
    /// a list of `[part, text]` pairs). `file` names the file in error messages.
    public static func parse(yaml: String, file: String) throws -> AnalyzerCorpus {
        let composed: Yams.Node?
        do {
            composed = try Yams.compose(yaml: yaml)
        } catch {
            throw FormatError(file: file, message: "YAML \(error)")
        }
        guard let items = composed?.items else { throw FormatError(file: file, message: "expected a list of records") }
        var corpus = AnalyzerCorpus()
        for (n, item) in items.enumerated() {
            let id = item["id"]?.string ?? "#\(n + 1)"
            if let sentences = item["sentences"] {
                guard let list = sentences.items else { throw FormatError(file: file, message: "\(id): 'sentences' must be a list") }
                var labelled: [LabelledSentence] = []
                for pair in list {
                    guard let two = pair.items, two.count == 2, let partName = two[0].string, let text = two[1].string else {
                        throw FormatError(file: file, message: "\(id): each sentence must be [part, text]")
                    }
                    guard let part = SentencePart(rawValue: partName.lowercased()) else {
                        throw FormatError(file: file, message: "\(id): unknown part '\(partName)'")
                    }
                    labelled.append(LabelledSentence(part: part, text: text))
                }
                corpus.sentenceSets.append(LabelledSentences(id: id, sentences: labelled))
            } else if let answer = item["answer"]?.string {
                var parts: Set<StarPart> = []
                for node in item["parts"]?.items ?? [] {
                    guard let name = node.string, let part = StarPart(rawValue: name.lowercased()) else {
                        throw FormatError(file: file, message: "\(id): unknown part in 'parts'")
                    }
                    parts.insert(part)
                }
                func flag(_ key: String) throws -> Bool? {
                    guard let value = item[key]?.string else { return nil }
                    switch value.lowercased() {
                    case "true", "yes": return true
                    case "false", "no": return false
                    default: throw FormatError(file: file, message: "\(id): '\(key)' must be true or false")
                    }
                }
                corpus.answers.append(LabelledAnswer(
                    id: id, parts: parts, weHeavy: try flag("weHeavy"), hypothetical: try flag("hypothetical"),
                    quantifiedResult: try flag("quantifiedResult"),
                    principle: item["principle"]?.string.flatMap(LeadershipPrinciple.init(id:)), answer: answer))
            } else {
                throw FormatError(file: file, message: "\(id): a record needs 'answer' or 'sentences'")
            }
        }
        return corpus
    }
}

extension Yams.Node {
    /// The value of `key` when this node is a mapping.
    fileprivate subscript(key: String) -> Yams.Node? {
        mapping?.first { $0.key.string == key }?.value
    }

    /// The entries when this node is a list.
    fileprivate var items: [Yams.Node]? { sequence.map(Array.init) }
}
