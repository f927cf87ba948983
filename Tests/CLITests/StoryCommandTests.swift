import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `mockloop story new`, `story check` and `stories` as a user runs them: private files that
/// are never overwritten, diagnostics at their place, clear messages for an empty bank and for
/// broken, binary or huge story files, and the matrix in every format.
@Suite struct StoryCommandTests {
    static let samples = CommandRunner.repository.appendingPathComponent("Tests/SimulatorTests/Fixtures/stories")

    /// A runner whose bank holds the twelve sample stories.
    func runnerWithSamples() throws -> CommandRunner {
        let runner = CommandRunner()
        let folder = runner.home.appendingPathComponent("stories")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.samples.path) where name.hasSuffix(".md") {
            try FileManager.default.copyItem(at: Self.samples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return runner
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    @Test func newWritesAPrivateTemplateAndNeverOverwrites() throws {
        let runner = CommandRunner()
        let first = try runner.run(["story", "new", "Cut the pages: by a third"])
        #expect(first.status == 0, "\(first.stderr)")
        let path = runner.home.appendingPathComponent("stories/cut-the-pages-by-a-third.md").path
        #expect(first.stdout.contains(path))
        #expect(first.stdout.contains("mockloop story check cut-the-pages-by-a-third"))
        #expect(mode(path) == 0o600)
        #expect(mode(runner.home.appendingPathComponent("stories").path) == 0o700)
        try "---\ntitle: mine\nprinciples: [ownership]\n---\nI did it myself in 2021 and it saved 3 hours.\n".write(toFile: path, atomically: false, encoding: .utf8)
        let second = try runner.run(["story", "new", "Cut the pages: by a third"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("cut-the-pages-by-a-third-2.md"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("title: mine"), "the first story is kept")
        let template = try String(contentsOfFile: runner.home.appendingPathComponent("stories/cut-the-pages-by-a-third-2.md").path, encoding: .utf8)
        #expect(template.contains("title: \"Cut the pages: by a third\""))
        #expect(template.contains("## Result"))
        let empty = try runner.run(["story", "new", "  "])
        #expect(empty.status == 64)
    }

    @Test func newOpensTheEditorOnATerminal() throws {
        let runner = CommandRunner()
        // An "editor" that writes a result into the file it is given, as a person would.
        let editor = try runner.write("fake-editor.sh", "#!/bin/sh\nprintf 'In 2021 I cut the build from 40 to 12 minutes myself.\\n' >> \"$1\"\n")
        chmod(editor.path, 0o700)
        var environment = ProcessInfo.processInfo.environment
        environment["MOCKLOOP_HOME"] = runner.home.path
        environment["NO_COLOR"] = "1"
        environment["TERM"] = "xterm"
        environment["EDITOR"] = editor.path
        environment.removeValue(forKey: "VISUAL")
        let terminal = try PseudoTerminal(executable: CommandRunner.executable.path, arguments: ["story", "new", "Faster builds"], environment: environment)
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.output.contains("Saved "), "\(terminal.output)")
        #expect(terminal.output.contains("mockloop story check faster-builds"))
        let saved = try String(contentsOf: runner.home.appendingPathComponent("stories/faster-builds.md"), encoding: .utf8)
        #expect(saved.hasSuffix("In 2021 I cut the build from 40 to 12 minutes myself.\n"))
    }

    @Test func newOpensTheEditorOnlyOnATerminal() throws {
        let runner = CommandRunner()
        // Standard input and output are pipes here: no editor, the path is printed.
        let result = try runner.run(["story", "new", "Pipes"], environment: ["EDITOR": "false-editor-that-does-not-exist"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Wrote "))
    }

    @Test func checkReadsTheBankAndSaysWhatToFix() throws {
        let runner = try runnerWithSamples()
        let all = try runner.run(["story", "check"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.components(separatedBy: "What to fix first").count == 13)
        let one = try runner.run(["story", "check", "store-stock-sync"])
        #expect(one.status == 0)
        #expect(one.stdout.contains("(mostly \"we\")"))
        #expect(one.stdout.contains("Say what you did yourself"))
        let json = try runner.run(["story", "check", "partner-api-breaking-change", "--format", "json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let check = try #require(objects.first?["check"] as? [String: Any])
        #expect((check["hypothetical"] as? [String])?.isEmpty == false)
        #expect(check["strength"] as? String != "strong")
        let typo = try runner.run(["story", "check", "store-stock-synk"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("did you mean 'store-stock-sync'?"))
    }

    @Test func brokenStoryFilesAreReportedAtTheirPlace() throws {
        let runner = CommandRunner()
        let bad = try runner.write("stories/bad.md", "---\ntitle: T\nprinciples: [dive-deep, ownershp]\n---\n## Situation\nIt was 2021.\n")
        let result = try runner.run(["story", "check", bad.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(bad.path):3:25: error: 'ownershp' is not a Leadership Principle id; did you mean 'ownership'?"))
        #expect(result.stdout.contains("[LS013]"))
        #expect(result.stdout.contains("                        ^"), "a caret under the column")
        try runner.write("stories/unclosed.md", "---\ntitle: T\nprinciples: [ownership]\nI did it.\n")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: runner.home.appendingPathComponent("stories/binary.md"))
        try Data(repeating: 0x61, count: 300 << 10).write(to: runner.home.appendingPathComponent("stories/huge.md"))
        try runner.write("stories/good.md", "---\ntitle: Good\nprinciples: [ownership]\n---\nIn 2021 I owned the release and I cut the build time from 40 to 12 minutes.\n")
        let bank = try runner.run(["story", "check"])
        #expect(bank.status == 1)
        #expect(bank.stdout.contains("unclosed.md:1:1: error:"))
        #expect(bank.stdout.contains("[LS027]"))
        #expect(bank.stdout.contains("binary.md: error:") && bank.stdout.contains("[LS003]"))
        #expect(bank.stdout.contains("huge.md: error:") && bank.stdout.contains("[LS002]"))
        #expect(bank.stdout.contains("good · Good"), "the good story is still checked")
        let matrix = try runner.run(["stories"])
        #expect(matrix.status == 0)
        #expect(matrix.stderr.contains("bad.md is left out"))
        #expect(matrix.stdout.contains("1 story × the 16 Leadership Principles"))
        // Nothing was changed on disk.
        #expect(try String(contentsOf: bad, encoding: .utf8).contains("ownershp"))
    }

    @Test func anEmptyBankSaysHowToStart() throws {
        let runner = CommandRunner()
        for arguments in [["story", "check"], ["stories"], ["stories", "--loop", "aws-solutions-architect"]] {
            let result = try runner.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.stdout.contains("No stories in"), "\(arguments)")
            #expect(result.stdout.contains("mockloop story new"), "\(arguments)")
        }
        #expect(try runner.run(["story", "check", "--format", "json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test func storiesInEveryFormat() throws {
        let runner = try runnerWithSamples()
        let text = try runner.run(["stories", "--loop", "aws-solutions-architect"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("A plan for aws-solutions-architect"))
        #expect(text.stdout.contains("Same event: "))
        let json = try runner.run(["stories", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["columns"] as? [Any])?.count == 12)
        #expect((object["uncovered"] as? [String]) == ["frugality", "strive-to-be-earths-best-employer", "success-and-scale-bring-broad-responsibility"])
        let page = runner.home.appendingPathComponent("plan.html").path
        let html = try runner.run(["stories", "--loop", "aws-solutions-architect", "--format", "html", "-o", page])
        #expect(html.status == 0)
        #expect(mode(page) == 0o600)
        let again = try runner.run(["stories", "--format", "html", "-o", page])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(try runner.run(["stories", "--format", "html", "-o", page, "--force"]).status == 0)
        let unknown = try runner.run(["stories", "--loop", "aws-solutions-architekt"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean 'aws-solutions-architect'?"))
    }
}
