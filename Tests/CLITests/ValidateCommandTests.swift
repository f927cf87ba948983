import Foundation
import Testing

/// `mockloop validate`, `list` and `schema`, run as a process.
@Suite struct ValidateCommandTests {
    let cli = CommandRunner()

    @Test func theShippedScriptsValidate() throws {
        let result = try cli.run(["validate", "scripts/loops"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("0 errors"))
    }

    @Test func errorsArePrintedCompilerStyleWithACaretAndExitOne() throws {
        let file = try cli.write("broken/loop.yaml", """
        kind: loop
        id: broken
        title: Broken
        area: aws
        role: SA
        version: "1"
        description: A broken loop.
        rounds:
          - title: HM
            interviewer: Dana
            persona: Direct.
            bar-raiser: true
            principles: [customer-obsession, earn-trust]
            minutes: 30
            pinned: [no-such-question]
        """)
        let result = try cli.run(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(file.path):15:14: error: no question bank defines the pinned question 'no-such-question' [LS015]"))
        #expect(result.stdout.contains("\n    pinned: [no-such-question]\n             ^\n"))
        #expect(result.stdout.contains("1 error, 0 warnings in 1 file"))
    }

    @Test func jsonFormatCarriesTheSameDiagnostics() throws {
        let file = try cli.write("json/bank.yaml", "kind: question-bank\nquestions:\n  - id: x\n    text: t\n    principles: [dive-deeep]\n")
        let result = try cli.run(["validate", "--format", "json", file.path])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        let unknown = try #require(diagnostics.first { $0["code"] as? String == "LS013" })
        #expect(unknown["line"] as? Int == 5)
        #expect(unknown["column"] as? Int == 18)
        #expect(unknown["severity"] as? String == "error")
        #expect((unknown["message"] as? String)?.contains("did you mean 'dive-deep'?") == true)
        #expect(object?["errors"] as? Int == diagnostics.filter { $0["severity"] as? String == "error" }.count)
    }

    @Test func warningsPassUnlessStrict() throws {
        let file = try cli.write("warn/bank.yaml", "kind: question-bank\nquestions:\n  - id: warn-only\n    text: Tell me about a time.\n    principles: [frugality]\n")
        let relaxed = try cli.run(["validate", file.path])
        #expect(relaxed.status == 0, "\(relaxed.stdout)")
        #expect(relaxed.stdout.contains("warning: question 'warn-only' has no probe for situation, task, action, result"))
        let strict = try cli.run(["validate", "--strict", file.path])
        #expect(strict.status == 1)
    }

    @Test func missingFilesAndUsageProblemsExitTwo() throws {
        let missing = try cli.run(["validate", "/nonexistent/loop.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/loop.yaml: error: no such file"))
        let none = try cli.run(["validate"])
        #expect(none.status != 0 && none.status != 1)
        #expect(none.stderr.contains("Name at least one script"))
    }

    @Test func aHundredMegabyteFileIsRefusedQuickly() throws {
        let url = cli.home.appendingPathComponent("huge.yaml")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 100 << 20) // sparse: no 100 MB written to disk
        try handle.close()
        let result = try cli.run(["validate", url.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[LS002]"))
    }

    @Test func schemaMatchesTheShippedFile() throws {
        let result = try cli.run(["schema"])
        #expect(result.status == 0)
        let shipped = try String(contentsOf: CommandRunner.repository.appendingPathComponent("schema/mockloop.schema.json"), encoding: .utf8)
        #expect(result.stdout == shipped, "run `swift run mockloop schema > schema/mockloop.schema.json`")
    }

    @Test func everyShippedScriptNamesTheSchema() throws {
        let folder = CommandRunner.repository.appendingPathComponent("scripts/loops")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }.filter { $0.pathExtension == "yaml" } ?? []
        #expect(!files.isEmpty)
        for file in files {
            let first = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").first ?? ""
            #expect(first.hasPrefix("# yaml-language-server: $schema="), "\(file.lastPathComponent)")
        }
    }

    @Test func theDiagnosticsCatalogueIsUpToDate() throws {
        let result = try cli.run(["validate", "--list-codes"])
        let shipped = try String(contentsOf: CommandRunner.repository.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        #expect(result.stdout == shipped, "run `swift run mockloop validate --list-codes > docs/diagnostics.md`")
    }

    @Test func listShowsTheShippedLoops() throws {
        let result = try cli.run(["list"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("aws-solutions-architect"))
        #expect(result.stdout.contains("[Bar Raiser]"))
        let json = try cli.run(["list", "--json"])
        let loops = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(loops?.contains { $0["id"] as? String == "aws-solutions-architect" } == true)
    }

    @Test func listIncludesTheUsersOwnLoops() throws {
        let shipped = try String(contentsOf: CommandRunner.repository.appendingPathComponent("scripts/loops/aws-solutions-architect.yaml"), encoding: .utf8)
        try cli.write("loops/mine.yaml", shipped.replacingOccurrences(of: "id: aws-solutions-architect", with: "id: my-own-loop"))
        let result = try cli.run(["list"])
        #expect(result.stdout.contains("my-own-loop"), "\(result.stdout)\(result.stderr)")
    }

    @Test func aScriptCannotReachFilesOutsideItsFolder() throws {
        // The format has no path keys: naming a file is just an unknown key.
        let loop = try cli.write("jail/loop.yaml", """
        kind: question-bank
        include: ../../../etc/passwd
        questions:
          - id: jail-q
            text: Tell me about a time.
            principles: [frugality]
        """)
        let result = try cli.run(["validate", loop.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("unknown key 'include' in question bank"))
        // A link inside a scripts folder that points outside it is not followed.
        let outside = try cli.write("outside/secret.yaml", "kind: question-bank\nquestions:\n  - id: secret-q\n    text: Secret.\n    principles: [frugality]\n")
        try FileManager.default.createSymbolicLink(atPath: cli.home.appendingPathComponent("jail/link.yaml").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: cli.home.appendingPathComponent("jail/linked-folder").path, withDestinationPath: outside.deletingLastPathComponent().path)
        let folder = try cli.run(["validate", "--format", "json", cli.home.appendingPathComponent("jail").path])
        #expect(!folder.stdout.contains("secret"), "\(folder.stdout)")
    }
}

/// Hostile scripts are bounded: validation is linear in the file, and one file's flood of
/// diagnostics is cut to the first 100 and a count.
@Suite struct BoundedValidationTests {
    let cli = CommandRunner()

    @Test func aTenMegabyteFlowListIsValidatedAndItsDiagnosticsCapped() throws {
        var text = "kind: question-bank\nquestions: ["
        var index = 0
        while text.utf8.count < 10 << 20 {
            text += (index == 0 ? "" : ", ") + "{id: q\(index), text: t, principles: [ownership]}"
            index += 1
        }
        text += "]\n"
        let file = try cli.write("flow.yaml", text)
        let result = try cli.run(["validate", file.path])
        #expect(result.status == 0)
        let shown = result.stdout.components(separatedBy: ": warning: ").count - 1
        #expect(shown == 101, "100 shown and one that counts the rest")
        #expect(result.stdout.contains("more in this file are not shown; fix the ones above first [LS009]"))
        #expect(result.stdout.contains(" warnings in 1 file"))
    }
}

extension BoundedValidationTests {
    @Test func linksToTheSameFolderAreNeverFollowed() throws {
        try cli.write("linked/loops/bank.yaml", "kind: question-bank\nquestions:\n  - id: q-one\n    text: Tell me about a time.\n    principles: [ownership]\n")
        let folder = cli.home.appendingPathComponent("linked/loops")
        for index in 1...5 { try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("l\(index)").path, withDestinationPath: ".") }
        let result = try cli.run(["validate", folder.path])
        #expect(result.stdout.contains("in 1 file"), "\(result.stdout)")
    }
}
