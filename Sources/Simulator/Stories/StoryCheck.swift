import InterviewScript

/// A written story read the way an interviewer would hear it told, so the candidate can fix it
/// before the loop: which parts are there and how strong, the result's numbers, "I" against
/// "we", hypothetical or vague phrases, how long it takes to tell, the principles it speaks to
/// against those it claims, the follow-ups it invites, and the score an interviewer would give it.
public struct StoryCheck: Sendable, Equatable, Codable {
    /// How a story's telling time compares with the two to three minutes a loop allows.
    public enum Length: String, Sendable, Codable { case short, good, long }

    /// How well a story stands up, from its score.
    public enum Strength: String, Sendable, Codable, Comparable {
        case weak, fair, strong
        private var order: Int { self == .weak ? 0 : self == .fair ? 1 : 2 }
        public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
        /// The strength of a score between 0 and 1.
        public init(score: Double) { self = score >= StoryCheck.strongScore ? .strong : score >= StoryCheck.fairScore ? .fair : .weak }
    }

    /// One STAR part: whether the story has a heading for it, and how strong it sounds told.
    public struct PartCheck: Sendable, Equatable, Codable {
        public var part: StarPart
        public var written: Bool
        public var heard: PartStrength
        /// What to do about it (nil when the part is fine).
        public var advice: String?
    }

    /// A follow-up the story invites.
    public struct Question: Sendable, Equatable, Codable {
        public var kind: ProbeKind
        public var text: String
    }

    public var id: String
    public var title: String
    public var file: String
    public var words: Int
    /// Seconds to tell it at `wordsPerMinute`.
    public var spokenSeconds: Int
    public var length: Length
    public var parts: [PartCheck]
    public var quantifiedResult: Bool
    /// Numbers that measure an outcome.
    public var resultNumbers: [String]
    public var iCount: Int
    public var weCount: Int
    public var weHeavy: Bool
    /// Phrases that make it sound hypothetical ("I would usually", "normally you'd").
    public var hypothetical: [String]
    /// Vague filler and dodges ("it went well", "the team handled that").
    public var vague: [String]
    public var claimed: [LeadershipPrinciple]
    /// Principles whose signal phrases the story has.
    public var heard: [LeadershipPrinciple]
    public var followUps: [Question]
    /// The score an interviewer would give the story told as written (0 to 1).
    public var score: Double
    public var strength: Strength
    /// What to fix first, most important first.
    public var advice: [String]

    /// A normal speaking pace for a prepared story.
    public static let wordsPerMinute = 150
    /// Telling time the checks aim at: about two to three minutes.
    public static let shortestSeconds = 90, longestSeconds = 210
    /// Score thresholds for `Strength`.
    public static let strongScore = 0.75, fairScore = 0.5

    /// Checks `story` with the interviewer's analyzer.
    public static func check(_ story: Story, analyzer: AnswerAnalyzer = AnalyzerReader.interviewerAnalyzer) -> StoryCheck {
        let told = story.told
        let analysis = analyzer.analyze(told, principles: LeadershipPrinciple.allCases)
        let findings = AnswerFindings(analysis)
        let seconds = Int((Double(analysis.words) * 60 / Double(wordsPerMinute)).rounded())
        let length: Length = seconds < shortestSeconds ? .short : seconds > longestSeconds ? .long : .good

        // Which sentences fall under which written heading.
        var sectionOf: [Int] = []
        var offset = 0
        var ranges: [(part: Story.Part?, range: Range<Int>)] = []
        for section in story.sections {
            let count = section.text.utf8.count
            ranges.append((section.part, offset..<(offset + count)))
            offset += count + 2
        }
        for sentence in analysis.sentences {
            sectionOf.append(ranges.firstIndex { $0.range.contains(sentence.start) } ?? -1)
        }
        var parts: [PartCheck] = []
        for part in StarPart.allCases {
            let written = story.sections.contains { $0.part?.starPart == part }
            let heard = findings[part]
            var advice: String?
            let sentencesUnderHeading = analysis.sentences.indices.filter { index in
                let section = sectionOf[index]
                return section >= 0 && ranges[section].part?.starPart == part
            }
            let readAsPart = sentencesUnderHeading.contains { analysis.sentences[$0].part.starPart == part || analysis.sentences[$0].alsoTells?.starPart == part }
            if heard == .absent {
                advice = written ? "What is under `## \(part.rawValue.capitalized)` does not sound like a \(part.rawValue) when told; \(Self.partAdvice(part))" : "There is no \(part.rawValue); \(Self.partAdvice(part))"
            } else if written && !sentencesUnderHeading.isEmpty && !readAsPart {
                advice = "What is under `## \(part.rawValue.capitalized)` does not sound like a \(part.rawValue) when told (the \(part.rawValue) is heard elsewhere); \(Self.partAdvice(part))"
            } else if heard == .weak {
                advice = "The \(part.rawValue) is vague; \(Self.partAdvice(part))"
            }
            parts.append(PartCheck(part: part, written: written, heard: heard, advice: advice))
        }

        let heard = LeadershipPrinciple.allCases.filter { principle in analysis.principleSignals.contains { $0.principle == principle } }
        let question = QuestionTranscript(id: story.id, text: story.title, principles: story.principles, turns: [
            QuestionTranscript.Turn(probe: nil, prompt: story.title, reason: nil, answer: told, findings: findings, seconds: nil, ranLong: false),
        ], outcome: nil, score: nil)
        let score = (Scorer(rubric: Rubric()).score(question).total * 100).rounded() / 100
        var check = StoryCheck(
            id: story.id, title: story.title, file: story.file, words: analysis.words, spokenSeconds: seconds, length: length,
            parts: parts, quantifiedResult: analysis.quantifiedResult, resultNumbers: analysis.metrics,
            iCount: analysis.ownership.i, weCount: analysis.ownership.we, weHeavy: findings.weHeavy,
            hypothetical: Self.unique(analysis.hypotheticalEvidence.map(\.text)),
            vague: Self.unique(analysis.vagueFiller.evidence.map(\.text) + analysis.evasionEvidence.map(\.text)),
            claimed: story.principles, heard: heard,
            followUps: analysis.followUps.map { Question(kind: $0.kind, text: $0.text) },
            score: score, strength: Strength(score: score), advice: [])
        check.advice = check.rankedAdvice()
        return check
    }

