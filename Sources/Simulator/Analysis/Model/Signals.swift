/// Who did the work, counted in the answer's action sentences: "I" words (I, me, my, myself,
/// mine) against "we" words (we, our, us, ourselves, ours, "the team", "my team", "our team"),
/// and "I" against "we" as the subjects of the actions.
public struct OwnershipFinding: Sendable, Equatable, Codable {
    public var i: Int
    public var we: Int
    /// "I" as a subject (including the implied "I" of a bullet such as "Rewrote the parser").
    public var iSubjects: Int
    /// "we" or "the team" as a subject.
    public var weSubjects: Int
    /// True when `weSubjects > iSubjects` and `weSubjects >= 2`: the actions are told as the
    /// team's, hiding the candidate's own part.
    public var weHeavy: Bool
    /// Where the counted words are.
    public var evidence: [Evidence]
    /// The action sentences counted in `iSubjects` and in `weSubjects` (indexes into the
    /// answer's sentences): what a finding about ownership quotes. Empty with the rule reader.
    public var iSentences: [Int]
    public var weSentences: [Int]

    public init(i: Int, we: Int, iSubjects: Int, weSubjects: Int, weHeavy: Bool, evidence: [Evidence], iSentences: [Int] = [], weSentences: [Int] = []) {
        self.iSentences = iSentences
        self.weSentences = weSentences
        self.i = i
        self.we = we
        self.iSubjects = iSubjects
        self.weSubjects = weSubjects
        self.weHeavy = weHeavy
        self.evidence = evidence
    }

    private enum CodingKeys: String, CodingKey { case i, we, iSubjects, weSubjects, weHeavy, evidence, iSentences, weSentences }

    /// Reads analyses written before the sentences were recorded (they have none).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(i: try c.decode(Int.self, forKey: .i), we: try c.decode(Int.self, forKey: .we),
                  iSubjects: try c.decode(Int.self, forKey: .iSubjects), weSubjects: try c.decode(Int.self, forKey: .weSubjects),
                  weHeavy: try c.decode(Bool.self, forKey: .weHeavy), evidence: try c.decode([Evidence].self, forKey: .evidence),
                  iSentences: try c.decodeIfPresent([Int].self, forKey: .iSentences) ?? [],
                  weSentences: try c.decodeIfPresent([Int].self, forKey: .weSentences) ?? [])
    }
}

/// A yes/no bar-raiser signal with the words that raised it.
public struct SignalFinding: Sendable, Equatable, Codable {
    public var present: Bool
    public var evidence: [Evidence]

    public init(present: Bool, evidence: [Evidence]) {
        self.present = present
        self.evidence = evidence
    }

    static let none = SignalFinding(present: false, evidence: [])
}

/// A disagreement handled the Amazon way: the candidate disagreed (ideally with data), then
/// committed to the decision.
public struct DisagreeAndCommitFinding: Sendable, Equatable, Codable {
    /// True when the answer shows both a disagreement and a commitment.
    public var present: Bool
    public var disagreed: Bool
    public var usedData: Bool
    public var committed: Bool
    public var evidence: [Evidence]

    public init(disagreed: Bool, usedData: Bool, committed: Bool, evidence: [Evidence]) {
        self.present = disagreed && committed
        self.disagreed = disagreed
        self.usedData = usedData
        self.committed = committed
        self.evidence = evidence
    }
}

/// Business filler ("worked closely with", "drove alignment") with nothing concrete after it
/// in the same sentence. `evidence` lists only the unsupported phrases.
public struct VagueFillerFinding: Sendable, Equatable, Codable {
    public var present: Bool
    public var evidence: [Evidence]
    /// Filler phrases followed by something concrete (not counted against the answer).
    public var supported: [Evidence]

    public init(evidence: [Evidence], supported: [Evidence]) {
        self.present = !evidence.isEmpty
        self.evidence = evidence
        self.supported = supported
    }
}
