import Foundation
import Testing

/// What a candidate can type or paste, and what the machine can do to a session: nothing
/// crashes, nothing reaches the terminal raw, and no completed answer is lost.
@Suite struct HostileSessionTests {
    let cli = CommandRunner()

    func journal(_ out: URL) throws -> String {
        try String(contentsOf: try #require(SessionFixtures.journals(in: out).first), encoding: .utf8)
    }

    @Test func aFiftyMegabytePasteIsCutWithANoticeAndTheSessionGoesOn() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("paste")
        var input = Data("I rewrote the query myself. ".utf8)
        input.append(Data(repeating: UInt8(ascii: "x"), count: 50 << 20))
        input.append(Data("\n\n/quit\n".utf8))
        let result = try cli.run(["run", loop, "--seed", "1", "--out", out.path], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("only the first part is kept"))
        let saved = try journal(out)
        #expect(saved.contains("I rewrote the query myself."))
        #expect(saved.utf8.count < 5 << 20, "the journal keeps the cut answer, not 50 MB")
    }

    @Test func escapeSequencesAndControlCharactersNeverReachTheOutputRaw() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("escapes")
        let nasty = "I fixed it \u{1B}[31mred\u{1B}[0m \u{1B}]52;c;aGk=\u{07} bell\u{07} and \u{202E}reversed, مرحبا, 日本語, 👩🏽‍💻 done."
        let result = try cli.run(["run", loop, "--seed", "1", "--out", out.path], stdin: Data("\(nasty)\n\n/quit\n".utf8))
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"), "no escape byte is echoed")
        #expect(!result.stdout.contains("\u{07}"))
        #expect(!result.stdout.contains("\u{202E}"))
        #expect(result.stdout.contains("مرحبا, 日本語, 👩🏽‍💻 done."))
        // The journal keeps exactly what was typed (as JSON escapes), for an honest record.
        let saved = try journal(out)
        #expect(saved.contains("\\u001b[31mred"))
        let transcript = try #require(SessionFixtures.journals(in: out).first).path.replacingOccurrences(of: ".journal.jsonl", with: ".md")
        let markdown = try String(contentsOfFile: transcript, encoding: .utf8)
        #expect(!markdown.contains("\u{1B}"))
        #expect(markdown.contains("日本語"))
    }

    @Test func outputClosedEarlyLosesNoAnswer() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("head")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let answers = cli.home.appendingPathComponent("answers.txt")
        try "I pulled the traces myself and cut load time by 80%.\n\nI owned it.\n\n/quit\n".write(to: answers, atomically: true, encoding: .utf8)
        process.arguments = ["-c", "\"$0\" run \"$1\" --seed 1 --out \"$2\" < \"$3\" | head -c 10 > /dev/null", CommandRunner.executable.path, loop, out.path, answers.path]
        var environment = ProcessInfo.processInfo.environment
        environment["MOCKLOOP_SCRIPTS"] = CommandRunner.repository.appendingPathComponent("scripts/loops").path
        environment["MOCKLOOP_HOME"] = cli.home.path
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        let saved = try journal(out)
        #expect(saved.contains("I pulled the traces myself"))
        #expect(saved.contains("I owned it."))
        #expect(saved.contains("\"sessionEnded\""))
    }

    @Test func aDiskThatFillsUpStopsTheSessionWithAClearError() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("full")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let answers = cli.home.appendingPathComponent("many.txt")
        try String(repeating: "I rewrote the slow query myself and cut errors by 40%.\n\n", count: 40).write(to: answers, atomically: true, encoding: .utf8)
        // ulimit -f 16: files may grow to 8 KB, as if the disk filled up mid-session.
        process.arguments = ["-c", "ulimit -f 16; exec \"$0\" run \"$1\" --seed 1 --out \"$2\" < \"$3\"", CommandRunner.executable.path, loop, out.path, answers.path]
        var environment = ProcessInfo.processInfo.environment
        environment["MOCKLOOP_SCRIPTS"] = CommandRunner.repository.appendingPathComponent("scripts/loops").path
        environment["MOCKLOOP_HOME"] = cli.home.path
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(message)")
        #expect(message.contains("cannot write to"))
        #expect(message.contains("The session stopped so that no answer goes unsaved"))
        // Every answer the journal holds is complete: the last line may be cut, nothing else.
        let saved = try journal(out)
        let lines = saved.split(separator: "\n")
        #expect(lines.count > 3)
        #expect(lines.dropLast().allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
    }
}
