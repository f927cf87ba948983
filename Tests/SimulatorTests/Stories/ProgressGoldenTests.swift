import Foundation
import InterviewScript
import Testing
@testable import Simulator

/// Five sessions of one candidate getting better week by week (Fixtures/candidates/progress-1
/// to progress-5, through the SA loop with the real reader): the progress table must match its
/// golden file (Fixtures/golden-stories/progress.txt), and the figures must move the way the
/// answers improved. Re-record with `MOCKLOOP_RECORD_GOLDENS=1 swift test --filter ProgressGolden`.
@Suite struct ProgressGoldenTests {
    static func transcripts() throws -> [Transcript] {
        let library = ShippedLoopTests.library
        let loop = try #require(library.loop(id: "aws-solutions-architect"))
        return try (1...5).map { week in
            var transcript = try ScriptedCandidate(named: "progress-\(week)").transcript(loop: loop, library: library)
            transcript.startedAt = "2026-0\(week + 1)-0\(week)T09:00:00Z"
            // Where the checkout is must not show in a fixture.
            transcript.loop.file = "<shipped>/aws-solutions-architect.yaml"
            return transcript
        }
    }

    static func sessions() throws -> [SessionFigures] {
        try transcripts().enumerated().map { SessionFigures($0.element, file: "week-\($0.offset + 1).transcript.json") }
    }

    /// The five sessions' transcripts, as `run` writes them, for the CLI and browser tests of
    /// `mockloop progress` (Fixtures/sessions); re-recorded with the goldens.
    @Test func theSessionFixturesAreCurrent() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let folder = StoryBankGoldenTests.fixtures.appendingPathComponent("sessions")
        for (n, transcript) in try Self.transcripts().enumerated() {
            let json = String(decoding: try encoder.encode(transcript), as: UTF8.self) + "\n"
            try GoldenFile.compare(json, to: folder.appendingPathComponent("week-\(n + 1).transcript.json"))
        }
    }

    @Test func fiveImprovingSessionsMatchTheGoldenTable() throws {
        let sessions = try Self.sessions()
        // Shuffled on the way in: the report orders sessions oldest first.
        let report = ProgressReport(sessions: sessions.reversed(), skipped: ["old.transcript.json: transcript format version 0; this mockloop reads version 1"])
        #expect(report.sessions.map(\.file) == (1...5).map { "week-\($0).transcript.json" })
        try GoldenFile.compare(ProgressTextReport().render(report), to: StoryBankGoldenTests.golden.appendingPathComponent("progress.txt"))
    }

    @Test func theFiguresFollowTheAnswers() throws {
        let s = try Self.sessions()
        #expect(s[0].hypotheticals > s[4].hypotheticals)
        #expect((s[0].numbersShare ?? 0) < (s[4].numbersShare ?? 0))
        #expect((s[1].iShare ?? 1) < (s[4].iShare ?? 0), "week 2 is mostly \"we\", week 5 \"I\"")
        #expect((s[0].volunteeredShare ?? 0) < (s[4].volunteeredShare ?? 0))
        #expect(s[4].decision < s[0].decision, "the decision improves (Strong Hire sorts first)")
        #expect(s.allSatisfy { $0.questions == 10 })
    }

    @Test func sparklinesScaleAndLeaveGaps() {
        #expect(ProgressTextReport.sparkline([0, 0.5, 1, nil]) == "▁▅█ ")
        let long = ProgressTextReport.sparkline((0..<1000).map { Double($0) / 999 })
        #expect(long.count == ProgressTextReport.sparklineWidth)
        #expect(long.first == "▁" && long.last == "█")
    }

    @Test func noSessionsSaysHowToStart() {
        let text = ProgressTextReport().render(ProgressReport(sessions: [], skipped: []))
        #expect(text.contains("mockloop run"))
        #expect(ProgressHTML.render(ProgressReport(sessions: [], skipped: [])).contains("No finished sessions"))
    }
}

