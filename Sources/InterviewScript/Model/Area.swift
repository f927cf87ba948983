/// The part of Amazon a loop or question is for.
public enum Area: String, CaseIterable, Sendable, Codable, Hashable {
    case aws, retail

    /// The area's name for people.
    public var title: String { self == .aws ? "AWS" : "Amazon retail" }
}
