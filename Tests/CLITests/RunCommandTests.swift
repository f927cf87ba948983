import Foundation
import Testing

/// `mockloop run` with piped input: a whole scripted session through the built binary.
@Suite struct RunCommandTests {
    let cli = CommandRunner()

    @Test func aScriptedSessionGetsFollowUpsAndIsSaved() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("sessions")
        let answers = """
        Last March our checkout page was timing out for one in ten customers during the spring sale.
        My goal was to bring the page back under two seconds before the weekend.
        I pulled the traces, found a slow database query and rewrote it with an index.

        The page loaded in 1.2 seconds instead of 9 and abandoned carts fell by 30%.

        I chose an index over a cache because the traces showed 80% of the time in that one query, and I learned to profile before tuning anything.

        What does success look like in the first six months?

        /skip

        no
        """
        let result = try cli.run(["run", loop, "--seed", "7", "--out", out.path], stdin: Data(answers.utf8))
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        // The first answer had no result: the interviewer asks for it with the bank's probe.
        #expect(result.stdout.contains("Dana Lee: How did it turn out for the customers?"), "\(result.stdout)")
        #expect(result.stdout.contains("You: My goal") == false)
        #expect(result.stdout.contains("You: Last March our checkout page"))
        #expect(result.stdout.contains("Round 2 of 2: Bar raiser, with Sam Ortiz"))
        #expect(result.stdout.contains("That's the end of your Test session loop loop.") || result.stdout.contains("That's the end of your Test session loop"))
        #expect(!result.stdout.contains("\u{1B}["), "no escape sequences when not on a terminal")
        let journals = SessionFixtures.journals(in: out)
        #expect(journals.count == 1)
        let journal = try String(contentsOf: journals[0], encoding: .utf8)
        #expect(journal.contains("\"probeAsked\""))
        #expect(journal.contains("abandoned carts fell by 30%"))
        #expect(journal.contains("training-and-ramp-up") || journal.contains("success-competencies"))
        #expect(result.stdout.contains("Files written:\n  \(journals[0].path)\n"))
        let transcript = journals[0].path.replacingOccurrences(of: ".journal.jsonl", with: ".transcript.json")
        let markdown = journals[0].path.replacingOccurrences(of: ".journal.jsonl", with: ".md")
        #expect(FileManager.default.fileExists(atPath: transcript) && FileManager.default.fileExists(atPath: markdown))
        #expect((try FileManager.default.attributesOfItem(atPath: transcript)[.posixPermissions] as? Int) == 0o600)
        #expect(result.stdout.contains("Bar Raiser"), "the vote table is shown")
        let attributes = try FileManager.default.attributesOfItem(atPath: journals[0].path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: out.path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
    }

    @Test func theSameSeedAndAnswersGiveTheSameSession() throws {
        let input = Data("I would talk to the customer first.\n\nS\n\n/skip\n\n/quit\n".utf8)
        let first = try cli.run(["run", "aws-solutions-architect", "--seed", "3", "--out", cli.home.appendingPathComponent("a").path], stdin: input)
        let second = try cli.run(["run", "aws-solutions-architect", "--seed", "3", "--out", cli.home.appendingPathComponent("b").path], stdin: input)
        #expect(first.status == 0, "\(first.stderr)")
        func strip(_ text: String) -> String { text.split(separator: "\n").filter { !$0.contains(cli.home.path) }.joined(separator: "\n") }
        #expect(strip(first.stdout) == strip(second.stdout))
        let journal = try String(contentsOf: try #require(SessionFixtures.journals(in: cli.home.appendingPathComponent("a")).first), encoding: .utf8)
        #expect(journal.contains("\"probe\":\"hypothetical\""), "a hypothetical answer is probed: \(first.stdout)")
    }

    @Test func endOfInputEndsTheSessionAndKeepsTheAnswers() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("eof")
        let result = try cli.run(["run", loop, "--seed", "1", "--out", out.path], stdin: Data("I rewrote the slow query myself.".utf8))
        #expect(result.status == 0)
        let journal = try String(contentsOf: try #require(SessionFixtures.journals(in: out).first), encoding: .utf8)
        #expect(journal.contains("I rewrote the slow query myself."))
        #expect(journal.contains("\"sessionEnded\""))
    }

    @Test func unknownLoopsAndUnwritableFoldersAreClearErrors() throws {
        let unknown = try cli.run(["run", "no-such-loop"], stdin: Data())
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("No loop 'no-such-loop'"))
        let blocker = try cli.write("not-a-folder", "x")
        let unwritable = try cli.run(["run", "aws-solutions-architect", "--out", blocker.appendingPathComponent("sub").path], stdin: Data())
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.contains("Choose a writable folder with --out"))
        #expect(!unwritable.stdout.contains("Round 1"), "no interview starts without somewhere to save it")
    }

    @Test func unknownCommandsAreExplained() throws {
        let loop = try SessionFixtures.install(in: cli)
        let result = try cli.run(["run", loop, "--seed", "1", "--out", cli.home.appendingPathComponent("u").path], stdin: Data("/frobnicate\n/quit\n".utf8))
        #expect(result.stdout.contains("Unknown command /frobnicate. Type /help for the list."))
    }
}

/// Commands are commands: words after one, or control bytes before it, never make it an answer.
@Suite struct CommandLineInputTests {
    let cli = CommandRunner()

    @Test func commandsWithTrailingWordsOrControlBytesAreRunNotScored() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("commands")
        let input = "/hint please\n\n/skip now\n\n/etc is where the config lived, and I rewrote it myself.\n\n\u{0}\u{1B}/quit\n"
        let result = try cli.run(["run", loop, "--seed", "2", "--out", out.path], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let journal = try String(contentsOf: try #require(SessionFixtures.journals(in: out).first), encoding: .utf8)
        #expect(journal.contains("\"command\":\"hint\""))
        #expect(journal.contains("\"command\":\"skip\""))
        #expect(journal.contains("\"command\":\"quit\""))
        #expect(!journal.contains("please"))
        #expect(!journal.contains("skip now"))
        // A line that starts with a slash but is no command, with words after it, is an answer.
        #expect(journal.contains("/etc is where the config lived"))
    }
}
