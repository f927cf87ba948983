/// A behavioral question from a bank, with its follow-ups, signal phrases and example answers.
public struct Question: Sendable, Identifiable {
    public var id: String
    public var text: String
    public var principles: [LeadershipPrinciple]
    public var tags: [String]
    /// Questions with one theme ask for the same kind of story; one loop never asks two of them.
    public var theme: String?
    public var areas: [Area]
    /// Follow-up questions per kind, used in turn.
    public var probes: [ProbeKind: [String]]
    /// Phrases that are evidence for a principle, on top of the built-in ones.
    public var signals: [LeadershipPrinciple: [String]]
    public var examples: [ExampleAnswer]
    /// Where the question's `id` is written.
    public var location: SourceLocation

    public init(id: String, text: String, principles: [LeadershipPrinciple], tags: [String] = [], theme: String? = nil, areas: [Area] = Area.allCases,
                probes: [ProbeKind: [String]] = [:], signals: [LeadershipPrinciple: [String]] = [:], examples: [ExampleAnswer] = [],
                location: SourceLocation) {
        self.id = id
        self.text = text
        self.principles = principles
        self.tags = tags
        self.theme = theme
        self.areas = areas
        self.probes = probes
        self.signals = signals
        self.examples = examples
        self.location = location
    }
}

/// A sample answer to a question and what the analyzer must find in it.
public struct ExampleAnswer: Sendable {
    public var answer: String
    public var parts: [StarPart]
    public var signals: [LeadershipPrinciple]
    /// Where the example's `answer` is written.
    public var location: SourceLocation

    public init(answer: String, parts: [StarPart], signals: [LeadershipPrinciple], location: SourceLocation) {
        self.answer = answer
        self.parts = parts
        self.signals = signals
        self.location = location
    }
}

/// A file of questions shared by every loop in its folder.
public struct QuestionBank: Sendable {
    public var file: String
    public var questions: [Question]

    public init(file: String, questions: [Question]) {
        self.file = file
        self.questions = questions
    }
}
