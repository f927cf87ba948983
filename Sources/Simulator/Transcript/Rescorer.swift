import InterviewScript

/// Runs a transcript's recorded answers through the current analyzer and a loop script (the
/// session's own, or a newer version), and reports what changed: which follow-ups would now be
/// asked, and which votes moved. Coaches use it to check a script change against past sessions.
public struct Rescorer: Sendable {
    /// A follow-up that the engine would now choose differently after one answer.
    public struct ProbeChange: Sendable, Equatable, Codable {
        public var round: Int
        public var questionID: String
        /// 1 for the answer to the question, 2 for the answer to the first follow-up, ...
        public var afterAnswer: Int
        /// nil: the interviewer moved on.
        public var was: ProbeKind?
        public var now: ProbeKind?
    }

    /// An interviewer's vote before and after.
    public struct VoteChange: Sendable, Equatable, Codable {
        public var interviewer: String
        public var was: Vote
        public var now: Vote
    }

    /// What re-scoring found.
    public struct Result: Sendable, Equatable {
        public var transcript: Transcript
        public var probeChanges: [ProbeChange]
        public var voteChanges: [VoteChange]
        public var decisionWas: Vote
        public var decisionNow: Vote
        public var raisedWas: Bool
        public var raisedNow: Bool
        /// The reader's model then (nil: not recorded) and now.
        public var modelWas: String?
        public var modelNow: String = StarModel.builtInStamp
        /// Whether the answers are read by another model than the session's.
        public var modelChanged: Bool { modelWas != modelNow }

        public var changed: Bool { !probeChanges.isEmpty || !voteChanges.isEmpty || decisionWas != decisionNow || raisedWas != raisedNow }
    }

    public let loop: Loop
    public let library: ScriptLibrary
    private let read: AnswerReader

    public init(loop: Loop, library: ScriptLibrary, reader: @escaping AnswerReader) {
        self.loop = loop
        self.library = library
        self.read = reader
    }

    public func rescore(_ original: Transcript) -> Result {
        var transcript = original
        var changes: [ProbeChange] = []
        for roundIndex in transcript.rounds.indices {
            for questionIndex in transcript.rounds[roundIndex].questions.indices {
                var entry = transcript.rounds[roundIndex].questions[questionIndex]
                let question = library.questionsByID[entry.id]
                    ?? Question(id: entry.id, text: entry.text, principles: entry.principles, location: SourceLocation(file: "", line: 0, column: 0))
                var drill = DrillDown(questionID: entry.id)
                let answered = entry.turns.indices.filter { entry.turns[$0].answer != nil }
                for (position, turnIndex) in answered.enumerated() {
                    let turn = entry.turns[turnIndex]
                    let findings = read(turn.answer!, question, turn.probe)
                    entry.turns[turnIndex].findings = findings
                    drill.add(.init(text: turn.answer!, findings: findings, replyingTo: turn.probe))
                    let recorded = turnIndex + 1 < entry.turns.count ? entry.turns[turnIndex + 1].probe : nil
                    let now = drill.nextProbe(policy: loop.probing)
                    if now != recorded {
                        changes.append(ProbeChange(round: roundIndex, questionID: entry.id, afterAnswer: position + 1, was: recorded, now: now))
                    }
                    // The later answers replied to the recorded follow-ups: keep the history as it was.
                    if let recorded { drill.asked(recorded) }
                }
                if let outcome = entry.outcome, !answered.isEmpty {
                    // The answers were read anew: record the outcome again, as the interviewer would.
                    entry.outcome = drill.outcome(round: outcome.round, skipped: outcome.skipped, reason: outcome.reason, at: outcome.at)
                }
                transcript.rounds[roundIndex].questions[questionIndex] = entry
            }
        }
        transcript.analyzerModel = StarModel.builtInStamp
        Scorer(rubric: loop.rubric).score(&transcript)
        var votes: [VoteChange] = []
        for (old, new) in zip(original.scores.interviewers, transcript.scores.interviewers) where old.vote != new.vote {
            votes.append(VoteChange(interviewer: new.interviewer, was: old.vote, now: new.vote))
        }
        return Result(transcript: transcript, probeChanges: changes, voteChanges: votes,
                      decisionWas: original.scores.decision.vote, decisionNow: transcript.scores.decision.vote,
                      raisedWas: original.scores.decision.raisesTheBar, raisedNow: transcript.scores.decision.raisesTheBar,
                      modelWas: original.analyzerModel)
    }
}
