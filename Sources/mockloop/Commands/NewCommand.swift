import ArgumentParser
import Foundation
import InterviewScript
import Simulator

/// `mockloop new`: writes a commented starter loop that validates and passes its test plan.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented starter loop, ready to edit.",
        discussion: "The loop is written to your loops folder ($MOCKLOOP_HOME/loops, default ~/.local/share/mockloop/loops) unless --out says otherwise. It validates and its test plan passes as written."
    )

    @Argument(help: "The loop's id, e.g. aws-data-engineer (lower-case letters, digits, hyphens).")
    var name: String

    @Option(help: "aws or retail.")
    var area: Area

    @Option(help: "The role, e.g. \"Data Engineer\".")
    var role: String

    @Option(help: "The loop's title (default: the area and role).")
    var title: String?

    @Option(help: "Folder to write the loop into.")
    var out: String?

    func validate() throws {
        guard ScriptIdentifier.isValid(name) else {
            throw ValidationError("'\(name)' is not a valid loop id: use lower-case letters, digits and hyphens, e.g. '\(ScriptIdentifier.suggestion(for: name))'.")
        }
        if role.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--role needs the role's name.") }
    }

    func run() throws {
        let folder = out.map { URL(fileURLWithPath: $0) } ?? DataFolders.userLoops
        let file = folder.appendingPathComponent("\(name).yaml")
        if FileManager.default.fileExists(atPath: file.path) {
            throw ValidationError("\(file.path) already exists; choose another name or remove it first.")
        }
        // A loop id is how `mockloop run ID` finds a loop: a second loop with a taken id would
        // hide one of the two.
        if let taken = ScriptCatalog.everything().library.loop(id: name) {
            throw ValidationError("the loop id '\(name)' is already taken by \(taken.file); choose another, e.g. 'my-\(name)'.")
        }
        // The schema beside the loop (`mockloop schema > FILE` writes it), never a build-tree path.
        let schema = "mockloop.schema.json"
        let text = StarterLoop.text(id: name, title: title ?? "\(area.title) \(role)", area: area, role: role, schemaPath: schema)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try TranscriptFiles.write(text, to: file)
        } catch {
            printError("mockloop: cannot write \(file.path): \(error)\n")
            throw ExitCode(2)
        }
        print("Wrote \(file.path)")
        let catalog = ScriptCatalog.named([file.path])
        let problems = (catalog.diagnostics + LibraryValidator().validate(catalog.library)).filter { $0.file == file.path }
        let plans = catalog.library.loops.first.map { TestPlanRunner(loop: $0, library: catalog.library, reader: AnalyzerReader.make()).run() } ?? []
        let failed = plans.filter { !$0.passed }.count
        print(problems.isEmpty ? "It validates cleanly." : "Validation found \(problems.count) problem(s); run `mockloop validate \(file.path)`.")
        print("Its test plan: \(plans.count - failed) passed, \(failed) failed.")
        print("For an editor that checks it as you type: mockloop schema > \(folder.appendingPathComponent(schema).path)")
        print("Next: edit it, then `mockloop validate \(file.path)`, `mockloop test \(file.path)`, and `mockloop run \(name)`.")
    }
}

extension Area: ExpressibleByArgument {}

