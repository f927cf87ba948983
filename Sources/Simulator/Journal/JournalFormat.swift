import Foundation
import InterviewScript

/// The first line of a session journal: what was run, with which script and seed, and exactly
/// which questions the draw gave, so the session can be rebuilt whatever banks exist later.
public struct JournalHeader: Sendable, Equatable, Codable {
    public static let formatName = "mockloop-journal"
    /// 2: the drawn plan is pinned in the header; every line after it carries a sequence number
    /// and a checksum. Version 1 journals (no plan, no checksums) are still read.
    public static let currentVersion = 2

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
    /// The journal this session was resumed from, if any (an absolute path).
    public var resumedFrom: String?
    /// The questions each round asks, as drawn when the session started (version 2 and later).
    public var plan: [[PlannedQuestion]]?
    /// The reader's model that read the answers (`StarModel.stamp`), when the session started.
    public var analyzerModel: String?

    public init(loopID: String, loopVersion: String, loopFile: String, scriptFingerprint: String, seed: UInt64, startedAt: String,
                resumedFrom: String? = nil, plan: [[PlannedQuestion]]? = nil, analyzerModel: String? = nil) {
        self.analyzerModel = analyzerModel
        self.loopID = loopID
        self.loopVersion = loopVersion
        self.loopFile = loopFile
        self.scriptFingerprint = scriptFingerprint
        self.seed = seed
        self.startedAt = startedAt
        self.resumedFrom = resumedFrom
        self.plan = plan
    }
}

/// One drawn question as the journal pins it: its id and a hash of what it says and asks.
public struct PlannedQuestion: Sendable, Equatable, Codable {
    public var id: String
    public var hash: String

    public init(id: String, hash: String) {
        self.id = id
        self.hash = hash
    }

    public init(_ question: Question) {
        self.init(id: question.id, hash: QuestionFingerprint.of(question))
    }
}

/// One line of a journal after the header: an input the engine was given, something it
/// recorded, or the mark of a resume. Inputs make a session resumable; records make it scorable.
public enum JournalEntry: Sendable, Equatable, Codable {
    case event(Event)
    case record(SessionRecord)
    /// The session was resumed here, by a later process, at this wall-clock time (ISO 8601).
    case resumed(at: String)

    private enum CodingKeys: String, CodingKey { case event, record, resumed }

    /// `{"event": {...}}`, `{"record": {...}}` or `{"resumed": "..."}`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let event = try container.decodeIfPresent(Event.self, forKey: .event) {
            self = .event(event)
        } else if let time = try container.decodeIfPresent(String.self, forKey: .resumed) {
            self = .resumed(at: time)
        } else {
            self = .record(try container.decode(SessionRecord.self, forKey: .record))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .event(let event): try container.encode(event, forKey: .event)
        case .record(let record): try container.encode(record, forKey: .record)
        case .resumed(let time): try container.encode(time, forKey: .resumed)
        }
    }
}

/// Encodes journal lines: one JSON object per line, keys sorted, so journals diff cleanly.
///
/// From version 2 every line after the header is `{"entry": ..., "seq": N, "sum": "..."}`: `seq`
/// counts lines from 1, and `sum` is the FNV-1a hash of the line's bytes up to the `,"sum":`
/// that ends it, so a damaged, dropped or reordered line is noticed on reading.
public enum JournalFormat {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// The bytes that start a line's checksum field.
    static let sumMarker = Array(#","sum":""#.utf8)

    public static func line(_ header: JournalHeader) throws -> Data {
        try encoder.encode(header) + Data("\n".utf8)
    }

    /// A version 2 line: the entry with its sequence number, then its checksum.
    public static func line(_ entry: JournalEntry, sequence: Int) throws -> Data {
        var body = try encoder.encode(Envelope(entry: entry, seq: sequence))
        guard body.last == UInt8(ascii: "}") else { return body + Data("\n".utf8) }
        body.removeLast()
        let sum = Fingerprint.fnv1a(body)
        return body + Data(sumMarker) + Data(sum.utf8) + Data("\"}\n".utf8)
    }

    /// A version 1 line (no sequence number, no checksum), for tests of old journals.
    public static func legacyLine(_ entry: JournalEntry) throws -> Data {
        try encoder.encode(entry) + Data("\n".utf8)
    }

    /// What a version 2 line holds, or why it cannot be trusted.
    enum Decoded {
        case entry(JournalEntry, sequence: Int)
        case damaged(String)
    }

    static func decode(_ line: Data, decoder: JSONDecoder) -> Decoded {
        let bytes = [UInt8](line)
        guard let markerStart = lastIndex(of: sumMarker, in: bytes) else { return .damaged("it has no checksum") }
        let sumStart = markerStart + sumMarker.count
        guard bytes.count >= sumStart + 2, bytes[bytes.count - 2] == UInt8(ascii: "\""), bytes[bytes.count - 1] == UInt8(ascii: "}") else {
            return .damaged("its checksum is cut off")
        }
        let recorded = String(decoding: bytes[sumStart..<(bytes.count - 2)], as: UTF8.self)
        guard Fingerprint.fnv1a(bytes[..<markerStart]) == recorded else { return .damaged("its checksum does not match") }
        guard let envelope = try? decoder.decode(Envelope.self, from: line) else { return .damaged("it is not a journal entry this mockloop understands") }
        return .entry(envelope.entry, sequence: envelope.seq)
    }

    private static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var start = bytes.count - needle.count
        while start >= 0 {
            if bytes[start] == needle[0], Array(bytes[start..<(start + needle.count)]) == needle { return start }
            start -= 1
        }
        return nil
    }

    private struct Envelope: Codable {
        var entry: JournalEntry
        var seq: Int
    }
}
