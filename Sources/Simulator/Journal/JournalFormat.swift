import Foundation

/// The first line of a session journal: what was run, with which script and seed.
public struct JournalHeader: Sendable, Equatable, Codable {
    public static let formatName = "mockloop-journal"
    public static let currentVersion = 1

    public var format: String = JournalHeader.formatName
    public var version: Int = JournalHeader.currentVersion
    public var loopID: String
    public var loopVersion: String
    public var loopFile: String
    /// Fingerprint of the loop script's bytes, to notice a script changed since the session.
    public var scriptFingerprint: String
    public var seed: UInt64
    /// Wall-clock start time, ISO 8601, as the caller read it.
    public var startedAt: String
    /// The journal this session was resumed from, if any.
    public var resumedFrom: String?

    public init(loopID: String, loopVersion: String, loopFile: String, scriptFingerprint: String, seed: UInt64, startedAt: String, resumedFrom: String? = nil) {
        self.loopID = loopID
        self.loopVersion = loopVersion
        self.loopFile = loopFile
        self.scriptFingerprint = scriptFingerprint
        self.seed = seed
        self.startedAt = startedAt
        self.resumedFrom = resumedFrom
    }
}

/// One line of a journal after the header: an input the engine was given, or something it
/// recorded. Inputs make a session resumable; records make it scorable.
public enum JournalEntry: Sendable, Equatable, Codable {
    case event(Event)
    case record(SessionRecord)

    private enum CodingKeys: String, CodingKey { case event, record }

    /// `{"event": {...}}` or `{"record": {...}}`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let event = try container.decodeIfPresent(Event.self, forKey: .event) {
            self = .event(event)
        } else {
            self = .record(try container.decode(SessionRecord.self, forKey: .record))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .event(let event): try container.encode(event, forKey: .event)
        case .record(let record): try container.encode(record, forKey: .record)
        }
    }
}

/// Encodes journal lines: one JSON object per line, keys sorted, so journals diff cleanly.
public enum JournalFormat {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    public static func line(_ header: JournalHeader) throws -> Data {
        try encoder.encode(header) + Data("\n".utf8)
    }

    public static func line(_ entry: JournalEntry) throws -> Data {
        try encoder.encode(entry) + Data("\n".utf8)
    }
}
