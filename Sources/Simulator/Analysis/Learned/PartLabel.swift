/// What the model decides for one sentence: its part, and a second part when one sentence
/// carries two ("I rewrote the query, and load time fell": action + result).
public struct PartLabel: Hashable, Sendable, CustomStringConvertible {
    public var part: SentencePart
    public var second: SentencePart?

    /// The labels the model chooses among, in the model file's order.
    static let all: [PartLabel] = [
        PartLabel(part: .situation), PartLabel(part: .task), PartLabel(part: .action), PartLabel(part: .result), PartLabel(part: .none),
        PartLabel(part: .action, second: .result), PartLabel(part: .situation, second: .task),
    ]

    init(part: SentencePart, second: SentencePart? = nil) {
        self.part = part
        self.second = second
    }

    /// "action+result" as the corpus writes it; a combination the model does not have keeps
    /// its last part that the model has alone (task+action: action).
    init?(corpus text: String) {
        let parts = text.split(separator: "+").compactMap { SentencePart(rawValue: String($0)) }
        guard !parts.isEmpty, parts.count == text.split(separator: "+").count else { return nil }
        if parts.count == 1 { self.init(part: parts[0]); return }
        let pair = PartLabel(part: parts[0], second: parts[1])
        if Self.all.contains(pair) { self = pair; return }
        self.init(part: parts.last!)
    }

    var index: Int { Self.all.firstIndex(of: self)! }
    public var parts: [SentencePart] { [part] + (second.map { [$0] } ?? []) }
    /// Whether the label tells `p`, as its part or its second part (without making `parts`).
    func tells(_ p: SentencePart) -> Bool { part == p || second == p }
    public var description: String { parts.map(\.rawValue).joined(separator: "+") }
}
