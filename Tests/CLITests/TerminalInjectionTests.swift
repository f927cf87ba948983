import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// No byte from a loop script, an answer, a journal, a transcript or a file name reaches the
/// terminal as a control sequence, whichever command prints it: every command is run on a real
/// pseudo-terminal with a loop and an answer file full of payloads, and the bytes written are
/// checked.
@Suite(.serialized) struct TerminalInjectionTests {
    let cli = CommandRunner()

    /// The payloads: a window title (OSC 0), a clipboard write (OSC 52), a hyperlink (OSC 8), a
    /// screen clear (CSI 2J), a DCS string, an 8-bit CSI (C1), hidden text (SGR 8), a bell, a
    /// backspace, a carriage return, and bidi overrides and isolates.
    static let payload = "\u{1B}]0;PWNED-TITLE\u{07}\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}]8;;http://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\"
        + "\u{1B}[2J\u{1B}P1;2|x\u{1B}\\\u{9B}31m\u{1B}[8mhidden\u{07}\u{08}\r\u{202E}desrever\u{2066}iso\u{2069}"

    /// `payload` as it may be written inside a YAML double-quoted string.
    static var yamlPayload: String {
        payload.unicodeScalars.map { s in
            if s == "\\" { return "\\\\" }
            if s == "\"" { return "\\\"" }
            if s.value < 0x20 || (0x7F...0x9F).contains(s.value) || (0x2000...0x206F).contains(s.value) { return String(format: "\\u%04X", s.value) }
            return String(s)
        }.joined()
    }

    func install() throws -> (loop: String, answers: URL) {
        let p = Self.yamlPayload
        try cli.write("hostile/bank.yaml", """
            kind: question-bank
            questions:
              - id: h-one
                text: "Tell me about a time you fixed something \(p) for a customer."
                principles: [customer-obsession, dive-deep]
                probes:
                  result: ["How did it end \(p)?"]
              - id: h-two
                text: "Tell me about a mistake \(p) you owned."
                principles: [earn-trust, ownership]
            """)
        let loop = try cli.write("hostile/hostile.yaml", """
            kind: loop
            id: hostile-loop
            title: "Hostile \(p) loop"
            area: aws
            role: "Engineer \(p)"
            version: "1"
            description: "Desc \(p)."
            intro: "Intro \(p)."
            question-minutes: 10
            rounds:
              - title: "Manager \(p)"
                interviewer: "Dana \(p) Lee"
                persona: "Direct \(p)."
                principles: [customer-obsession, dive-deep]
                questions: 1
                minutes: 20
                pinned: [h-one]
              - title: "Raiser \(p)"
                interviewer: "Sam \(p) Ortiz"
                persona: "Calm \(p)."
                bar-raiser: true
                principles: [earn-trust, ownership]
                questions: 1
                minutes: 20
                pinned: [h-two]
            tests:
              - name: "plan \(p)"
                steps:
                  - answer: "I fixed it \(p) myself and cut errors by 40%."
                    expect:
                      next: question
            """).path
        let answers = try cli.write("hostile/answer \(Self.payload.filter { $0 != "/" }).txt", "Last March I rewrote the query \(Self.payload) myself, and load time fell by 80%.\n")
        return (loop, answers)
    }

    /// Runs one command on a pseudo-terminal (colour on, as a person would have it) and returns
    /// every byte it wrote.
    func onTerminal(_ arguments: [String], typing: [String] = [], executable: String = CommandRunner.executable.path) throws -> [UInt8] {
        var environment = ProcessInfo.processInfo.environment
        environment["MOCKLOOP_HOME"] = cli.home.path
        environment["MOCKLOOP_SCRIPTS"] = CommandRunner.repository.appendingPathComponent("scripts/loops").path
        environment["TERM"] = "xterm"
        environment["INPUTRC"] = "/dev/null"
        environment.removeValue(forKey: "NO_COLOR")
        let terminal = try PseudoTerminal(executable: executable, arguments: arguments, environment: environment)
        for line in typing {
            terminal.pump(waitMilliseconds: 300)
            terminal.type(line)
        }
        let status = try terminal.waitForExit(limit: 60)
        // A usage error means the command did not really run (except where that is the point).
        #expect(status != 64 || arguments.contains { $0.hasPrefix("no-such-") }, "\(arguments.prefix(2)): a usage error")
        return terminal.raw
    }

