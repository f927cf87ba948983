import Foundation
import Testing

/// A session run with a story bank: `/hint` names the candidate's own stories, the transcript
/// records which story was told to which interviewer, and the write-up says when one was told
/// twice. With no bank, none of it appears.
@Suite struct StoryBankSessionTests {
    /// The sample story told in two rounds (the question, then skips to the next round).
    static func input() throws -> Data {
        let file = try String(contentsOf: StoryCommandTests.samples.appendingPathComponent("settlement-gap-not-rounding.md"), encoding: .utf8)
        let body = file.components(separatedBy: "---").dropFirst(2).joined(separator: "---")
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: " ")
        return Data((["/hint", body, "/skip", "/skip", "No questions, thanks.", body, "/quit"].joined(separator: "\n\n") + "\n").utf8)
    }

    func run(withBank: Bool) throws -> (output: String, writeUp: String, transcript: String) {
        let runner = withBank ? try StoryCommandTests().runnerWithSamples() : CommandRunner()
        let result = try runner.run(["run", "aws-solutions-architect", "--seed", "1"], stdin: try Self.input())
        #expect(result.status == 0, "\(result.stderr)")
        let sessions = runner.home.appendingPathComponent("sessions")
        let names = try FileManager.default.contentsOfDirectory(atPath: sessions.path)
        let md = try #require(names.first { $0.hasSuffix(".md") })
        let json = try #require(names.first { $0.hasSuffix(".transcript.json") })
        return (result.stdout, try String(contentsOf: sessions.appendingPathComponent(md), encoding: .utf8), try String(contentsOf: sessions.appendingPathComponent(json), encoding: .utf8))
    }

    @Test func theBankIsKnownDuringAndAfterTheSession() throws {
        let session = try run(withBank: true)
        #expect(session.output.contains("From your story bank: \u{201C}"))
        #expect(session.writeUp.contains("Story from your bank: \u{201C}Proved the settlement gap was not rounding\u{201D} (settlement-gap-not-rounding)"))
        #expect(session.writeUp.contains("The same story (\u{201C}Proved the settlement gap was not rounding\u{201D} from your story bank) as the one told to Priya Raman in round 1"))
        #expect(session.transcript.contains("\"id\" : \"settlement-gap-not-rounding\""))
    }

    @Test func withoutABankNothingChanges() throws {
        let session = try run(withBank: false)
        #expect(!session.output.contains("story bank"))
        #expect(!session.writeUp.contains("story bank"))
        #expect(!session.transcript.contains("\"story\""))
    }
}
