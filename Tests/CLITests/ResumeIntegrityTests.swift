import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Resume never attaches an answer to a question the candidate did not see, whatever banks
/// are in the loops folder, however the journal was damaged, and wherever the kill landed.
@Suite(.serialized) struct ResumeIntegrityTests {
    let cli = CommandRunner()

    /// A bank in the user's loops folder with questions for every principle of the SA loop, so
    /// that a draw which ignores it and one which uses it come out differently.
    static let userBank: String = {
        let principles = ["customer-obsession", "earn-trust", "dive-deep", "learn-and-be-curious", "ownership", "deliver-results",
                          "invent-and-simplify", "are-right-a-lot", "have-backbone-disagree-and-commit", "think-big", "bias-for-action",
                          "insist-on-the-highest-standards", "frugality", "hire-and-develop-the-best"]
        var text = "kind: question-bank\nquestions:\n"
        for (index, principle) in principles.enumerated() {
            for copy in 0..<3 {
                text += """
                  - id: user-\(index)-\(copy)
                    text: "User question \(index)-\(copy): tell me about a time that tested \(principle)."
                    principles: [\(principle)]
                    probes:
                      situation: ["When was that, user \(index)-\(copy)?"]
                      result: ["How did it end, user \(index)-\(copy)?"]

                """
            }
        }
        return text
    }()

    static let answers = [
        "Last March our checkout page timed out for one in ten customers. My goal was to fix it before the sale. I pulled the traces and rewrote the slow query myself. Load time fell from 9 seconds to 1.2 seconds.",
        "We talked to the customer and the team sorted it out.",
        "I would probably ask the senior engineers first.",
        "In 2023 I ran the vendor review. I cut two suppliers and saved $40,000 a year.",
        "I owned the rollout plan and wrote the runbook.",
        "It went well in the end.",
        "My manager asked me to cut costs. I moved the batch jobs to spot instances, and the bill fell by 38%.",
    ]

    func environment(userBank: Bool) throws -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["MOCKLOOP_HOME"] = cli.home.path
        environment["MOCKLOOP_SCRIPTS"] = CommandRunner.repository.appendingPathComponent("scripts/loops").path
        environment["NO_COLOR"] = "1"
        environment["INPUTRC"] = "/dev/null"
        let bank = cli.home.appendingPathComponent("loops/user-bank.yaml")
        if userBank {
            try FileManager.default.createDirectory(at: bank.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Self.userBank.write(to: bank, atomically: true, encoding: .utf8)
        } else {
            try? FileManager.default.removeItem(at: bank)
        }
        return environment
    }

    /// Each answer of a transcript (or journal, scored) with where it was given: "round/question/turn".
    func placedAnswers(_ path: String, userBank: Bool) throws -> [(answer: String, place: String)] {
        let report = try cli.run(["report", path, "--format", "json"], environment: try environment(userBank: userBank))
        #expect(report.status == 0, "\(report.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        var placed: [(String, String)] = []
        for round in object?["rounds"] as? [[String: Any]] ?? [] {
            for question in round["questions"] as? [[String: Any]] ?? [] {
                for (turn, entry) in (question["turns"] as? [[String: Any]] ?? []).enumerated() {
                    if let answer = entry["answer"] as? String {
                        placed.append((answer, "\(round["index"] ?? "?")/\(question["id"] ?? "?")/\(turn)"))
                    }
                }
            }
        }
        return placed
    }

    /// The newest journal of a chain: the one no other journal in the folder was resumed from.
    func latestJournal(in folder: URL) throws -> URL {
        let journals = SessionFixtures.journals(in: folder)
        let texts = journals.map { (try? String(contentsOf: $0, encoding: .utf8)) ?? "" }
        return try #require(journals.first { journal in !texts.contains { $0.contains("\"resumedFrom\":\"\(journal.path)\"") } })
    }

