import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What a candidate notices at the prompt and in replay, checked on a real pseudo-terminal.
@Suite(.serialized) struct ConsolePolishTests {
    let cli = CommandRunner()

    func terminal(_ arguments: [String], columns: UInt16 = 60) throws -> PseudoTerminal {
        var environment = ProcessInfo.processInfo.environment
        environment["MOCKLOOP_HOME"] = cli.home.path
        environment["MOCKLOOP_SCRIPTS"] = CommandRunner.repository.appendingPathComponent("scripts/loops").path
        environment["NO_COLOR"] = "1"
        environment["TERM"] = "xterm"
        environment["INPUTRC"] = "/dev/null"
        return try PseudoTerminal(executable: CommandRunner.executable.path, arguments: arguments, environment: environment, columns: columns)
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
