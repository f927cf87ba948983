import InterviewScript

/// A question an interviewer would ask next, and what it probes. A caller may replace `text`
/// with a script's own probe for the same `kind`.
public struct FollowUp: Sendable, Equatable, Hashable, Codable {
    public var kind: ProbeKind
    public var text: String

    public init(kind: ProbeKind, text: String) {
        self.kind = kind
        self.text = text
    }
}
