import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `mockloop run` on a real pseudo-terminal: readline editing, Ctrl-C, Ctrl-D and signals.
@Suite(.serialized) struct ConsoleTerminalTests {
    let cli = CommandRunner()

    func start(_ loop: String, out: URL) throws -> PseudoTerminal {
        try cli.terminal(["run", loop, "--seed", "1", "--out", out.path])
    }

    func journal(_ out: URL) throws -> String {
        try String(contentsOf: try #require(SessionFixtures.journals(in: out).first), encoding: .utf8)
    }

    @Test func readlineEditsCtrlCAndAWholeLoop() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("pty")
        let terminal = try start(loop, out: out)
        try terminal.expect("Tell me about a time you fixed a slow system for customers.")
        try terminal.expect("[R1/2 Q1/1 ")
        // Type a typo, delete the word with Ctrl-W (readline's unix-word-rubout), retype, send.
        terminal.type("Last March I rewrote our slow checkout query wrnog")
        try terminal.expect("wrnog")
        terminal.type("\u{17}")
        terminal.type("myself.\r")
        try terminal.expect("  │ ")
        terminal.type("\r")
        try terminal.expect("Dana Lee:")
        try terminal.expect("[R1/2 Q1/1 ")
        // Ctrl-C in the middle of a line clears it and the session goes on.
        terminal.type("this line will be thrown away")
        try terminal.expect("thrown away")
        terminal.type("\u{03}")
        try terminal.expect("[R1/2 Q1/1 ")
        terminal.type("/skip\r")
        try terminal.expect("What questions do you have for me?")
        try terminal.expect("> ")
        terminal.type("How big is the team?\r\r")
        try terminal.expect("Tell me about a mistake you admitted to.")
        terminal.type("/skip\r")
        try terminal.expect("What questions do you have for me?")
        terminal.type("no\r\r")
        try terminal.expect("That's the end of your Test session loop")
        #expect(try terminal.waitForExit() == 0)
        let saved = try journal(out)
        #expect(saved.contains("Last March I rewrote our slow checkout query myself."))
        #expect(!saved.contains("wrnog"))
        #expect(!saved.contains("thrown away"))
        #expect(terminal.terminalSettings().c_lflag & tcflag_t(ICANON) != 0, "terminal left in canonical mode")
    }

    @Test func ctrlDAsksBeforeEndingTheSession() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("ctrl-d")
        let terminal = try start(loop, out: out)
        try terminal.expect("[R1/2 Q1/1 ")
        terminal.type("\u{04}")
        try terminal.expect("End the session now? Everything so far is saved. [y/N]")
        terminal.type("n\r")
        try terminal.expect("[R1/2 Q1/1 ")
        terminal.type("I fixed it.\r\r")
        try terminal.expect("Dana Lee:")
        try terminal.expect("[R1/2 Q1/1 ")
        terminal.type("\u{04}")
        try terminal.expect("[y/N]")
        terminal.type("y\r")
        #expect(try terminal.waitForExit() == 0)
        let saved = try journal(out)
        #expect(saved.contains("I fixed it."))
        #expect(saved.contains("\"completed\":false"))
    }

    @Test func sigtermAndSighupSaveAndRestoreTheTerminal() throws {
        for signal in [SIGTERM, SIGHUP] {
            let loop = try SessionFixtures.install(in: cli)
            let out = cli.home.appendingPathComponent("signal-\(signal)")
            let terminal = try start(loop, out: out)
            try terminal.expect("[R1/2 Q1/1 ")
            terminal.type("I rewrote the query.\r\r")
            try terminal.expect("Dana Lee:")
            try terminal.expect("[R1/2 Q1/1 ")
            terminal.type("half an answer")
            try terminal.expect("half an answer")
            terminal.signal(signal)
            #expect(try terminal.waitForExit() == 128 + signal)
            let saved = try journal(out)
            #expect(saved.contains("I rewrote the query."))
            #expect(saved.contains("\"sessionEnded\""))
            #expect(terminal.terminalSettings().c_lflag & tcflag_t(ICANON) != 0)
        }
    }

    @Test func aWindowResizeMidAnswerIsHarmless() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("resize")
        let terminal = try start(loop, out: out)
        try terminal.expect("[R1/2 Q1/1 ")
        terminal.type("I profiled the ")
        try terminal.expect("profiled the ")
        terminal.resize(columns: 60, rows: 20)
        terminal.signal(SIGWINCH)
        terminal.type("service myself.\r\r")
        try terminal.expect("Dana Lee:")
        try terminal.expect("[R1/2 Q1/1 ")
        terminal.type("/quit\r")
        #expect(try terminal.waitForExit() == 0)
        #expect(try journal(out).contains("I profiled the service myself."))
    }

    @Test func ctrlCAtEveryKindOfPromptKeepsTheSessionGoing() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("ctrl-c")
        let terminal = try start(loop, out: out)
        // At a question.
        try terminal.expect("[R1/2 Q1/1 ")
        terminal.type("\u{03}")
        try terminal.expect("[R1/2 Q1/1 ")
        terminal.type("/skip\r")
        // At the candidate's-questions prompt.
        try terminal.expect("What questions do you have for me?")
        try terminal.expect("your questions")
        terminal.type("half a question")
        try terminal.expect("half a question")
        terminal.type("\u{03}")
        try terminal.expect("your questions")
        terminal.type("no\r\r")
        // At the Ctrl-D confirmation: Ctrl-C there means "no, carry on".
        try terminal.expect("Tell me about a mistake you admitted to.")
        try terminal.expect("[R2/2 Q1/1 ")
        terminal.type("\u{04}")
        try terminal.expect("[y/N]")
        terminal.type("\u{03}")
        try terminal.expect("[R2/2 Q1/1 ")
        terminal.type("I told my manager the same day.\r\r")
        try terminal.expect("Sam Ortiz:")
        try terminal.expect("> ")
        terminal.type("/quit\r")
        #expect(try terminal.waitForExit() == 0)
        let saved = try journal(out)
        #expect(saved.contains("I told my manager the same day."))
        #expect(!saved.contains("half a question"))
        #expect(terminal.terminalSettings().c_lflag & tcflag_t(ICANON) != 0)
    }

    @Test func tabCompletesCommandsAndUpArrowRecallsHistory() throws {
        let loop = try SessionFixtures.install(in: cli)
        let out = cli.home.appendingPathComponent("completion")
        let terminal = try start(loop, out: out)
        try terminal.expect("[R1/2 Q1/1 ")
        // Tab completes a slash command at the start of a line.
        terminal.type("/ti\t")
        try terminal.expect("/time")
        terminal.type("\r")
        try terminal.expect("minutes used")
        try terminal.expect("[R1/2 Q1/1 ")
        // The up arrow brings back the last line typed.
        terminal.type("\u{1B}[A")
        try terminal.expect("/time")
        terminal.type("\r")
        try terminal.expect("minutes used")
        try terminal.expect("> ")
        terminal.type("/quit\r")
        #expect(try terminal.waitForExit() == 0)
        let saved = try journal(out)
        #expect(saved.components(separatedBy: "\"command\":\"time\",\"kind\":\"command\"").count - 1 == 2, "two /time events were sent")
    }
}
