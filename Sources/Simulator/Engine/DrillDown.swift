import InterviewScript

/// The interviewer's notes on the question being discussed: every answer so far and every
/// follow-up asked. It decides the next follow-up by re-checking each STAR part across all
/// the answers (a part volunteered early counts) in the loop's probing order.
public struct DrillDown: Sendable, Equatable {
    /// One answer with what was found in it.
    public struct Turn: Sendable, Equatable {
        public var text: String
        public var findings: AnswerFindings
        public var replyingTo: ProbeKind?
    }

    public let questionID: String
    public private(set) var turns: [Turn] = []
    public private(set) var probes: [ProbeKind] = []

    /// How often one kind of follow-up may be asked about one question.
    public static let maxPerKind = 2

    public init(questionID: String) {
        self.questionID = questionID
    }

    public mutating func add(_ turn: Turn) { turns.append(turn) }
    public mutating func asked(_ probe: ProbeKind) { probes.append(probe) }

    /// Whether an answer counts as evidence (see `ReplyEvidence`); a part "given" only by a
    /// dodge stays missing.
    public static func counts(_ turn: Turn) -> Bool {
        ReplyEvidence.counts(turn.findings, replyingTo: turn.replyingTo)
    }

    /// Whether a reply to a follow-up dodged it (evasive, or hypothetical when a real event was asked for).
    public static func dodged(_ turn: Turn) -> Bool {
        dodge(turn) != nil
    }

    /// How a reply to a follow-up dodged it, if it did.
    static func dodge(_ turn: Turn) -> ReplyEvidence.Dodge? {
        ReplyEvidence.dodge(turn.findings, replyingTo: turn.replyingTo)
    }

    /// The best strength of a part over all answers that count.
    public func strength(of part: StarPart) -> PartStrength {
        // `.absent` is the weakest strength, so it is where the search starts.
        var best = PartStrength.absent
        for turn in turns where Self.counts(turn) { best = max(best, turn.findings[part]) }
        return best
    }

    /// The best strength of each part over the answers that count.
    public var strengths: StarParts<PartStrength> { StarParts { strength(of: $0) } }

    /// How the question went, as the interviewer records it when it moves on (and a re-score
    /// records it again after reading the answers anew): the one place an outcome is made.
    public func outcome(round: Int, skipped: Bool, reason: QuestionOutcome.Reason, at: Double) -> QuestionOutcome {
        QuestionOutcome(round: round, questionID: questionID, volunteered: volunteered, prompted: prompted, missing: missing,
                        strengths: strengths, probes: probes, evaded: evaded.isEmpty ? nil : evaded, skipped: skipped, reason: reason, at: at)
    }

    /// Follow-ups dodged twice (asked, dodged, pressed, dodged again): written down as evaded.
    public var evaded: [ProbeKind] {
        var dodges: [ProbeKind: Int] = [:]
        for turn in turns { if let kind = turn.replyingTo, Self.dodged(turn) { dodges[kind, default: 0] += 1 } }
        return ProbeKind.allCases.filter { (dodges[$0] ?? 0) >= 2 }
    }

    /// The follow-up to press once more, differently: the last reply dodged it and it was asked once.
    public var toPress: ProbeKind? {
        guard let last = turns.last, let kind = last.replyingTo, Self.dodged(last),
              probes.filter({ $0 == kind }).count == 1 else { return nil }
        return kind
    }

    /// Parts in the first answer.
    public var volunteered: [StarPart] {
        guard let first = turns.first else { return [] }
        return StarPart.allCases.filter { first.findings[$0] != .absent }
    }

    /// Parts absent from the first answer that a later answer gave.
    public var prompted: [StarPart] {
        StarPart.allCases.filter { !volunteered.contains($0) && strength(of: $0) != .absent }
    }

    public var missing: [StarPart] {
        strengths.parts { $0 == .absent }
    }

