import Foundation
import Testing
@testable import Simulator

@Suite struct JournalReaderTests {
    let header = JournalHeader(loopID: "engine-loop", loopVersion: "1", loopFile: "loop.yaml", scriptFingerprint: "abc", seed: 3, startedAt: "2026-01-01T00:00:00Z")

    func journal(_ entries: [JournalEntry]) throws -> Data {
        var data = try JournalFormat.line(header)
        for entry in entries { data += try JournalFormat.line(entry) }
        return data
    }

    let entries: [JournalEntry] = [
        .event(.start(at: 0)),
        .record(.sessionStarted(loopID: "engine-loop", loopVersion: "1", seed: 3, at: 0)),
        .event(.answer("I rewrote the query.\nIt took a day.", at: 12.5)),
        .event(.command(.skip, at: 20)),
    ]

    @Test func everyEntryRoundTrips() throws {
        let read = try JournalReader.read(try journal(entries), name: "j")
        #expect(read.header == header)
        #expect(read.entries == entries)
        #expect(read.warnings.isEmpty)
        #expect(read.events == [.start(at: 0), .answer("I rewrote the query.\nIt took a day.", at: 12.5), .command(.skip, at: 20)])
    }

    @Test func aCutOffLastLineIsDroppedAndReported() throws {
        let data = try journal(entries)
        let cut = data.prefix(data.count - 9)
        let read = try JournalReader.read(Data(cut), name: "j")
        #expect(read.entries == Array(entries.prefix(3)))
        #expect(read.warnings.count == 1)
        #expect(read.warnings[0].contains("was cut off and dropped"))
    }

    @Test func aDamagedMiddleLineIsSkippedAndReported() throws {
        var lines = String(decoding: try journal(entries), as: UTF8.self).split(separator: "\n").map(String.init)
        lines[2] = "{\"record\": garbage"
        let read = try JournalReader.read(Data((lines.joined(separator: "\n") + "\n").utf8), name: "j")
        #expect(read.entries.count == 3)
        #expect(read.warnings == ["line 3 could not be read and was skipped: \"{'record': garbage\""])
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