    /// What must never be written: any escape other than a colour (SGR with mockloop's codes) or
    /// readline's own line editing, any C1 control (8-bit, as UTF-8), any bidi control, a bell or
    /// a backspace outside readline, and the payload's words in a sequence.
    static func problems(in bytes: [UInt8], readline: Bool = false) -> [String] {
        var found: [String] = []
        let text = String(decoding: bytes, as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i].value
            if s == 0x1B {
                let next = i + 1 < scalars.count ? scalars[i + 1].value : 0
                if next == 0x5B { // CSI: parameters, then the final byte
                    var j = i + 2
                    while j < scalars.count, (0x20...0x3F).contains(scalars[j].value) { j += 1 }
                    let params = String(String.UnicodeScalarView(scalars[(i + 2)..<min(j, scalars.count)]))
                    let final = j < scalars.count ? Character(scalars[j]) : " "
                    let colour = final == "m" && params.split(separator: ";").allSatisfy { ["0", "1", "2", "31", "32", "33", "34", "35", "36"].contains(String($0)) }
                    // readline's editing: cursor moves, erase in line, bracketed paste, keypad mode.
                    let editing = readline && (["C", "D", "K", "A", "B"].contains(final) || params.hasPrefix("?"))
                    if !colour && !editing { found.append("CSI \(params)\(final)") }
                    i = j + 1
                    continue
                }
                if readline, next == 0x3D || next == 0x3E { i += 2; continue } // keypad modes
                found.append(String(format: "ESC 0x%02X", next))
            } else if (0x80...0x9F).contains(s) {
                found.append(String(format: "C1 0x%02X", s))
            } else if (0x202A...0x202E).contains(s) || (0x2066...0x2069).contains(s) {
                found.append(String(format: "bidi U+%04X", s))
            } else if !readline, s == 0x07 || s == 0x08 {
                found.append(String(format: "control 0x%02X", s))
            }
            i += 1
        }
        return found
    }

    @Test func noCommandWritesAControlSequenceFromAScriptAnAnswerOrAFile() throws {
        let (loop, answers) = try install()
        let out = cli.home.appendingPathComponent("out")
        // A session at the terminal, through readline (what a person types is readline's to show).
        let session = try onTerminal(["run", loop, "--seed", "1", "--out", out.path],
                                     typing: ["I rewrote it myself, and errors fell by 40%.\r", "\r", "/quit\r"])
        #expect(Self.problems(in: session, readline: true) == [], "run")
        #expect(String(decoding: session, as: UTF8.self).contains("Dana"), "the session ran")
        // A scripted session, its answers piped in from a file full of payloads, printing to the terminal.
        let piped = try onTerminal(["-c", "exec \"$0\" run \"$1\" --seed 2 --out \"$2\" < \"$3\"", CommandRunner.executable.path, loop, out.path, answers.path],
                                   executable: "/bin/sh")
        #expect(Self.problems(in: piped) == [], "run < answers")
        #expect(String(decoding: piped, as: UTF8.self).contains("load time fell by 80%"), "the piped session ran")
        let journal = try #require(SessionFixtures.journals(in: out).first)
        let transcript = URL(fileURLWithPath: journal.path.replacingOccurrences(of: ".journal.jsonl", with: ".transcript.json"))
        let commands: [[String]] = [
            ["list"], ["validate", loop], ["validate", "--strict", cli.home.appendingPathComponent("hostile").path],
            ["test", loop], ["test", "--verbose", loop], ["coverage", loop], ["explore", loop, "--runs", "3"],
            ["analyze", answers.path], ["analyze", "--json", answers.path],
            ["report", journal.path], ["report", "--format", "html", journal.path], ["replay", transcript.path], ["replay", journal.path],
            ["run", "no-such-\(Self.payload)"], ["analyze", "missing-\(Self.payload.filter { $0 != "/" }).txt"],
        ]
        for arguments in commands {
            let bytes = try onTerminal(arguments)
            #expect(Self.problems(in: bytes) == [], "\(arguments.map { $0.prefix(30) })")
            #expect(!String(decoding: bytes, as: UTF8.self).contains("PWNED-TITLE\u{07}"))
        }
        // Resuming the session that was left: its notes and the questions again, then /quit.
        let resumed = try onTerminal(["resume", journal.path], typing: ["/quit\r"])
        #expect(Self.problems(in: resumed, readline: true) == [], "resume")
        #expect(String(decoding: resumed, as: UTF8.self).contains("Resuming"))
    }

    /// The story bank and progress print what a candidate wrote: a story file and a transcript
    /// full of payloads, through `story check` (text and a typo'd id), `stories` (with a plan)
    /// and `progress`.
    @Test func storyAndProgressCommandsWriteNoControlSequence() throws {
        _ = try install()
        try cli.write("stories/hostile.md", """
            ---
            title: "\(Self.yamlPayload)"
            principles: [ownership, "\(Self.yamlPayload)"]
            role: "\(Self.yamlPayload)"
            ---
            ## \(Self.payload)
            In 2022 I ran the night shift \(Self.payload).
            ## Result
            Picks per hour went from 80 to 104 \(Self.payload).
            """)
        try cli.write("stories/fine.md", "---\ntitle: \"Fine \(Self.yamlPayload)\"\nprinciples: [ownership]\n---\nIn 2021 I owned the release and cut the build from 40 to 12 minutes \(Self.payload).\n")
        let sessions = cli.home.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let fixture = try String(contentsOf: CommandRunner.repository.appendingPathComponent("Tests/SimulatorTests/Fixtures/sessions/week-5.transcript.json"), encoding: .utf8)
        let escaped = Self.payload.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\\" || $0 == "\"" ? String(format: "\\u%04X", $0.value) : String($0) }.joined()
        try fixture.replacingOccurrences(of: "\"id\" : \"aws-solutions-architect\"", with: "\"id\" : \"\(escaped)\"")
            .write(to: sessions.appendingPathComponent("week-5.transcript.json"), atomically: true, encoding: .utf8)
        let commands: [[String]] = [
            ["story", "check"], ["story", "check", "fine"], ["story", "check", "no-such-\(Self.payload.filter { $0 != "/" })"],
            ["stories"], ["stories", "--loop", "aws-solutions-architect"], ["progress"],
        ]
        for arguments in commands {
            let bytes = try onTerminal(arguments)
            #expect(Self.problems(in: bytes) == [], "\(arguments.map { $0.prefix(30) })")
            #expect(!String(decoding: bytes, as: UTF8.self).contains("PWNED-TITLE\u{07}"))
        }
        #expect(String(decoding: try onTerminal(["story", "check", "fine"]), as: UTF8.self).contains("What to fix first"), "the check ran")
        #expect(String(decoding: try onTerminal(["progress"]), as: UTF8.self).contains("Progress · 1 finished session"), "progress ran")
    }

    @Test func theCheckCatchesEachPayload() {
        // The checker itself: every payload is caught when written raw.
        #expect(Self.problems(in: Array(Self.payload.utf8)).count >= 8)
        #expect(Self.problems(in: Array("\u{1B}[1;36mDana:\u{1B}[0m fine".utf8)) == [])
    }
}
