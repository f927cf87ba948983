import Foundation
import Testing

/// What is in the user's loops folder cannot stop another loop from running: a bank with errors
/// and a file too large to be a bank are left out with one note, and `validate` still reports
/// them.
@Suite struct LoopsFolderHygieneTests {
    @Test func aBrokenBankAndAHugeFileDoNotStopAShippedLoop() throws {
        let runner = CommandRunner()
        let broken = try runner.write("loops/broken.yaml", "kind: question-bank\nquestions:\n  - id: bb-q\n    text: Tell me about a time.\n    principles: [ownershp]\n")
        let huge = runner.home.appendingPathComponent("loops/huge.yaml")
        var text = "kind: question-bank\nquestions:\n"
        for n in 0..<12_000 { text += "  - id: big-\(n)\n    text: Tell me about time number \(n) you owned a problem.\n    principles: [ownership]\n" }
        try text.write(to: huge, atomically: true, encoding: .utf8)
        let run = try runner.run(["run", "aws-solutions-architect", "--seed", "1"], stdin: Data("/quit\n".utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Priya Raman: Tell me about a time"), "the loop ran")
        let notes = run.stderr.components(separatedBy: "\n").filter { $0.contains("note: left out") }
        #expect(notes.count == 1, "one note: \(run.stderr)")
        #expect(notes.first?.contains("a question bank with errors") == true && notes.first?.contains("broken.yaml") == true)
        #expect(notes.first?.contains("larger than 1 MB") == true && notes.first?.contains("huge.yaml") == true)
        let list = try runner.run(["list"])
        #expect(list.stdout.contains("aws-solutions-architect"))
        #expect(list.stderr.contains("huge.yaml"))
        let validate = try runner.run(["validate", broken.path])
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("[LS013]"))
    }
}