    /// The claimed principles nothing in the story speaks to.
    public var claimedNotHeard: [LeadershipPrinciple] { claimed.filter { !heard.contains($0) } }

    /// What to fix, the things that cost most in a loop first.
    func rankedAdvice() -> [String] {
        var advice: [String] = []
        if !hypothetical.isEmpty {
            advice.append("Tell it as what you did, not what you would do: \(Self.quoted(hypothetical)) sounds hypothetical, and interviewers discount it.")
        }
        if weHeavy {
            advice.append("Say what you did yourself: \"we\" \(weCount) times against \"I\" \(iCount). Interviewers ask \"what did you do?\" until they hear it.")
        }
        for part in parts where part.heard == .absent { if let text = part.advice { advice.append(text) } }
        if !quantifiedResult && parts.first(where: { $0.part == .result })?.heard != .absent {
            advice.append("Put a number on the result (how much, how many, how fast, against what before); the first follow-up will ask for one.")
        }
        for part in parts where part.heard != .absent { if let text = part.advice { advice.append(text) } }
        if !vague.isEmpty {
            advice.append("Replace vague phrases with what actually happened: \(Self.quoted(vague)).")
        }
        switch length {
        case .long: advice.append("It takes about \(Self.duration(spokenSeconds)) to tell; aim for two to three minutes and keep the detail for the follow-ups.")
        case .short: advice.append("It takes about \(Self.duration(spokenSeconds)) to tell; a story an interviewer can dig into needs two to three minutes.")
        case .good: break
        }
        if !claimedNotHeard.isEmpty {
            advice.append("It is meant for \(Self.listed(claimedNotHeard.map(\.name))), but nothing in it speaks to \(claimedNotHeard.count == 1 ? "that principle" : "those principles"): add the moment that shows it.")
        }
        if claimed.count > StoryMatrix.stretchedAt {
            advice.append("It is meant for \(claimed.count) principles; a story carries two or three well. Pick the ones it shows best.")
        }
        return advice
    }

    static func partAdvice(_ part: StarPart) -> String {
        switch part {
        case .situation: "say in a sentence or two where you were, when, and what was at stake."
        case .task: "say what you were responsible for, or the goal you set yourself."
        case .action: "say what you did yourself, step by step, and why."
        case .result: "say what changed because of what you did, with a number if you have one."
        }
    }

    /// "2 min 40 s".
    public static func duration(_ seconds: Int) -> String {
        seconds < 60 ? "\(seconds) s" : seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds / 60) min \(seconds % 60) s"
    }

    static func quoted(_ phrases: [String]) -> String {
        let shown = phrases.prefix(3).map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
        return phrases.count > 3 ? shown + " and \(phrases.count - 3) more" : shown
    }

    /// "A", "A and B", "A, B and C".
    static func listed(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    static func unique(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.filter { seen.insert($0.lowercased()).inserted }
    }
}
