/// One value for each STAR part: the strength of each part, the finding on each, the first
/// sentence of each. The one shape every "per part" value in mockloop has, so code reads a part
/// by `parts[.task]` or `parts.task` and never keeps four parallel fields or a dictionary of
/// part names.
///
/// Encodes as an object keyed by the part names (`{"situation": …, "task": …}`). Decoding
/// tolerates a missing part when the value has a default (`StarPartsDefault`), as older journals
/// may leave parts out.
public struct StarParts<Value> {
    public var situation: Value
    public var task: Value
    public var action: Value
    public var result: Value

    public init(situation: Value, task: Value, action: Value, result: Value) {
        self.situation = situation
        self.task = task
        self.action = action
        self.result = result
    }

    /// Each part's value made from the part.
    public init(_ make: (StarPart) throws -> Value) rethrows {
        self.init(situation: try make(.situation), task: try make(.task), action: try make(.action), result: try make(.result))
    }

    public subscript(part: StarPart) -> Value {
        get {
            switch part {
            case .situation: situation
            case .task: task
            case .action: action
            case .result: result
            }
        }
        set {
            switch part {
            case .situation: situation = newValue
            case .task: task = newValue
            case .action: action = newValue
            case .result: result = newValue
            }
        }
    }

    /// The parts, in STAR order, whose value satisfies `test`.
    public func parts(where test: (Value) throws -> Bool) rethrows -> [StarPart] {
        try StarPart.allCases.filter { try test(self[$0]) }
    }
}

/// A value a part takes when a decoded `StarParts` leaves it out.
public protocol StarPartsDefault {
    static var missingPart: Self { get }
}

extension StarParts: Sendable where Value: Sendable {}
extension StarParts: Equatable where Value: Equatable {}
extension StarParts: Hashable where Value: Hashable {}

extension StarParts: Codable where Value: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ part: StarPart) { stringValue = part.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        try self.init { part in
            if let value = try c.decodeIfPresent(Value.self, forKey: Key(part)) { return value }
            if let fallback = (Value.self as? StarPartsDefault.Type)?.missingPart as? Value { return fallback }
            throw DecodingError.keyNotFound(Key(part), .init(codingPath: c.codingPath, debugDescription: "no value for the \(part.rawValue)"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for part in StarPart.allCases { try c.encode(self[part], forKey: Key(part)) }
    }
}
