import Foundation
import Testing
@testable import Simulator

@Suite struct AnalyzerJSONTests {
    let analyzer = AnswerAnalyzer()

    func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func theDocumentedFieldsHaveTheirExactNames() throws {
        let json = try object(analyzer.analyze(SampleAnswers.weHeavy).jsonData())
        for key in ["words", "sentences", "parts", "missing", "ownership", "quantifiedResult", "metrics", "hypothetical", "followUps"] {
            #expect(json[key] != nil, "\(key)")
        }
        #expect(json["words"] as? Int == 69)
        let sentence = try #require((json["sentences"] as? [[String: Any]])?.first)
        #expect(sentence["text"] is String)
        #expect(sentence["part"] as? String == "task")
        #expect(sentence["cues"] is [String])
        let parts = try #require(json["parts"] as? [String: [String: Any]])
        #expect(Set(parts.keys) == ["situation", "task", "action", "result"])
        #expect(parts["action"]?["present"] as? Bool == true)
        #expect(parts["action"]?["strength"] as? String == "weak")
        #expect(parts["situation"]?["strength"] as? String == "absent")
        #expect(json["missing"] as? [String] == ["situation"])
        let ownership = try #require(json["ownership"] as? [String: Any])
        #expect(ownership["i"] as? Int == 0)
        #expect(ownership["we"] as? Int == 4)
        #expect(ownership["weHeavy"] as? Bool == true)
        #expect(json["quantifiedResult"] as? Bool == false)
        #expect(json["metrics"] as? [String] == [])
        #expect(json["hypothetical"] as? Bool == false)
        let followUps = try #require(json["followUps"] as? [String])
        #expect(followUps.count == 4)
        #expect(json["followUpKinds"] as? [String] == ["action", "ownership", "metrics", "situation"])
    }

    @Test func encodingIsDeterministicAndRoundTrips() throws {
        let analysis = analyzer.analyze(SampleAnswers.disagreeAndCommit, principles: [.haveBackbone])
        let first = try analysis.jsonData()
        let second = try analyzer.analyze(SampleAnswers.disagreeAndCommit, principles: [.haveBackbone]).jsonData()
        #expect(first == second)
        #expect(try JSONDecoder().decode(AnswerAnalysis.self, from: first) == analysis)
    }

    @Test func extraFieldsAreAddedAtTheTop() throws {
        let json = try object(analyzer.analyze("I fixed it.").jsonData(extraFields: ["file": "a.txt"]))
        #expect(json["file"] as? String == "a.txt")
        #expect(json["words"] as? Int == 3)
        #expect(try analyzer.analyze("I fixed it.").jsonData(extraFields: ["file": "a.txt"]).first == UInt8(ascii: "{"))
    }
}
