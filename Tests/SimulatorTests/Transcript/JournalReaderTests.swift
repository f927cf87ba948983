import Foundation
import Testing
@testable import Simulator

@Suite struct JournalReaderTests {
    let header = JournalHeader(loopID: "engine-loop", loopVersion: "1", loopFile: "loop.yaml", scriptFingerprint: "abc", seed: 3, startedAt: "2026-01-01T00:00:00Z",
                               plan: [[PlannedQuestion(id: "q1", hash: "h1")]])

    func lines(_ entries: [JournalEntry]) throws -> [String] {
        var lines = [String(decoding: try JournalFormat.line(header), as: UTF8.self)]
        for (index, entry) in entries.enumerated() {
            lines.append(String(decoding: try JournalFormat.line(entry, sequence: index + 1), as: UTF8.self))
        }
        return lines.map { String($0.dropLast()) }
    }

    func journal(_ entries: [JournalEntry]) throws -> Data {
        Data((try lines(entries).joined(separator: "\n") + "\n").utf8)
    }

    func read(_ lines: [String]) throws -> Journal {
        try JournalReader.read(Data((lines.joined(separator: "\n") + "\n").utf8), name: "j")
    }

    let entries: [JournalEntry] = [
        .event(.start(at: 0)),
        .record(.sessionStarted(loopID: "engine-loop", loopVersion: "1", seed: 3, at: 0)),
        .event(.answer("I rewrote the query.\nIt took a day.", at: 12.5)),
        .event(.command(.skip, at: 20)),
        .event(.answer("Second answer.", at: 30)),
        .event(.answer("Third answer.", at: 40)),
    ]

    @Test func everyEntryRoundTrips() throws {
        let read = try JournalReader.read(try journal(entries), name: "j")
        #expect(read.header == header)
        #expect(read.entries == entries)
        #expect(read.warnings.isEmpty)
        #expect(read.cut == nil)
        #expect(read.lastSequence == entries.count)
        #expect(read.answerCount == 3)
    }

    @Test func aCutOffLastLineIsDroppedAndReported() throws {
        let data = try journal(entries)
        let cut = data.prefix(data.count - 9)
        let read = try JournalReader.read(Data(cut), name: "j")
        #expect(read.entries == Array(entries.prefix(5)))
        #expect(read.cut?.isTornTail == true)
        #expect(read.warnings == ["the last line (7) was cut off and dropped: an answer still being saved when the session stopped; kept: lines 1–6, 2 answers"])
    }

    @Test func aDamagedMiddleLineStopsTheReadingAndSaysWhatIsNotUsed() throws {
        var lines = try lines(entries)
        lines[3] = "{\"record\": garbage"
        let read = try read(lines)
        #expect(read.entries == Array(entries.prefix(2)))
        #expect(read.answerCount == 0)
        #expect(read.warnings == ["line 4 cannot be trusted (it has no checksum), so reading stopped there; kept: lines 1–3, 0 answers; not used: lines 4–7, holding 2 answers"])
    }

    @Test func aFlippedByteIsCaughtByTheChecksum() throws {
        var lines = try lines(entries)
        // "I rewrote" becomes "I rewrotf": still valid JSON, so only the checksum can tell.
        lines[3] = lines[3].replacingOccurrences(of: "rewrote", with: "rewrotf")
        let read = try read(lines)
        #expect(read.entries == Array(entries.prefix(2)))
        #expect(read.warnings == ["line 4 cannot be trusted (its checksum does not match), so reading stopped there; kept: lines 1–3, 0 answers; not used: lines 4–7, holding 3 answers"])
    }

    @Test func aReorderedOrMissingLineStopsTheReading() throws {
        var lines = try lines(entries)
        lines.swapAt(4, 5)
        let reordered = try read(lines)
        #expect(reordered.entries == Array(entries.prefix(3)))
        #expect(reordered.warnings == ["line 5 cannot be trusted (it is out of order (line number 5 of the session where 4 was due)), so reading stopped there; kept: lines 1–4, 1 answer; not used: lines 5–7, holding 2 answers"])
        var dropped = try self.lines(entries)
        dropped.remove(at: 4)
        let missing = try read(dropped)
        #expect(missing.entries == Array(entries.prefix(3)))
        #expect(missing.cut?.line == 5)
    }

    @Test func aVersionOneJournalIsStillRead() throws {
        var old = header
        old.version = 1
        old.plan = nil
        var data = try JournalFormat.line(old)
        for entry in entries { data += try JournalFormat.legacyLine(entry) }
        let read = try JournalReader.read(data, name: "j")
        #expect(read.header.version == 1)
        #expect(read.entries == entries)
        #expect(read.warnings.isEmpty)
    }

    @Test func aQuitThatWasResumedIsNotPartOfTheSession() throws {
        let withResume = entries.prefix(3) + [
            .event(.command(.quit, at: 15)),
            .record(.sessionEnded(completed: false, at: 15)),
            .resumed(at: "2026-01-02T00:00:00Z"),
        ] + entries.suffix(3)
        let read = try JournalReader.read(try journal(Array(withResume)), name: "j")
        #expect(!read.events.contains(.command(.quit, at: 15)))
        #expect(!read.records.contains(.sessionEnded(completed: false, at: 15)))
        #expect(read.answerCount == 3)
    }

    @Test func newerVersionsEmptyAndForeignFilesAreRefused() throws {
        var newer = header
        newer.version = 99
        let newerData = try JournalFormat.line(newer)
        #expect(throws: JournalReader.Failure.self) { try JournalReader.read(newerData, name: "j") }
        do {
            _ = try JournalReader.read(newerData, name: "j")
        } catch {
            #expect(error.description.contains("newer than this mockloop understands"))
        }
        #expect(throws: JournalReader.Failure.self) { try JournalReader.read(Data(), name: "j") }
        #expect(throws: JournalReader.Failure.self) { try JournalReader.read(Data("{\"hello\": 1}\n".utf8), name: "j") }
        #expect(throws: JournalReader.Failure.self) { try JournalReader.read(Data([0x7B, 0x00, 0xFF]), name: "j") }
    }
}
