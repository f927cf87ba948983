import Foundation
import Testing

/// The JSON Schema (`mockloop schema`, committed as schema/mockloop.schema.json) checked with a
/// real validator, check-jsonschema (installed by .ci/run): every shipped script passes, and
/// on each fixture where a rule can be said in JSON Schema, the schema and `mockloop validate`
/// agree.
@Suite(.serialized) struct SchemaAgreementTests {
    static let schema = CommandRunner.repository.appendingPathComponent("schema/mockloop.schema.json")

    static let validator: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/check-jsonschema" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs check-jsonschema on `files`; true when they all pass.
    func schemaAccepts(_ files: [URL]) throws -> (ok: Bool, output: String) {
        let validator = try #require(Self.validator, "check-jsonschema is not installed: `python3 -m pip install check-jsonschema` (.ci/run does this)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: validator)
        process.arguments = ["--schemafile", Self.schema.path] + files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus == 0, output)
    }

    @Test func theCommittedSchemaIsWhatMockloopPrints() throws {
        let printed = try CommandRunner().run(["schema"])
        #expect(printed.stdout == (try String(contentsOf: Self.schema, encoding: .utf8)), "run `mockloop schema > schema/mockloop.schema.json`")
    }

    @Test func everyShippedScriptPasses() throws {
        let loops = CommandRunner.repository.appendingPathComponent("scripts/loops")
        let files = try FileManager.default.subpathsOfDirectory(atPath: loops.path).filter { $0.hasSuffix(".yaml") }.sorted().map { loops.appendingPathComponent($0) }
        #expect(files.count >= 20)
        let result = try schemaAccepts(files)
        #expect(result.ok, "\(result.output)")
    }

    /// One change to a shipped loop (renamed, so it replaces nothing), and the code `validate` gives.
    static let loopCases: [(name: String, change: @Sendable (String) -> String, code: String?)] = [
        ("valid", { $0 }, nil),
        ("no bar raiser", { $0.replacingOccurrences(of: "    bar-raiser: true\n", with: "") }, "LS016"),
        ("two bar raisers", { $0.replacingOccurrences(of: "    principles: [dive-deep, invent-and-simplify]\n", with: "    bar-raiser: true\n    principles: [dive-deep, invent-and-simplify]\n") }, "LS016"),
        ("four principles", { $0.replacingOccurrences(of: "principles: [customer-obsession, earn-trust]", with: "principles: [customer-obsession, earn-trust, frugality, think-big]") }, "LS021"),
        ("bar-raiser: yes", { $0.replacingOccurrences(of: "bar-raiser: true", with: "bar-raiser: yes") }, "LS012"),
        ("quoted minutes", { $0.replacingOccurrences(of: "    minutes: 55\n", with: "    minutes: \"55\"\n") }, "LS012"),
        ("unknown key", { $0.replacingOccurrences(of: "level: L5\n", with: "level: L5\nlevle: L6\n") }, "LS010"),
        ("missing role", { $0.replacingOccurrences(of: "role: Solutions Architect\n", with: "") }, "LS011"),
        ("bad area", { $0.replacingOccurrences(of: "area: aws\n", with: "area: amazon\n") }, "LS019"),
        ("unknown principle", { $0.replacingOccurrences(of: "  - earn-trust\n", with: "  - earn-trusts\n") }, "LS013"),
        ("step without an answer", { text in
            guard let steps = text.range(of: "    steps:\n") else { return text }
            return text.replacingCharacters(in: steps, with: "    steps:\n      - expect: {next: probe}\n")
        }, "LS023"),
    ]

    @Test func theSchemaAndValidateAgreeOnEachFixture() throws {
        let runner = CommandRunner()
        let shipped = try String(contentsOf: CommandRunner.repository.appendingPathComponent("scripts/loops/aws-solutions-architect.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: aws-solutions-architect", with: "id: schema-case")
            .replacingOccurrences(of: "# yaml-language-server: $schema=../../schema/mockloop.schema.json\n", with: "")
        for (index, item) in Self.loopCases.enumerated() {
            let text = item.change(shipped)
            #expect(item.code == nil || text != shipped, "\(item.name): the change did not apply")
            let file = try runner.write("cases/case-\(index).yaml", text)
            let validate = try runner.run(["validate", "--format", "json", file.path])
            let schema = try schemaAccepts([file])
            if let code = item.code {
                #expect(validate.status == 1, "\(item.name): validate accepted it")
                #expect(validate.stdout.contains("\"\(code)\""), "\(item.name): expected \(code) in \(validate.stdout)")
                #expect(!schema.ok, "\(item.name): the schema accepted what validate refuses (\(code))")
            } else {
                #expect(validate.status == 0, "\(item.name): \(validate.stdout)")
                #expect(schema.ok, "\(item.name): \(schema.output)")
            }
        }
        // A question bank: a question without its text, and one with an unknown principle.
        let bank = "kind: question-bank\nquestions:\n  - id: case-a\n    principles: [ownership]\n"
        let file = try runner.write("cases/bank.yaml", bank)
        #expect(try runner.run(["validate", file.path]).status == 1)
        #expect(try !schemaAccepts([file]).ok)
        let typo = try runner.write("cases/bank-typo.yaml", "kind: question-bank\nquestions:\n  - id: case-b\n    text: Tell me about a time.\n    principles: [ownershp]\n")
        #expect(try runner.run(["validate", typo.path]).status == 1)
        #expect(try !schemaAccepts([typo]).ok)
        // A file that says neither kind.
        let neither = try runner.write("cases/neither.yaml", "kind: recipe\n")
        #expect(try runner.run(["validate", neither.path]).status == 1)
        #expect(try !schemaAccepts([neither]).ok)
    }
}
