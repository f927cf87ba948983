import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Killed sessions lose nothing but the answer being typed, and resume where they stopped.
@Suite(.serialized) struct SessionRecoveryTests {
    let cli = CommandRunner()

    func environment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["MOCKLOOP_HOME"] = cli.home.path
        environment["MOCKLOOP_SCRIPTS"] = CommandRunner.repository.appendingPathComponent("scripts/loops").path
        environment["NO_COLOR"] = "1"
        environment["INPUTRC"] = "/dev/null"
        return environment
    }

    /// Answers typed, one per question or follow-up, before the kill.
    static let answers = [
        "Last March our checkout page timed out for one in ten customers. My goal was to fix it before the sale. I pulled the traces and rewrote the slow query myself. Load time fell from 9 seconds to 1.2 seconds.",
        "I owned the query change and the rollout plan.",
        "It cut abandoned carts by 30%.",
    ]

    @Test func sigkillAtSeveralPointsLosesNoCompletedAnswerAndResumes() throws {
        let loop = try SessionFixtures.install(in: cli)
        for killAfter in 0...2 {
            let out = cli.home.appendingPathComponent("kill-\(killAfter)")
            let terminal = try PseudoTerminal(executable: CommandRunner.executable.path, arguments: ["run", loop, "--seed", "5", "--out", out.path], environment: environment())
            try terminal.expect("[R1/2 Q1/1 ")
            var sent: [String] = []
            for answer in Self.answers.prefix(killAfter) {
                terminal.type(answer + "\r\r")
                try terminal.expect("Dana Lee:")
                try terminal.expect("> ")
                sent.append(answer)
            }
            terminal.type("half typed, never sent")
            try terminal.expect("never sent")
            terminal.signal(SIGKILL)
            #expect(try terminal.waitForExit() == 128 + SIGKILL)
            let journal = try #require(SessionFixtures.journals(in: out).first)
            let saved = try String(contentsOf: journal, encoding: .utf8)
            for answer in sent { #expect(saved.contains(answer.replacingOccurrences(of: "\"", with: "\\\""))) }
            #expect(!saved.contains("never sent"))

            // Resume: the same question is waiting, and the session can be finished.
            let resumed = try cli.run(["resume", journal.path], stdin: Data("/skip\n\nno\n\n/skip\n\nno\n".utf8))
            #expect(resumed.status == 0, "\(resumed.stdout)\(resumed.stderr)")
            #expect(resumed.stdout.contains("Resuming where you stopped (\(sent.count) answer\(sent.count == 1 ? "" : "s") so far)."))
            #expect(resumed.stdout.contains("That's the end of your Test session loop"))
            // The session went on in its own journal, after a resume mark.
            #expect(SessionFixtures.journals(in: out) == [journal])
            let continued = try String(contentsOf: journal, encoding: .utf8)
            #expect(continued.hasPrefix(saved))
            #expect(continued.contains("\"resumed\":"))
        }
    }

    @Test func aQuitSessionResumesWithTheSameQuestionAndAFinishedOneDoesNot() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("quit")
        let first = try cli.run(["run", loop, "--seed", "2", "--out", out.path], stdin: Data("I pulled the traces myself.\n\n/quit\n".utf8))
        #expect(first.stdout.contains("Resume it with: mockloop resume"))
        let journal = try #require(SessionFixtures.journals(in: out).first)
        let second = try cli.run(["run", "--resume", journal.path], stdin: Data("/skip\n\nno\n\n/skip\n\nno\n".utf8))
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Resuming where you stopped (1 answer so far)."))
        let again = try cli.run(["resume", journal.path], stdin: Data())
        #expect(again.status == 1)
        let writeUp = journal.path.replacingOccurrences(of: ".journal.jsonl", with: ".md")
        #expect(again.stderr.contains("that session is finished; there is nothing to resume. Its write-up is \(writeUp)"))
        try FileManager.default.removeItem(atPath: writeUp)
        let missing = try cli.run(["resume", journal.path], stdin: Data())
        #expect(missing.stderr.contains("Its write-up is missing; write it again with: mockloop report \(journal.path) -o \(writeUp)"))
    }

    @Test func aChangedScriptIsRefusedUnlessForced() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("changed")
        _ = try cli.run(["run", loop, "--seed", "2", "--out", out.path], stdin: Data("/quit\n".utf8))
        let journal = try #require(SessionFixtures.journals(in: out).first)
        try (SessionFixtures.loop.replacingOccurrences(of: "version: \"1\"", with: "version: \"2\"")).write(toFile: loop, atomically: true, encoding: .utf8)
        let refused = try cli.run(["resume", journal.path], stdin: Data())
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("has changed since this session (version 1 then, 2 now)"))
        #expect(refused.stderr.contains("--force"))
        let forced = try cli.run(["resume", "--force", journal.path], stdin: Data("/quit\n".utf8))
        #expect(forced.status == 0)
        #expect(forced.stderr.contains("warning: the loop script"))
    }

    @Test func truncatedAndForeignJournalsAreReportedClearly() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("trunc")
        _ = try cli.run(["run", loop, "--seed", "2", "--out", out.path], stdin: Data("I pulled the traces myself.\n\n/quit\n".utf8))
        let journal = try #require(SessionFixtures.journals(in: out).first)
        var data = try Data(contentsOf: journal)
        // Cut the file in the middle of its last line, as a power cut would.
        data = data.prefix(data.count - 20)
        let cut = cli.home.appendingPathComponent("cut.journal.jsonl")
        try data.write(to: cut)
        let report = try cli.run(["report", cut.path, "--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("was cut off and dropped"))
        #expect(report.stdout.contains("I pulled the traces myself."))
        let junk = try cli.write("junk.journal.jsonl", "not a journal\n")
        let refused = try cli.run(["report", junk.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("neither a transcript nor a session journal"))
    }
}
