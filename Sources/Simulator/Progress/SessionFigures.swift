import InterviewScript

/// What one finished session says about how the candidate is doing: the votes on each assessed
/// principle, how much of each story came unprompted, how many results had numbers, the "I"
/// share of actions, dodges and hypothetical replies, and time per answer. The figures
/// `mockloop progress` follows from session to session.
public struct SessionFigures: Sendable, Equatable, Codable {
    public var file: String
    public var loop: String
    public var startedAt: String
    public var decision: Vote
    /// The vote on each principle a question assessed.
    public var votes: [String: Vote]
    public var questions: Int
    /// STAR parts told in a question's first answer (not counting an answer that was
    /// hypothetical or a dodge), and parts that came only after a follow-up.
    public var partsVolunteered: Int
    public var partsPrompted: Int
    /// Answered questions whose result had a number.
    public var resultsWithNumbers: Int
    public var answeredQuestions: Int
    /// "I" and "we" in the answers' actions.
    public var iCount: Int
    public var weCount: Int
    /// Replies that dodged, and replies framed hypothetically.
    public var evasions: Int
    public var hypotheticals: Int
    /// Mean seconds per answer (nil when no answer was timed).
    public var secondsPerAnswer: Double?

    /// The share of the four STAR parts of each answered question told without a follow-up.
    public var volunteeredShare: Double? { share(partsVolunteered, 4 * answeredQuestions) }
    /// The share of answered questions whose result had a number.
    public var numbersShare: Double? { share(resultsWithNumbers, answeredQuestions) }
    /// The "I" share of I and we.
    public var iShare: Double? { share(iCount, iCount + weCount) }

    private func share(_ part: Int, _ whole: Int) -> Double? { whole > 0 ? Double(part) / Double(whole) : nil }

    /// The figures of a finished session's transcript.
    public init(_ transcript: Transcript, file: String) {
        self.init(SessionDigest(transcript), file: file)
    }

    /// The figures of a session from the parts of its transcript that `progress` reads.
    public init(_ digest: SessionDigest, file: String) {
        self.file = file
        loop = digest.loop
        startedAt = digest.startedAt
        decision = digest.decision
        var votes: [String: Vote] = [:]
        for vote in digest.votes where vote.assessed { votes[vote.principle.id] = vote.vote }
        self.votes = votes
        var volunteered = 0, prompted = 0, numbers = 0, answered = 0, i = 0, we = 0, evasions = 0, hypotheticals = 0
        var seconds: [Double] = []
        for question in digest.questions {
            let turns = question.turns.filter(\.answered)
            guard !turns.isEmpty, !question.skipped else { continue }
            answered += 1
            if let first = turns.first(where: { $0.probe == nil })?.findings, ReplyEvidence.counts(first, replyingTo: nil), !first.hypothetical {
                volunteered += StarPart.allCases.filter { first[$0] != .absent }.count
            }
            prompted += question.prompted.count
            if turns.contains(where: { $0.findings?.quantifiedResult == true }) { numbers += 1 }
            for turn in turns {
                guard let findings = turn.findings else { continue }
                i = i.addingReportingOverflow(max(0, findings.iCount)).partialValue
                we = we.addingReportingOverflow(max(0, findings.weCount)).partialValue
                if findings.evasive { evasions += 1 }
                if findings.hypothetical { hypotheticals += 1 }
                if let time = turn.seconds, time.isFinite, time >= 0 { seconds.append(time) }
            }
        }
        questions = digest.questions.count
        partsVolunteered = volunteered
        partsPrompted = prompted
        resultsWithNumbers = numbers
        answeredQuestions = answered
        iCount = i
        weCount = we
        self.evasions = evasions
        self.hypotheticals = hypotheticals
        secondsPerAnswer = seconds.isEmpty ? nil : seconds.reduce(0, +) / Double(seconds.count)
    }
}

/// Every finished session in order, oldest first, with what was left out and why.
public struct ProgressReport: Sendable, Equatable, Codable {
    public var sessions: [SessionFigures]
    /// One line per file left out (unfinished, unreadable, another format version).
    public var skipped: [String]
    public var loop: String?
    public var since: String?

    public init(sessions: [SessionFigures], skipped: [String], loop: String? = nil, since: String? = nil) {
        self.sessions = sessions.sorted { ($0.startedAt, $0.file) < ($1.startedAt, $1.file) }
        self.skipped = skipped
        self.loop = loop
        self.since = since
    }

    /// The principles voted on in any session, in Amazon's order.
    public var principles: [LeadershipPrinciple] {
        let voted = Set(sessions.flatMap(\.votes.keys))
        return LeadershipPrinciple.allCases.filter { voted.contains($0.id) }
    }
}
