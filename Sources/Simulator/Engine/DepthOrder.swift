import InterviewScript

/// Which depth follow-ups a round digs into first, from its principles and its interviewer's
/// persona: a Dive Deep round asks for the data, a Backbone round who disagreed, a persona that
/// "asks for the data behind every decision" the data first.
enum DepthOrder {
    /// The depth kinds each principle leans on, most telling first.
    private static let byPrinciple: [LeadershipPrinciple: [ProbeKind]] = [
        .customerObsession: [.data, .decision], .ownership: [.decision, .differently], .inventAndSimplify: [.decision, .differently],
        .areRightALot: [.data, .decision], .learnAndBeCurious: [.learned, .data], .hireAndDevelopTheBest: [.learned, .conflict],
        .insistOnTheHighestStandards: [.data, .differently], .thinkBig: [.decision, .conflict], .biasForAction: [.decision, .differently],
        .frugality: [.decision, .data], .earnTrust: [.conflict, .learned], .diveDeep: [.data, .decision],
        .haveBackbone: [.conflict, .decision], .deliverResults: [.decision, .differently],
        .striveToBeEarthsBestEmployer: [.conflict, .learned], .successAndScale: [.decision, .conflict],
    ]

    /// Persona words that move a kind to the front.
    private static let personaCues: [(words: [String], kind: ProbeKind)] = [
        (["data", "numbers", "metric", "detail", "evidence"], .data),
        (["disagree", "challenge", "push back", "pushes back", "conflict"], .conflict),
        (["trade-off", "tradeoff", "decision", "why"], .decision),
    ]

    static func order(for round: Round) -> [ProbeKind] {
        var order: [ProbeKind] = []
        let persona = round.persona.lowercased()
        for cue in personaCues where cue.words.contains(where: persona.contains) && !order.contains(cue.kind) { order.append(cue.kind) }
        for principle in round.principleIDs { for kind in byPrinciple[principle] ?? [] where !order.contains(kind) { order.append(kind) } }
        for kind in ProbeKind.depthKinds where !order.contains(kind) { order.append(kind) }
        return order
    }
}
