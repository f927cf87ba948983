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

    public init(loopID: String, loopVersion: String, loopFile: String, scriptFingerprint: String, seed: UInt64, startedAt: String) {
        self.loopID = loopID
        self.loopVersion = loopVersion
        self.loopFile = loopFile
        self.scriptFingerprint = scriptFingerprint
        self.seed = seed
        self.startedAt = startedAt
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

    public static func line(_ record: SessionRecord) throws -> Data {
        try encoder.encode(record) + Data("\n".utf8)
    }
}
