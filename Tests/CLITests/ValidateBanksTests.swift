import Foundation
import Testing

/// Validating a loop checks the banks it draws from and reports their problems under their own
/// paths, and the summary counts them.
@Suite struct ValidateBanksTests {
    @Test func aLoopsBanksAreCheckedUnderTheirOwnPaths() throws {
        let runner = CommandRunner()
        let shipped = try String(contentsOf: CommandRunner.repository.appendingPathComponent("scripts/loops/aws-solutions-architect.yaml"), encoding: .utf8)
        let loop = try runner.write("work/loop.yaml", shipped.replacingOccurrences(of: "id: aws-solutions-architect", with: "id: vb-loop"))
        let nested = try runner.write("work/questions/bank.yaml", "kind: question-bank\nquestions:\n  - id: vb-q\n    text: Tell me about a time.\n    principles: [ownershp]\n")
        // Deeper folders are never read for a loop file: a loop kept in a big folder reads only
        // what is beside it and in questions/.
        let deep = try runner.write("work/questions/old/bank.yaml", "kind: question-bank\nquestions:\n  - id: vb-deep\n    text: Tell me.\n    principles: [nope]\n")
        let other = try runner.write("work/elsewhere/bank.yaml", "kind: question-bank\nquestions:\n  - id: vb-else\n    text: Tell me.\n    principles: [nope]\n")
        let beside = try runner.write("work/bank2.yaml", "kind: question-bank\nquestions:\n  - id: vb-r\n    text: Tell me about a time.\n    principles: [ownership]\n    titel: x\n")
        let result = try runner.run(["validate", loop.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(nested.path):5:18: error: unknown Leadership Principle id 'ownershp'; did you mean 'ownership'? [LS013]"))
        #expect(result.stdout.contains("\(beside.path):6:5: error: unknown key 'titel' in question"))
        // The banks' warnings are reported too (each question lacks probes).
        #expect(result.stdout.contains("2 errors, 2 warnings in 1 file and 2 banks it uses"), "\(result.stdout.suffix(200))")
        #expect(result.stdout.contains("\(beside.path):3:9: warning: question 'vb-r' has no probe"))
        #expect(!result.stdout.contains(deep.path) && !result.stdout.contains(other.path))
    }
}

/// Related places ("first defined here") and end columns, in text and in JSON.
@Suite struct RelatedLocationTests {
    @Test func aDuplicateCarriesItsFirstDefinition() throws {
        let runner = CommandRunner()
        let one = try runner.write("rel/a.yaml", "kind: question-bank\nquestions:\n  - id: rel-q\n    text: Tell me about a time you owned it.\n    principles: [ownership]\n")
        let two = try runner.write("rel/b.yaml", "kind: question-bank\nquestions:\n  - id: rel-q\n    text: Tell me about a time you owned it again.\n    principles: [ownership]\n")
        let text = try runner.run(["validate", one.path, two.path])
        #expect(text.status == 1)
        #expect(text.stdout.contains(": note: 'rel-q' is first defined here"), "\(text.stdout)")
        let json = try runner.run(["validate", "--format", "json", one.path, two.path])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let entries = try #require(document["diagnostics"] as? [[String: Any]])
        let duplicate = try #require(entries.first { $0["code"] as? String == "LS014" })
        let related = try #require(duplicate["related"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related.first?["line"] as? Int == 3)
        #expect([one.path, two.path].contains(related.first?["file"] as? String ?? ""))
    }

    @Test func aDuplicateKeyPointsAtBothAndEndColumnsCoverTheValue() throws {
        let runner = CommandRunner()
        let file = try runner.write("rel/c.yaml", "kind: question-bank\nquestions:\n  - id: rel-k\n    text: One.\n    text: Two.\n    principles: [ownershp, dive-deep]\n")
        let json = try runner.run(["validate", "--format", "json", file.path])
        let entries = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["diagnostics"] as? [[String: Any]])
        let key = try #require(entries.first { $0["code"] as? String == "LS007" })
        #expect(key["line"] as? Int == 5 && key["column"] as? Int == 5 && key["endColumn"] as? Int == 9, "\(key)")
        #expect((key["related"] as? [[String: Any]])?.first?["line"] as? Int == 4)
        let other = try runner.write("rel/d.yaml", "kind: question-bank\nquestions:\n  - id: rel-t\n    text: One.\n    principles: [ownershp, dive-deep]\n")
        let typoEntries = try #require((try JSONSerialization.jsonObject(with: Data(try runner.run(["validate", "--format", "json", other.path]).stdout.utf8)) as? [String: Any])?["diagnostics"] as? [[String: Any]])
        let typo = try #require(typoEntries.first { $0["code"] as? String == "LS013" })
        #expect(typo["column"] as? Int == 18 && typo["endColumn"] as? Int == 26, "\(typo)")
    }
}