    /// Whether the answers so far leave a gap of this kind.
    public func needs(_ kind: ProbeKind) -> Bool {
        guard let first = turns.first else { return false }
        if let part = kind.starPart {
            // A hypothetical answer has no real parts to drill into until a real story comes.
            guard !stillHypothetical else { return false }
            // Scene and goal: asked for only when missing, never re-asked once told at all (a
            // strong candidate is not asked again for what they just said). Action and result:
            // asked for while vague too.
            return part == .situation || part == .task ? strength(of: part) == .absent : strength(of: part) != .strong
        }
        switch kind {
        case .ownership:
            // Settled by a reply to the ownership question, or by any later answer that tells
            // first-person actions (a clear "I rewrote..." after an action follow-up counts).
            if let reply = turns.last(where: { $0.replyingTo == .ownership }) {
                return !Self.counts(reply) || reply.findings.weHeavy || reply.findings.iCount == 0
            }
            return first.findings.weHeavy && !turns.dropFirst().contains { Self.counts($0) && $0.findings.iCount > 0 && !$0.findings.weHeavy }
        case .metrics:
            return strength(of: .result) != .absent && !turns.contains { Self.counts($0) && $0.findings.quantifiedResult } && !stillHypothetical
        case .hypothetical:
            return stillHypothetical
        case .vague:
            let last = turns.last!
            return !last.findings.vagueFiller.isEmpty && strength(of: .action) != .strong
        case .decision, .data, .conflict, .learned, .differently:
            // Depth is not a gap: see `nextProbe`.
            return false
        case .situation, .task, .action, .result:
            return false
        }
    }

    /// True while no answer has told one specific past event.
    public var stillHypothetical: Bool {
        guard let first = turns.first, first.findings.hypothetical else { return false }
        return !turns.dropFirst().contains { Self.counts($0) && !$0.findings.hypothetical && $0.findings.situation != .absent }
    }

    /// The next follow-up to ask, or nil to move on. A follow-up just dodged is pressed once more
    /// (then, dodged again, it is evaded and not asked again). Otherwise the first kind in
    /// `policy.order` whose gap is open and that has not been asked yet; once every open gap has
    /// had its turn, one may be asked again (at most `maxPerKind` times; another kind first when
    /// there is one), so probing goes on to `policy.maxProbes` while gaps remain.
    ///
    /// Once the story has no gap left (every part told, a real event), the interviewer digs in:
    /// up to `policy.depthProbes` depth follow-ups, in `depthOrder` (the round's principles and
    /// persona), each asked once.
    public func nextProbe(policy: ProbingPolicy, depthOrder: [ProbeKind] = ProbeKind.depthKinds) -> ProbeKind? {
        guard !turns.isEmpty, probes.count < policy.maxProbes else { return nil }
        if let press = toPress { return press }
        let evaded = Set(self.evaded)
        let open = policy.order.filter { needs($0) && !evaded.contains($0) }
        if let fresh = open.first(where: { !probes.contains($0) }) { return fresh }
        let again = open.filter { kind in probes.filter { $0 == kind }.count < Self.maxPerKind }
        if let repeated = again.first(where: { $0 != probes.last }) ?? again.first { return repeated }
        guard missing.isEmpty, !stillHypothetical, probes.filter(\.isDepth).count < policy.depthProbes else { return nil }
        let listed = policy.order.filter(\.isDepth)
        return (listed.isEmpty ? depthOrder : listed).first { !probes.contains($0) && !evaded.contains($0) }
    }

    /// Why a follow-up is asked, in the interviewer's notes.
    public func reason(for kind: ProbeKind) -> String {
        if kind == toPress, let last = turns.last, let dodge = Self.dodge(last) {
            switch dodge {
            case .evasive: return "the reply dodged the question; pressing once more"
            case .hypothetical: return "the reply said what would usually happen, not what did; pressing once more"
            case .thin: return "the reply was too short to answer it; pressing once more"
            }
        }
        switch kind {
        case .situation, .task, .action, .result:
            let part = kind.starPart!
            return strength(of: part) == .absent ? "no \(part.rawValue) in the answer so far" : "the \(part.rawValue) is vague"
        case .ownership:
            let last = turns.last { $0.replyingTo == .ownership } ?? turns[0]
            return "the actions were told as \"we\" (\(last.findings.weCount) told with we, \(last.findings.iCount) with I)"
        case .metrics: return "the result has no number or measure"
        case .hypothetical: return "the answer says what the candidate would do, not what they did"
        case .vague: return "filler with nothing concrete: \(turns.last?.findings.vagueFiller.joined(separator: ", ") ?? "")"
        case .decision: return "the story is complete; digging into the decision and its alternatives"
        case .data: return "the story is complete; digging into the data behind it"
        case .conflict: return "the story is complete; digging into who disagreed"
        case .learned: return "the story is complete; asking what was learned"
        case .differently: return "the story is complete; asking what they would do differently"
        }
    }
}
