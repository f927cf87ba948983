import Foundation
import InterviewScript

/// Drives one session's interviewer and turns every event into the journal lines that must be
/// on disk before anything is said: the event itself, then the records it produced, numbered
/// and checksummed (`JournalFormat`). Used by the console, scripted runs and tests alike; it
/// writes nothing itself.
public struct SessionDriver: Sendable {
    public private(set) var interviewer: Interviewer
    /// Everything recorded so far, replayed records included, for the transcript.
    public private(set) var records: [SessionRecord] = []
    /// The sequence number of the last line produced.
    public private(set) var sequence: Int

    /// A driver whose next line is `sequence + 1` (0 for a new journal).
    public init(interviewer: Interviewer, sequence: Int = 0) {
        self.interviewer = interviewer
        self.sequence = sequence
    }

    /// What one event produced: the lines to append (in one write), and what to carry out after.
    public struct Step: Sendable {
        public var lines: [Data]
        public var effects: [Effect]
    }

    public mutating func feed(_ event: Event) throws -> Step {
        let effects = interviewer.handle(event)
        var lines = [try line(.event(event))]
        for effect in effects {
            if case .record(let record) = effect {
                lines.append(try line(.record(record)))
                records.append(record)
            }
        }
        return Step(lines: lines, effects: effects)
    }

    /// A line for a resume mark.
    public mutating func resumeMark(at time: String) throws -> Data {
        try line(.resumed(at: time))
    }

    private mutating func line(_ entry: JournalEntry) throws -> Data {
        sequence += 1
        return try JournalFormat.line(entry, sequence: sequence)
    }

    /// Numbers the next line `sequence + 1` (when the session goes on in a copy of its journal).
    public mutating func continueNumbering(after sequence: Int) {
        self.sequence = sequence
    }

    /// Why a journal's events do not rebuild the session it recorded.
    public struct Divergence: Error, CustomStringConvertible {
        public let description: String
    }

    /// Replays a journal's events into a fresh interviewer, checking that the interviewer asks
    /// exactly what the journal says it asked, question by question and follow-up by follow-up;
    /// the first difference is a `Divergence` (an answer would land on another question).
    public mutating func replay(_ journal: Journal) throws(Divergence) {
        let recordedAsks = journal.records.compactMap(Self.askKey)
        for event in journal.eventsToReplay {
            for effect in interviewer.handle(event) {
                if case .record(let record) = effect { records.append(record) }
            }
        }
        let replayedAsks = records.compactMap(Self.askKey)
        for (index, recorded) in recordedAsks.enumerated() {
            guard index < replayedAsks.count else {
                throw Divergence(description: "the journal asked \(recorded) but replaying its answers does not reach it")
            }
            if replayedAsks[index] != recorded {
                throw Divergence(description: "the journal asked \(recorded) where replaying its answers asks \(replayedAsks[index])")
            }
        }
        sequence = journal.lastSequence
    }

    /// "question 'q1' in round 1" or "a follow-up (result) on 'q1' in round 1".
    private static func askKey(_ record: SessionRecord) -> String? {
        switch record {
        case .questionAsked(let round, let id, _, _): "question '\(id)' in round \(round + 1)"
        case .probeAsked(let round, let id, let probe, _, _, _): "a follow-up (\(probe.rawValue)) on '\(id)' in round \(round + 1)"
        default: nil
        }
    }
}
