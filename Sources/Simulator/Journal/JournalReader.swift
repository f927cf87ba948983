import Foundation

/// A journal read back: its header, its entries, and what could not be read.
public struct Journal: Sendable {
    public var header: JournalHeader
    public var entries: [JournalEntry]
    /// Problems found while reading (a cut-off last line, unreadable lines), for the user.
    public var warnings: [String]

    public var events: [Event] { entries.compactMap { if case .event(let event) = $0 { event } else { nil } } }
    public var records: [SessionRecord] { entries.compactMap { if case .record(let record) = $0 { record } else { nil } } }

    /// Whether the session reached the end of the loop.
    public var isComplete: Bool { records.contains { if case .sessionEnded(true, _) = $0 { true } else { false } } }
}

/// Reads journals, recovering every complete line of one that was cut off.
public enum JournalReader {
    /// Why a journal cannot be used at all.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The largest journal read (a long loop is well under 1 MB).
    public static let maxBytes = 64 << 20

    public static func read(_ data: Data, name: String) throws(Failure) -> Journal {
        guard data.count <= maxBytes else {
            throw Failure(description: "\(name): the journal is larger than \(maxBytes >> 20) MB; it is not a mockloop journal")
        }
        if data.contains(0) {
            throw Failure(description: "\(name): the file contains NUL bytes; it is not a mockloop journal")
        }
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let endsWithNewline = data.last == UInt8(ascii: "\n")
        if endsWithNewline { lines.removeLast() }
        guard let first = lines.first, !first.isEmpty else {
            throw Failure(description: "\(name): the journal is empty")
        }
        let decoder = JSONDecoder()
        guard let probe = try? decoder.decode(FormatProbe.self, from: Data(first)), probe.format == JournalHeader.formatName else {
            throw Failure(description: "\(name): the first line is not a mockloop journal header")
        }
        guard probe.version <= JournalHeader.currentVersion else {
            throw Failure(description: "\(name): the journal is format version \(probe.version), newer than this mockloop understands (\(JournalHeader.currentVersion)); update mockloop")
        }
        let header: JournalHeader
        do {
            header = try decoder.decode(JournalHeader.self, from: Data(first))
        } catch {
            throw Failure(description: "\(name): the journal header is damaged: \(error)")
        }
        var entries: [JournalEntry] = []
        var warnings: [String] = []
        for (index, line) in lines.enumerated().dropFirst() {
            if line.isEmpty { continue }
            if let entry = try? decoder.decode(JournalEntry.self, from: Data(line)) {
                entries.append(entry)
            } else if index == lines.count - 1 && !endsWithNewline {
                warnings.append("the last line (\(index + 1)) was cut off and dropped: \(preview(line))")
            } else {
                warnings.append("line \(index + 1) could not be read and was skipped: \(preview(line))")
            }
        }
        return Journal(header: header, entries: entries, warnings: warnings)
    }

    private struct FormatProbe: Decodable {
        let format: String
        let version: Int
    }

    private static func preview(_ line: Data) -> String {
        let text = String(decoding: line.prefix(60), as: UTF8.self)
        return "\"" + text.replacingOccurrences(of: "\"", with: "'") + (line.count > 60 ? "…\"" : "\"")
    }
}

extension SessionRecord {
    /// When the record was made, where it says.
    public var time: Double {
        switch self {
        case .sessionStarted(_, _, _, let at), .roundStarted(_, _, let at), .questionAsked(_, _, _, let at),
             .probeAsked(_, _, _, _, _, let at), .commandUsed(_, _, _, let at), .hintGiven(_, _, _, let at),
             .candidateQuestions(_, _, let at), .roundEnded(_, let at), .sessionEnded(_, let at):
            at
        case .answerGiven(let answer): answer.at
        case .questionClosed(let outcome): outcome.at
        case .answerRanLong, .roundOverran: 0
        }
    }
}
