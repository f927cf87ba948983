import Foundation

/// A journal read back: its header, its entries, and what could not be read.
public struct Journal: Sendable {
    public var header: JournalHeader
    public var entries: [JournalEntry]
    /// Problems found while reading (a cut-off last line, a damaged line), for the user.
    public var warnings: [String]
    /// Where reading stopped before the end of the file, if it did.
    public var cut: JournalCut?
    /// The sequence number of the last line kept (0 when only the header was read).
    public var lastSequence: Int = 0

    /// The session's inputs, as one run: a `/quit` (or Ctrl-D) that a later resume went on from
    /// is left out, with what it recorded.
    public var events: [Event] { session.compactMap { if case .event(let event) = $0 { event } else { nil } } }
    public var records: [SessionRecord] { session.compactMap { if case .record(let record) = $0 { record } else { nil } } }

    /// The entries without the ending of each stop that was resumed.
    private var session: [JournalEntry] {
        var kept: [JournalEntry] = []
        var lastQuit: Int? = nil
        for entry in entries {
            switch entry {
            case .event(.command(.quit, _)):
                lastQuit = kept.count
                kept.append(entry)
            case .resumed:
                if let lastQuit { kept.removeSubrange(lastQuit...) }
                lastQuit = nil
            case .event:
                lastQuit = nil
                kept.append(entry)
            case .record:
                kept.append(entry)
            }
        }
        return kept
    }
    /// The events a resume replays: all of them but the `/quit` (or Ctrl-D, or signal) that
    /// ended the last run.
    public var eventsToReplay: [Event] {
        var events = self.events
        while let last = events.last, last == .command(.quit, at: last.time) { events.removeLast() }
        return events
    }

    /// When the session was resumed (wall-clock, ISO 8601), in order; empty when never.
    public var resumeTimes: [String] { entries.compactMap { if case .resumed(let time) = $0 { time } else { nil } } }

    /// How many answers the kept part holds.
    public var answerCount: Int { events.filter { if case .answer = $0 { true } else { false } }.count }

    /// Whether the session reached the end of the loop.
    public var isComplete: Bool { records.contains { if case .sessionEnded(true, _) = $0 { true } else { false } } }
}

/// Where and why a journal stopped being trustworthy, and what was left out from there on.
public struct JournalCut: Sendable, Equatable {
    /// The 1-based line number of the first line not kept.
    public var line: Int
    public var reason: String
    /// Lines from that one to the end, none of them used.
    public var linesDropped: Int
    /// Of those, the lines that look like answers.
    public var answersDropped: Int
    /// Whether only an unfinished last line was lost (a write cut off by a kill).
    public var isTornTail: Bool
}

/// Reads journals. From format version 2, reading stops at the first line that is damaged
/// (checksum), missing or out of order (sequence), so no later answer is ever attached to the
/// wrong question; what was kept and what was not is said exactly. Version 1 journals, which
/// have no checksums, are read line by line as before, an unreadable line stopping the reading.
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
        var journal = Journal(header: header, entries: [], warnings: [])
        let body = Array(lines.dropFirst())
        for (offset, line) in body.enumerated() {
            let lineNumber = offset + 2
            let isLast = offset == body.count - 1
            let problem: String?
            if header.version >= 2 {
                switch JournalFormat.decode(Data(line), decoder: decoder) {
                case .entry(let entry, let sequence):
                    if sequence == journal.lastSequence + 1 {
                        journal.entries.append(entry)
                        journal.lastSequence = sequence
                        problem = nil
                    } else {
                        problem = "it is out of order (line number \(sequence) of the session where \(journal.lastSequence + 1) was due)"
                    }
                case .damaged(let reason):
                    problem = line.isEmpty ? "it is empty" : reason
                }
            } else if let entry = try? decoder.decode(JournalEntry.self, from: Data(line)) {
                journal.entries.append(entry)
                journal.lastSequence += 1
                problem = nil
            } else {
                problem = line.isEmpty ? "it is empty" : "it could not be read"
            }
            guard let problem else { continue }
            let tornTail = isLast && !endsWithNewline
            let rest = body[offset...]
            let answers = rest.filter { $0.count < 1 << 20 && String(decoding: $0, as: UTF8.self).contains(#""kind":"answer""#) }.count
            journal.cut = JournalCut(line: lineNumber, reason: tornTail ? "it was cut off" : problem, linesDropped: rest.count,
                                     answersDropped: answers, isTornTail: tornTail)
            journal.warnings.append(describe(journal.cut!, kept: journal))
            break
        }
        return journal
    }

    /// "line 45 is damaged (...); kept: lines 1–44, 20 answers; not used: lines 45–60, about 3 answers".
    static func describe(_ cut: JournalCut, kept journal: Journal) -> String {
        let keptAnswers = journal.answerCount
        let keptText = "kept: lines 1–\(cut.line - 1), \(keptAnswers) answer\(keptAnswers == 1 ? "" : "s")"
        if cut.isTornTail {
            return "the last line (\(cut.line)) was cut off and dropped: \(cut.answersDropped == 1 ? "an answer still being saved" : "a line still being saved") when the session stopped; \(keptText)"
        }
        let end = cut.line + cut.linesDropped - 1
        let range = cut.linesDropped == 1 ? "line \(cut.line)" : "lines \(cut.line)–\(end)"
        let dropped = cut.answersDropped == 0 ? "no answers" : "\(cut.answersDropped) answer\(cut.answersDropped == 1 ? "" : "s")"
        return "line \(cut.line) cannot be trusted (\(cut.reason)), so reading stopped there; \(keptText); not used: \(range), holding \(dropped)"
    }

    private struct FormatProbe: Decodable {
        let format: String
        let version: Int
    }
}

extension SessionRecord {
    /// When the record was made, where it says.
    public var time: Double {
        switch self {
        case .sessionStarted(_, _, _, let at), .roundStarted(_, _, let at), .questionAsked(_, _, _, let at),
             .probeAsked(_, _, _, _, _, let at), .commandUsed(_, _, _, let at), .hintGiven(_, _, _, let at),
             .candidateQuestions(_, _, let at), .roundEnded(_, let at), .sessionEnded(_, let at), .aside(_, _, _, _, let at):
            at
        case .answerGiven(let answer): answer.at
        case .questionClosed(let outcome): outcome.at
        case .answerRanLong, .roundOverran: 0
        }
    }
}
