/// A coach's test of a loop: scripted candidate inputs and what the interviewer must do.
public struct TestPlan: Sendable {
    public var name: String
    public var seed: UInt64
    public var steps: [TestStep]
    public var location: SourceLocation

    public init(name: String, seed: UInt64 = 1, steps: [TestStep], location: SourceLocation) {
        self.name = name
        self.seed = seed
        self.steps = steps
        self.location = location
    }
}

/// One input of a test plan and the expectation on what follows it.
public struct TestStep: Sendable {
    /// An answer, or a slash command such as `/skip`.
    public var input: String
    public var expectation: TestExpectation?
    public var location: SourceLocation

    public init(input: String, expectation: TestExpectation? = nil, location: SourceLocation) {
        self.input = input
        self.expectation = expectation
        self.location = location
    }
}

/// What the interviewer must do after a test step. Every key is optional; each keeps its place
/// so that a failing expectation can be reported at `file:line:col`.
public struct TestExpectation: Sendable {
    /// The kind of thing the interviewer says next.
    public enum Next: String, CaseIterable, Sendable, Codable {
        case question, probe, round, closing, finish
    }

    public var next: Located<Next>?
    public var probe: Located<ProbeKind>?
    public var question: Located<String>?
    public var missing: Located<[StarPart]>?
    public var prompted: Located<[StarPart]>?
    public var signals: Located<[LeadershipPrinciple]>?
    public var vote: Located<Vote>?

    public init() {}
}
