import Foundation

/// Events are journaled as `{"kind": "answer", "text": "...", "at": 12.5}` so that a session
/// can be resumed by replaying them.
extension Event: Codable {
    private enum CodingKeys: String, CodingKey { case kind, text, command, at }
    private enum Kind: String, Codable { case start, answer, command, tick }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let at = try container.decode(Double.self, forKey: .at)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .start: self = .start(at: at)
        case .answer: self = .answer(try container.decode(String.self, forKey: .text), at: at)
        case .command: self = .command(try container.decode(SessionCommand.self, forKey: .command), at: at)
        case .tick: self = .tick(at: at)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(time, forKey: .at)
        switch self {
        case .start: try container.encode(Kind.start, forKey: .kind)
        case .answer(let text, _):
            try container.encode(Kind.answer, forKey: .kind)
            try container.encode(text, forKey: .text)
        case .command(let command, _):
            try container.encode(Kind.command, forKey: .kind)
            try container.encode(command, forKey: .command)
        case .tick: try container.encode(Kind.tick, forKey: .kind)
        }
    }
}
