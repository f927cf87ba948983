import InterviewScript

/// A signal phrase for a Leadership Principle found in the answer.
public struct PrincipleSignalMatch: Sendable, Equatable, Codable {
    public var principle: LeadershipPrinciple
    /// The phrase as listed in the lexicon or script.
    public var phrase: String
    /// Where it was found, with the words as written.
    public var evidence: Evidence

    public init(principle: LeadershipPrinciple, phrase: String, evidence: Evidence) {
        self.principle = principle
        self.phrase = phrase
        self.evidence = evidence
    }
}
