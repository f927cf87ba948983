import Foundation
import Testing

/// `mockloop report` and `mockloop replay` on a recorded session.
@Suite struct ReportCommandTests {
    let cli = CommandRunner()

    func recordedSession() throws -> URL {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("sessions")
        let answers = "We fixed the <script>alert(1)</script> checkout bug together as a team and we shipped it.\n\nI wrote the patch.\n\nIt worked.\n\n/skip\n\nno\n\n/skip\n\nno\n"
        let result = try cli.run(["run", loop, "--seed", "4", "--out", out.path], stdin: Data(answers.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(SessionFixtures.journals(in: out).first)
    }

    @Test func reportRendersMarkdownJsonAndEscapedHtml() throws {
        let journal = try recordedSession()
        let transcript = journal.path.replacingOccurrences(of: ".journal.jsonl", with: ".transcript.json")
        let markdown = try cli.run(["report", transcript])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("Test session loop"))
        let html = try cli.run(["report", transcript, "--format", "html", "--output", cli.home.appendingPathComponent("r.html").path])
        #expect(html.status == 0)
        let page = try String(contentsOf: cli.home.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(!page.contains("<script>alert(1)</script>"))
        #expect(page.contains("&lt;script&gt;"))
        #expect(!page.contains("http://") && !page.contains("https://"), "no network resources")
        let json = try cli.run(["report", journal.path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "mockloop-transcript")
        #expect(object?["version"] as? Int == 1)
    }

    @Test func replayShowsEachExchangeWithTheReasonAndStartsWhereAsked() throws {
        let journal = try recordedSession()
        let transcript = journal.path.replacingOccurrences(of: ".journal.jsonl", with: ".transcript.json")
        let all = try cli.run(["replay", transcript])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("#1 · question"))
        #expect(all.stdout.contains("#2 · follow-up ("))
        #expect(all.stdout.contains("why: "))
        #expect(all.stdout.contains("Candidate: I wrote the patch."))
        let later = try cli.run(["replay", transcript, "--from", "3"])
        #expect(!later.stdout.contains("#1 · question"))
        #expect(later.stdout.contains("#3 · "))
        let stepped = try cli.run(["replay", transcript, "--step"], stdin: Data("\nq\n".utf8))
        #expect(stepped.stdout.contains("#2 · "))
        #expect(!stepped.stdout.contains("#3 · "), "q stops the replay")
        let tooFar = try cli.run(["replay", transcript, "--from", "999"])
        #expect(tooFar.status != 0)
    }

    @Test func rescoreComparesAgainstANewerScript() throws {
        let journal = try recordedSession()
        let transcript = journal.path.replacingOccurrences(of: ".journal.jsonl", with: ".transcript.json")
        let same = try cli.run(["replay", "--rescore", transcript])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("Follow-ups: the same ones would be asked."))
        let newer = try cli.write("fixture/test-session-v2.yaml", SessionFixtures.loop
            .replacingOccurrences(of: "id: test-session", with: "id: test-session")
            .replacingOccurrences(of: "description: Two short rounds for tests.", with: "description: Two short rounds for tests.\nprobing:\n  max-probes: 1\n  order: [task]"))
        let changed = try cli.run(["replay", "--rescore", "--loop", newer.path, transcript])
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("Follow-ups that would change:"))
        let folder = try cli.run(["replay", "--rescore", journal.deletingLastPathComponent().path])
        #expect(folder.stdout.contains("transcripts:") || folder.stdout.contains("Follow-ups"))
    }
}

/// `report -o` never overwrites a file or follows a link unasked; empty folder and file names
/// are usage errors.
@Suite struct SafeOutputTests {
    let cli = CommandRunner()

    func transcript() throws -> String {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("safe")
        _ = try cli.run(["run", loop, "--seed", "2", "--out", out.path], stdin: Data("I pulled the traces myself.\n\n/quit\n".utf8))
        return try #require(SessionFixtures.journals(in: out).first).path.replacingOccurrences(of: ".journal.jsonl", with: ".transcript.json")
    }

    @Test func anExistingFileIsKeptUnlessForced() throws {
        let path = try transcript()
        let target = try cli.write("mine.md", "my own notes\n")
        let refused = try cli.run(["report", path, "-o", target.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("already exists; choose another name, or replace it with --force"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "my own notes\n")
        let forced = try cli.run(["report", path, "-o", target.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("Mock interview write-up"))
    }

    @Test func aPlantedLinkIsNeverFollowed() throws {
        let path = try transcript()
        let victim = try cli.write("victim.txt", "do not touch\n")
        let link = cli.home.appendingPathComponent("report.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
        let refused = try cli.run(["report", path, "-o", link.path])
        #expect(refused.status == 1)
        let forced = try cli.run(["report", path, "-o", link.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "do not touch\n")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) == nil)
    }

    @Test func emptyNamesAreUsageErrors() throws {
        let path = try transcript()
        let report = try cli.run(["report", path, "-o", ""])
        #expect(report.status == 64)
        #expect(report.stderr.contains("--output needs a file name"))
        let run = try cli.run(["run", "aws-solutions-architect", "--out", ""], stdin: Data())
        #expect(run.status == 64)
        #expect(run.stderr.contains("--out needs a folder"))
    }
}
