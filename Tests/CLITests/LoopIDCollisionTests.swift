import Foundation
import Testing

/// Two loops with one id: a loop of the user's that takes a shipped loop's id is a clear warning
/// (and `list` says it replaces the shipped one); two of the user's with one id are an error.
@Suite struct LoopIDCollisionTests {
    @Test func aUserLoopWithAShippedIDIsAWarningAndListSaysWhichRuns() throws {
        let runner = CommandRunner()
        let shipped = try String(contentsOf: CommandRunner.repository.appendingPathComponent("scripts/loops/aws-solutions-architect.yaml"), encoding: .utf8)
        let mine = try runner.write("loops/mine.yaml", shipped.replacingOccurrences(of: "title: AWS Solutions Architect", with: "title: My Solutions Architect loop"))
        let validate = try runner.run(["validate", mine.path])
        #expect(validate.status == 0, "a warning only: \(validate.stdout)")
        // At the id's value (line 3 of the shipped file), not at `kind:`.
        #expect(validate.stdout.contains("\(mine.path):3:5: warning: the id 'aws-solutions-architect' is also the id of the shipped loop"), "\(validate.stdout)")
        #expect(validate.stdout.contains(": note: the shipped loop it replaces"))
        #expect(validate.stdout.contains("[LS111]"))
        #expect(try runner.run(["validate", "--strict", mine.path]).status == 1)
        let list = try runner.run(["list"])
        #expect(list.stdout.components(separatedBy: "aws-solutions-architect  ").count == 2, "listed once: \(list.stdout)")
        #expect(list.stdout.contains("aws-solutions-architect  My Solutions Architect loop"), "yours is the one listed")
        #expect(list.stdout.contains("(replaces the shipped loop "))
        // The shipped scripts themselves are not warned about the user's loop.
        #expect(try runner.run(["validate", CommandRunner.repository.appendingPathComponent("scripts/loops").path]).stdout.contains("LS111") == false)
    }

    /// Validating the repository's own scripts from a checkout (the files the binary embeds) is
    /// not a collision with themselves.
    @Test func theCheckoutsOwnScriptsDoNotCollideWithTheirEmbeddedCopies() throws {
        let runner = CommandRunner()
        let result = try runner.run(["validate", "--strict", CommandRunner.repository.appendingPathComponent("scripts/loops").path], environment: ["MOCKLOOP_SCRIPTS": ""])
        #expect(result.status == 0, "\(result.stdout.suffix(400))")
        #expect(!result.stdout.contains("LS111"))
    }

    @Test func twoUserLoopsWithOneIDAreAnError() throws {
        let runner = CommandRunner()
        let shipped = try String(contentsOf: CommandRunner.repository.appendingPathComponent("scripts/loops/aws-solutions-architect.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: aws-solutions-architect", with: "id: my-loop")
        let first = try runner.write("loops/a.yaml", shipped)
        try runner.write("loops/b.yaml", shipped)
        let validate = try runner.run(["validate", first.path])
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("error: loop id 'my-loop' is already used by "))
        #expect(validate.stdout.contains("b.yaml"))
        #expect(try runner.run(["list"]).stdout.contains("which has the same id: give one of them another id"))
    }
}
