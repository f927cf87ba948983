import InterviewScript

/// The parts of a transcript that `mockloop progress` reads, decoded straight from a
/// `.transcript.json` without its answers, prompts and write-up text, which are most of its
/// bytes: reading a thousand sessions stays well under a second.
public struct SessionDigest: Sendable, Decodable {
    /// One principle's vote.
    public struct PrincipleVote: Sendable, Decodable {
        public var principle: LeadershipPrinciple
        public var vote: Vote
        public var assessed: Bool
    }

    /// One question: the parts that came only after a follow-up, whether it was skipped and,
    /// for each turn, whether it was answered and how.
    public struct Question: Sendable {
        public var prompted: [StarPart]
        public var skipped: Bool
        public var turns: [Turn]
    }

    public struct Turn: Sendable {
        public var probe: ProbeKind?
        public var answered: Bool
        public var findings: AnswerFindings?
        public var seconds: Double?
    }

    public var schema: String
    public var version: Int
    public var loop: String
    public var startedAt: String
    public var completed: Bool
    public var decision: Vote
    public var votes: [PrincipleVote]
    public var questions: [Question]

    /// The digest of a transcript in memory.
    public init(_ transcript: Transcript) {
        schema = transcript.schema
        version = transcript.version
        loop = transcript.loop.id
        startedAt = transcript.startedAt
        completed = transcript.completed
        decision = transcript.scores.decision.vote
        votes = transcript.scores.principles.map { PrincipleVote(principle: $0.principle, vote: $0.vote, assessed: $0.assessed) }
        questions = transcript.questions.map { question in
            Question(prompted: question.outcome?.prompted ?? [], skipped: question.outcome?.skipped ?? false, turns: question.turns.map { Turn(probe: $0.probe, answered: $0.answer != nil, findings: $0.findings, seconds: $0.seconds) })
        }
    }

    /// The header alone, to tell another format version from a damaged file.
    public struct Header: Sendable, Decodable {
        public var schema: String?
        public var version: Int?
    }

    private enum Keys: String, CodingKey {
        case schema, version, loop, startedAt, completed, rounds, scores, questions, turns, outcome
        case probe, answer, findings, seconds, id, decision, principles, vote
        case situation, task, action, result, iCount, weCount, weHeavy, quantifiedResult, hypothetical, evasive
        case prompted, skipped
    }

    /// The findings `progress` counts, without their quotes, signals and metrics.
    private static func findings(_ c: KeyedDecodingContainer<Keys>) throws -> AnswerFindings {
        AnswerFindings(situation: try c.decode(PartStrength.self, forKey: .situation), task: try c.decode(PartStrength.self, forKey: .task),
                       action: try c.decode(PartStrength.self, forKey: .action), result: try c.decode(PartStrength.self, forKey: .result),
                       iCount: try c.decode(Int.self, forKey: .iCount), weCount: try c.decode(Int.self, forKey: .weCount),
                       weHeavy: try c.decode(Bool.self, forKey: .weHeavy), quantifiedResult: try c.decode(Bool.self, forKey: .quantifiedResult),
                       hypothetical: try c.decode(Bool.self, forKey: .hypothetical), evasive: try c.decodeIfPresent(Bool.self, forKey: .evasive) ?? false)
    }

    public init(from decoder: Decoder) throws {
        let root = try decoder.container(keyedBy: Keys.self)
        schema = try root.decode(String.self, forKey: .schema)
        version = try root.decode(Int.self, forKey: .version)
        loop = try root.nestedContainer(keyedBy: Keys.self, forKey: .loop).decode(String.self, forKey: .id)
        startedAt = try root.decode(String.self, forKey: .startedAt)
        completed = try root.decode(Bool.self, forKey: .completed)
        let scores = try root.nestedContainer(keyedBy: Keys.self, forKey: .scores)
        decision = try scores.nestedContainer(keyedBy: Keys.self, forKey: .decision).decode(Vote.self, forKey: .vote)
        votes = try scores.decode([PrincipleVote].self, forKey: .principles)
        var questions: [Question] = []
        var rounds = try root.nestedUnkeyedContainer(forKey: .rounds)
        while !rounds.isAtEnd {
            let round = try rounds.nestedContainer(keyedBy: Keys.self)
            var list = try round.nestedUnkeyedContainer(forKey: .questions)
            while !list.isAtEnd {
                let question = try list.nestedContainer(keyedBy: Keys.self)
                var turns: [Turn] = []
                var turnList = try question.nestedUnkeyedContainer(forKey: .turns)
                while !turnList.isAtEnd {
                    let turn = try turnList.nestedContainer(keyedBy: Keys.self)
                    let answered = turn.contains(.answer) ? !(try turn.decodeNil(forKey: .answer)) : false
                    let findings = try turn.contains(.findings) && !turn.decodeNil(forKey: .findings) ? Self.findings(turn.nestedContainer(keyedBy: Keys.self, forKey: .findings)) : nil
                    turns.append(Turn(probe: try turn.decodeIfPresent(ProbeKind.self, forKey: .probe), answered: answered,
                                      findings: findings, seconds: try turn.decodeIfPresent(Double.self, forKey: .seconds)))
                }
                var prompted: [StarPart] = [], skipped = false
                if question.contains(.outcome), !(try question.decodeNil(forKey: .outcome)) {
                    let outcome = try question.nestedContainer(keyedBy: Keys.self, forKey: .outcome)
                    prompted = try outcome.decode([StarPart].self, forKey: .prompted)
                    skipped = try outcome.decode(Bool.self, forKey: .skipped)
                }
                questions.append(Question(prompted: prompted, skipped: skipped, turns: turns))
            }
        }
        self.questions = questions
    }
}
