import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What a candidate notices at the prompt and in replay, checked on a real pseudo-terminal.
@Suite(.serialized) struct ConsolePolishTests {
    let cli = CommandRunner()

    func terminal(_ arguments: [String], columns: UInt16 = 60) throws -> PseudoTerminal {
        try cli.terminal(arguments, columns: columns)
    }

    static let longAnswer = "Last March our checkout page was timing out for one customer in ten during the spring sale, and my goal was to bring the load time under two seconds before the weekend. I pulled the traces myself, found one slow database query, rewrote it with an index and load-tested it against the previous week's traffic. Load time fell from nine seconds to 1.2 seconds and abandoned carts dropped by thirty percent."

    @Test func replayWrapsAnswersAtWordsToTheTerminalWidth() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("replay")
        let session = try cli.run(["run", loop, "--seed", "1", "--out", out.path], stdin: Data("\(Self.longAnswer)\n\n/quit\n".utf8))
        #expect(session.status == 0)
        let transcript = try #require(((try? FileManager.default.contentsOfDirectory(at: out, includingPropertiesForKeys: nil)) ?? []).first { $0.lastPathComponent.hasSuffix(".transcript.json") })
        let screen = try terminal(["replay", transcript.path], columns: 60)
        _ = try screen.waitForExit()
        let lines = screen.output.replacingOccurrences(of: "\r", with: "").split(separator: "\n").map(String.init)
        let answerLines = lines.drop { !$0.hasPrefix("Candidate: ") }.prefix { !$0.hasPrefix("  heard:") }
        #expect(answerLines.count >= 5, "\(lines)")
        for line in answerLines { #expect(line.count <= 60, "\(line)") }
        // Every word of the answer is whole on some line: nothing was cut mid-word.
        let shown = answerLines.map { $0.replacingOccurrences(of: "Candidate: ", with: "") }.joined(separator: " ")
        let words = shown.split(separator: " ").map(String.init)
        #expect(words == Self.longAnswer.split(separator: " ").map(String.init))
    }
}

/// Resuming a session puts the candidate back in the room, and the write-up says it was resumed.
@Suite struct ResumeContextTests {
    let cli = CommandRunner()

    @Test func resumeRepeatsTheRoundAndTheQuestionBeforeThePendingFollowUp() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("resume-context")
        // A story with no result: the interviewer asks for it, and the candidate stops there.
        let first = try cli.run(["run", loop, "--seed", "1", "--out", out.path],
                                stdin: Data("Last March I rewrote our slow checkout query myself and load-tested it.\n\n/quit\n".utf8))
        #expect(first.status == 0)
        let journal = try #require(SessionFixtures.journals(in: out).first)
        let resumed = try cli.run(["resume", journal.path], stdin: Data("/quit\n".utf8))
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let text = resumed.stdout
        let round = try #require(text.range(of: "Round 1 of 2: Hiring manager, with Dana Lee."))
        let question = try #require(text.range(of: "Tell me about a time you fixed a slow system for customers."))
        #expect(round.lowerBound < question.lowerBound)
        // Then the pending follow-up, from the same interviewer.
        let rest = text[question.upperBound...]
        let followUp = try #require(rest.range(of: "Dana Lee: "))
        #expect(rest[followUp.upperBound...].hasPrefix("Walk me through") || rest[followUp.upperBound...].hasPrefix("How did"))
        // The write-up of the resumed session says when it was resumed.
        let report = try cli.run(["report", journal.path])
        #expect(report.stdout.contains("; resumed 20"), "\(report.stdout.prefix(600))")
    }
}

/// Ctrl-C, Ctrl-D and the continuation prompt at a real terminal.
@Suite(.serialized) struct ConsoleKeysTests {
    let cli = CommandRunner()

    func start(_ loop: String, out: URL) throws -> PseudoTerminal {
        try cli.terminal(["run", loop, "--seed", "1", "--out", out.path])
    }

    @Test func ctrlCMarksTheDroppedLineAndAFreshPromptFollows() throws {
        let loop = try SessionFixtures.install(in: cli)
        let terminal = try start(loop, out: cli.home.appendingPathComponent("ctrl-c-mark"))
        // The first question comes with a reminder of how to send an answer.
        try terminal.expect("Press Enter on an empty line to send your answer")
        try terminal.expect("[R1/2 Q1/1 ")
        terminal.type("a line I do not want")
        try terminal.expect("a line I do not want")
        terminal.type("\u{03}")
        try terminal.expect("^C")
        #expect(terminal.output.contains("a line I do not want^C"))
        try terminal.expect("[R1/2 Q1/1 ")
        terminal.type("/quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func ctrlDOnAContinuationLineAsksAndSaysWhatHappensToTheLinesTyped() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("ctrl-d-continuation")
        let terminal = try start(loop, out: out)
        try terminal.expect("[R1/2 Q1/1 ")
        terminal.type("Last March I rewrote our checkout query myself.\r")
        // The continuation prompt is a bar, not an ellipsis.
        try terminal.expect("  │ ")
        terminal.type("\u{04}")
        try terminal.expect("The 1 line you typed will be sent as your answer first. [y/N]")
        // "No": carry on, and the typed line is kept.
        terminal.type("n\r")
        try terminal.expect("the 1 line you typed are kept")
        try terminal.expect("  │ ")
        terminal.type("Load time fell from nine seconds to one.\r")
        try terminal.expect("one.")
        try terminal.expect("  │ ")
        terminal.type("\u{04}")
        try terminal.expect("The 2 lines you typed will be sent as your answer first. [y/N]")
        terminal.type("\u{04}")
        try terminal.expect("The 2 lines you had typed were sent as your answer and saved.")
        #expect(try terminal.waitForExit() == 0)
        let saved = try String(contentsOf: try #require(SessionFixtures.journals(in: out).first), encoding: .utf8)
        #expect(saved.contains("Last March I rewrote our checkout query myself.\\nLoad time fell from nine seconds to one."))
    }

    @Test func atSixtyColumnsTheBannerAndTheVoteTableWrapAndNothingIsCut() throws {
        let terminal = try cli.terminal(["run", "aws-solutions-architect", "--seed", "1", "--out", cli.home.appendingPathComponent("sixty").path], columns: 60)
        try terminal.expect("[R1/5 Q1/2 ")
        terminal.type("Last year I rewrote our customer's failover runbook myself.\r")
        try terminal.expect("  │ ")
        terminal.type("\r")
        try terminal.expect("[R1/5 Q1/2 ")
        terminal.type("/quit\r")
        #expect(try terminal.waitForExit() == 0)
        let lines = terminal.output.replacingOccurrences(of: "\r", with: "").split(separator: "\n").map(String.init)
        let banner = lines.prefix { !$0.hasPrefix("[Coordinator]") }
        #expect(banner.count >= 2 && banner.allSatisfy { $0.count <= 60 }, "\(banner)")
        let table = lines.drop { $0 != "Interviewer votes" }.prefix { !$0.hasPrefix("Decision:") }
        #expect(table.count > 6 && table.allSatisfy { $0.count <= 60 }, "\(table)")
        #expect(!table.joined().contains("…"))
        #expect(table.joined(separator: " ").contains("Solutions"))
    }
}