    @Test func aUserBankDoesNotMoveTheQuestionsOfAResumedSession() throws {
        let out = cli.home.appendingPathComponent("bank")
        let environment = try environment(userBank: true)
        let input = Self.answers.prefix(3).joined(separator: "\n\n") + "\n\n/quit\n"
        let first = try cli.run(["run", "aws-solutions-architect", "--seed", "11", "--out", out.path], stdin: Data(input.utf8), environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let journal = try #require(SessionFixtures.journals(in: out).first)
        let before = try placedAnswers(journal.path, userBank: true)
        #expect(before.count == 3)
        // The draw used the user's bank, and the journal pinned what it drew.
        let header = try #require(String(contentsOf: journal, encoding: .utf8).split(separator: "\n").first)
        #expect(header.contains("\"id\":\"user-"))
        let resumed = try cli.run(["resume", journal.path], stdin: Data((Self.answers[3] + "\n\n/quit\n").utf8), environment: environment)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let after = try placedAnswers(journal.path, userBank: true)
        #expect(after.prefix(3).map(\.place) == before.map(\.place))
        #expect(after.count == 4)
        // Without the bank the session's questions cannot be rebuilt: refused, and saying why.
        let refused = try cli.run(["resume", journal.path], stdin: Data("/quit\n".utf8), environment: try self.environment(userBank: false))
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is no longer in any question bank"))
        #expect(refused.stderr.contains("Put the question bank it came from back"))
    }

    @Test func aDamagedJournalIsLeftAloneAndTheSessionGoesOnInACopy() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("damaged")
        let input = "I pulled the traces myself.\n\nI owned the query change.\n\nIt cut abandoned carts by 30%.\n\n/quit\n"
        _ = try cli.run(["run", loop, "--seed", "2", "--out", out.path], stdin: Data(input.utf8))
        let journal = try #require(SessionFixtures.journals(in: out).first)
        var lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").map(String.init)
        let damaged = try #require(lines.firstIndex { $0.contains("I owned the query change") })
        lines[damaged] = lines[damaged].replacingOccurrences(of: "owned", with: "ownex")
        let original = lines.joined(separator: "\n") + "\n"
        try original.write(to: journal, atomically: true, encoding: .utf8)
        let resumed = try cli.run(["resume", journal.path], stdin: Data("/quit\n".utf8))
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("line \(damaged + 1) cannot be trusted (its checksum does not match), so reading stopped there; kept: lines 1–\(damaged), 1 answer; not used: lines \(damaged + 1)–\(lines.count), holding 2 answers"))
        #expect(resumed.stdout.contains("Resuming where you stopped (1 answer so far)."))
        #expect(try String(contentsOf: journal, encoding: .utf8) == original)
        let copy = try latestJournal(in: out)
        #expect(copy != journal)
        #expect(resumed.stderr.contains("the session goes on in \(copy.path)"))
        // The old journal cannot be resumed a second time into another copy.
        let again = try cli.run(["resume", journal.path], stdin: Data("/quit\n".utf8))
        #expect(again.status == 1)
        #expect(again.stderr.contains("was already resumed into \(copy.path)"))
    }

    @Test func aSessionStillRunningCannotBeResumed() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("running")
        let terminal = try PseudoTerminal(executable: CommandRunner.executable.path, arguments: ["run", loop, "--seed", "5", "--out", out.path], environment: try environment(userBank: false))
        try terminal.expect("] > ")
        let journal = try #require(SessionFixtures.journals(in: out).first)
        let refused = try cli.run(["resume", journal.path], stdin: Data("/quit\n".utf8))
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is in use by another mockloop process (pid \(terminal.pid): a session still running, or another resume of it)"))
        terminal.type("/quit\r")
        _ = try terminal.waitForExit()
        let resumed = try cli.run(["resume", journal.path], stdin: Data("/quit\n".utf8))
        #expect(resumed.status == 0, "\(resumed.stderr)")
    }

    /// Kills at random moments, in the session and in its resumes, with and without a user bank.
    /// `MOCKLOOP_KILL_CAMPAIGN=N` runs N kills and prints the figures (the default is small).
    @Test func randomKillsNeverLoseOrMisattributeAnAcknowledgedAnswer() throws {
        let kills = Int(ProcessInfo.processInfo.environment["MOCKLOOP_KILL_CAMPAIGN"] ?? "") ?? 12
        var random = SystemRandomNumberGenerator()
        var acknowledged = 0, lost = 0, misattributed = 0, resumeKills = 0
        for run in 0..<kills {
            let userBank = run % 2 == 0
            let environment = try environment(userBank: userBank)
            let out = cli.home.appendingPathComponent("campaign-\(run)")
            let seed = String(100 + run)
            let terminal = try PseudoTerminal(executable: CommandRunner.executable.path, arguments: ["run", "aws-solutions-architect", "--seed", seed, "--out", out.path], environment: environment)
            try terminal.expect("] > ")
            let count = Int.random(in: 0...5, using: &random)
            var sent: [String] = []
            for index in 0..<count {
                let answer = Self.answers[(run + index) % Self.answers.count]
                terminal.type(answer + "\r\r")
                try terminal.expect("] > ")
                sent.append(answer)
            }
            // One more answer in flight, then the kill at a random moment.
            terminal.type(Self.answers[(run + count) % Self.answers.count] + "\r\r")
            usleep(UInt32.random(in: 0...40_000, using: &random))
            terminal.signal(SIGKILL)
            _ = try terminal.waitForExit()
            // Sometimes the resume is killed too, during its replay or just after.
            if Bool.random(using: &random), let journal = SessionFixtures.journals(in: out).first {
                let resume = try PseudoTerminal(executable: CommandRunner.executable.path, arguments: ["resume", journal.path], environment: environment)
                usleep(UInt32.random(in: 0...150_000, using: &random))
                resume.signal(SIGKILL)
                _ = try resume.waitForExit()
                resumeKills += 1
            }
            guard !SessionFixtures.journals(in: out).isEmpty else {
                // Killed before the journal existed: nothing had been acknowledged.
                #expect(sent.isEmpty)
                continue
            }
            let latest = try latestJournal(in: out)
            let finish = try cli.run(["resume", latest.path], stdin: Data("/quit\n".utf8), environment: environment)
            #expect(finish.status == 0, "\(finish.stderr)")
            let placed = try placedAnswers(try latestJournal(in: out).path, userBank: userBank)
            // The same answers, uninterrupted: where each should be.
            let referenceOut = cli.home.appendingPathComponent("reference-\(run)")
            let input = placed.map(\.answer).joined(separator: "\n\n") + "\n\n/quit\n"
            _ = try cli.run(["run", "aws-solutions-architect", "--seed", seed, "--out", referenceOut.path], stdin: Data(input.utf8), environment: environment)
            let reference = try placedAnswers(try #require(SessionFixtures.journals(in: referenceOut).first).path, userBank: userBank)
            acknowledged += sent.count
            for (index, answer) in sent.enumerated() {
                if index >= placed.count || placed[index].answer != answer { lost += 1; continue }
                if index >= reference.count || placed[index].place != reference[index].place { misattributed += 1 }
            }
        }
        print("kill campaign: \(kills) kills (\(resumeKills) also during resume), \(acknowledged) answers acknowledged, \(lost) lost, \(misattributed) misattributed")
        #expect(lost == 0)
        #expect(misattributed == 0)
    }
}
