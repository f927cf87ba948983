import ArgumentParser
import Foundation
import InterviewScript
import Simulator

/// `mockloop validate`: checks loop scripts and question banks and reports every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check loop scripts and question banks, reporting every problem at once.",
        discussion: """
        Each problem is printed as `path:line:col: error: message [CODE]` with the source line and \
        a caret under the place. Folders stand for every .yaml script inside them. A loop is checked \
        together with the question banks in its folder and the shipped bank.

        Exit status: 0 when there are no errors (warnings allowed), 1 when there are errors (or \
        warnings with --strict), 2 for usage or I/O problems. Codes are listed in docs/diagnostics.md.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Script files or folders to check.")
    var paths: [String] = []

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Print the catalogue of diagnostic codes as Markdown and exit.")
    var listCodes = false

    func validate() throws {
        if paths.isEmpty && !listCodes {
            throw ValidationError("Name at least one script or folder, e.g. `mockloop validate scripts/loops`.")
        }
    }

    func run() throws {
        if listCodes {
            print(DiagnosticRenderer.catalogue(), terminator: "")
            return
        }
        let catalog = ScriptCatalog.named(paths)
        // The named files and the banks beside their loops have all their problems reported;
        // the shipped banks they fall back on only their errors.
        let reported = catalog.named.union(catalog.scripts.map(\.file))
        let validator = LibraryValidator(exampleCheck: ExampleVerifier.check, reportedFiles: reported)
        var diagnostics = catalog.diagnostics.filter { $0.severity == .error || reported.contains($0.file) }
        diagnostics += validator.validate(catalog.library)
        // The loops named here against every other loop mockloop knows (shipped and the user's).
        diagnostics += ScriptCatalog.idCollisions(for: catalog.library.loops.filter { catalog.named.contains($0.file) }, sources: catalog.sources)
        let all = Array(Set(diagnostics))
        diagnostics = all.cappedPerFile()

        switch format {
        case .json:
            print(DiagnosticRenderer.json(diagnostics, sources: catalog.sources))
        case .text:
            let style = TerminalStyle.forDescriptor(1)
            let renderer = style.diagnosticRenderer(sources: catalog.sources)
            if !diagnostics.isEmpty { print(renderer.render(diagnostics)) }
            let errors = all.filter { $0.severity == .error }.count
            let warnings = all.filter { $0.severity == .warning }.count
            let files = catalog.named.count - Set(catalog.failures.map(\.path)).intersection(catalog.named).count
            // Banks a named loop draws from are checked too; say so when they had problems.
            let others = Set(all.map(\.file)).subtracting(catalog.named).count
            let banks = others == 0 ? "" : " and \(others) bank\(others == 1 ? "" : "s") \(files == 1 ? "it uses" : "they use")"
            let unread = catalog.failures.count
            let failed = unread == 0 ? "" : "; \(unread) file\(unread == 1 ? "" : "s") could not be read"
            print("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")\(banks)\(failed)")
        }
        for failure in catalog.failures {
            printError("\(failure)\n")
        }
        if !catalog.failures.isEmpty { throw ExitCode(2) }
        if all.hasErrors || (strict && all.contains { $0.severity == .warning }) { throw ExitCode(1) }
    }
}
