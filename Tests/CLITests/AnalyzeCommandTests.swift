import Foundation
import Testing

/// `mockloop analyze`, run as a process.
@Suite struct AnalyzeCommandTests {
    let cli = CommandRunner()

    static let complete = """
    Last March our checkout page was timing out for one in ten customers during the spring sale.
    My goal was to bring load time under two seconds before the weekend.
    I pulled the traces myself, found a slow database query and rewrote it with an index.
    Load time fell from 9 seconds to 1.2 seconds and abandoned carts dropped by 30%.
    """

    @Test func theTextReportTagsSentencesAndListsFollowUps() throws {
        let file = try cli.write("answer.txt", "We had an outage. We fixed it together and the team was happy.")
        let result = try cli.run(["analyze", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}["), "plain when not on a terminal")
        #expect(result.stdout.lowercased().contains("result"))
        #expect(result.stdout.lowercased().contains("follow"))
    }

    @Test func jsonHasTheDocumentedFieldsNamedExactly() throws {
        let result = try cli.run(["analyze", "--json", "--principle", "dive-deep", "-"], stdin: Data(Self.complete.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["words", "sentences", "parts", "missing", "ownership", "quantifiedResult", "metrics", "hypothetical", "followUps"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let parts = try #require(object["parts"] as? [String: [String: Any]])
        for part in ["situation", "task", "action", "result"] {
            #expect(parts[part]?["present"] as? Bool == true, "\(part)")
            #expect(["strong", "weak"].contains(parts[part]?["strength"] as? String ?? ""))
        }
        let ownership = try #require(object["ownership"] as? [String: Any])
        #expect(ownership["i"] as? Int ?? 0 >= 1 && ownership["we"] != nil && ownership["weHeavy"] as? Bool == false)
        #expect(object["quantifiedResult"] as? Bool == true)
        #expect((object["metrics"] as? [String])?.contains("30%") == true)
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        #expect(sentences.count == 4)
        #expect(sentences.allSatisfy { $0["text"] is String && $0["part"] is String && $0["cues"] is [String] })
    }

    @Test func severalFilesGiveJsonLinesWithTheirNames() throws {
        let a = try cli.write("a.txt", Self.complete)
        let b = try cli.write("b.txt", "I would probably talk to the customer first.")
        let result = try cli.run(["analyze", "--json", a.path, b.path])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["file"] as? String == b.path)
        #expect(second["hypothetical"] as? Bool == true)
    }

    @Test func badInputIsAClearErrorWithAnExitCode() throws {
        let empty = try cli.run(["analyze", "-"], stdin: Data("   \n".utf8))
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("empty"))
        let binary = try cli.write("bin.txt", "")
        try Data([0x49, 0x20, 0xFF, 0xFE, 0x00, 0x41]).write(to: binary)
        let invalid = try cli.run(["analyze", binary.path])
        #expect(invalid.status == 2)
        let huge = try cli.run(["analyze", "-"], stdin: Data(repeating: UInt8(ascii: "a"), count: 2 << 20))
        #expect(huge.status == 2)
        #expect(huge.stderr.contains("MB"))
        let missing = try cli.run(["analyze", "/nonexistent.txt"])
        #expect(missing.status == 2)
        let unknown = try cli.run(["analyze", "--principle", "dive-deeep", "-"], stdin: Data(Self.complete.utf8))
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("dive-deep"))
    }

    @Test func theEvaluatorPrintsPrecisionRecallAndF1() throws {
        let corpus = CommandRunner.repository.appendingPathComponent("Tests/SimulatorTests/Fixtures/corpus/answers-1.yaml")
        let result = try cli.run(["analyze", "--evaluate", corpus.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("F1"))
        #expect(result.stdout.contains("weHeavy"))
    }
}
