import Foundation
import Testing

/// Validating a loop checks the banks it draws from and reports their problems under their own
/// paths, and the summary counts them.
@Suite struct ValidateBanksTests {
    @Test func aLoopsBanksAreCheckedUnderTheirOwnPaths() throws {
        let runner = CommandRunner()
        let shipped = try String(contentsOf: CommandRunner.repository.appendingPathComponent("scripts/loops/aws-solutions-architect.yaml"), encoding: .utf8)
        let loop = try runner.write("work/loop.yaml", shipped.replacingOccurrences(of: "id: aws-solutions-architect", with: "id: vb-loop"))
        let nested = try runner.write("work/q/bank.yaml", "kind: question-bank\nquestions:\n  - id: vb-q\n    text: Tell me about a time.\n    principles: [ownershp]\n")
        let beside = try runner.write("work/bank2.yaml", "kind: question-bank\nquestions:\n  - id: vb-r\n    text: Tell me about a time.\n    principles: [ownership]\n    titel: x\n")
        let result = try runner.run(["validate", loop.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(nested.path):5:18: error: unknown Leadership Principle id 'ownershp'; did you mean 'ownership'? [LS013]"))
        #expect(result.stdout.contains("\(beside.path):6:5: error: unknown key 'titel' in question"))
        #expect(result.stdout.contains("2 errors, 0 warnings in 1 file and 2 banks it uses"))
    }
}
