/// One step of a session as it happened: a question or follow-up, why it was asked, and the
/// answer. Replay walks these in order.
public struct Exchange: Sendable, Equatable {
    /// 1-based, over the whole session.
    public var number: Int
    public var round: Int
    public var roundTitle: String
    public var interviewer: String
    public var questionID: String
    public var probe: ProbeKindName?
    public var prompt: String
    public var reason: String?
    public var answer: String?
    public var findings: AnswerFindings?
    /// What the candidate said instead of an answer first, and the interviewer's replies.
    public var asides: [QuestionTranscript.Aside] = []

    /// The follow-up's kind as written (`result`, `ownership`, ...).
    public typealias ProbeKindName = String

    /// Every exchange of a transcript, in order.
    public static func all(in transcript: Transcript) -> [Exchange] {
        var result: [Exchange] = []
        for round in transcript.rounds {
            for question in round.questions {
                for turn in question.turns {
                    result.append(Exchange(number: result.count + 1, round: round.index, roundTitle: round.title, interviewer: round.interviewer,
                                           questionID: question.id, probe: turn.probe?.rawValue, prompt: turn.prompt, reason: turn.reason,
                                           answer: turn.answer, findings: turn.findings, asides: turn.asides ?? []))
                }
            }
        }
        return result
    }
}
