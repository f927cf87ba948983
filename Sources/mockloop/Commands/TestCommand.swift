import ArgumentParser
import Foundation
import InterviewScript
import Simulator

/// `mockloop test`: runs the test plans of loop scripts.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the test plans in loop scripts: scripted answers and what the interviewer must do.",
        discussion: """
        Each plan in a loop's `tests:` feeds its answers to the interviewer (seeded, on a fixed \
        clock of one minute per step) and checks each step's `expect:`. A failure is printed as \
        `path:line:col: error: plan 'NAME', step N: expected ..., got ...`. Exit status 1 when a \
        plan fails or a loop has errors, 0 otherwise. Folders stand for the loops in them.

        With --record, each plan's `expect:` blocks are rewritten in the script with what the \
        interviewer did (the answers, comments and layout are kept; each step keeps the keys it \
        had), and the changed steps are listed: review them with `git diff` before keeping them.
        """
    )

    @Argument(help: "Loop scripts or folders.")
    var paths: [String]

    @Flag(help: "Print every plan, not only failures.")
    var verbose = false

    @Flag(help: "Rewrite each plan's expectations in the script with what the interviewer did.")
    var record = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name a loop script or folder, e.g. `mockloop test scripts/loops`.") }
    }

    func run() throws {
        let catalog = ScriptCatalog.named(paths)
        for failure in catalog.failures { printError("\(failure)\n") }
        let loops = catalog.library.loops.filter { catalog.named.contains($0.file) }
        guard !loops.isEmpty else {
            printError("mockloop: no loops found in \(paths.joined(separator: " "))\n")
            throw ExitCode(catalog.failures.isEmpty ? 1 : 2)
        }
        let style = TerminalStyle.forDescriptor(1)
        var failed = 0, passed = 0, broken = 0, untested: [String] = []
        for loop in loops.sorted(by: { $0.file < $1.file }) {
            let errors = SessionLauncher.blockingErrors(for: loop, in: catalog)
            if !errors.isEmpty {
                broken += 1
                print("\(loop.file): error: the loop has \(errors.count) error\(errors.count == 1 ? "" : "s"); run `mockloop validate \(loop.file)`")
                continue
            }
            if loop.tests.isEmpty { untested.append(loop.id) }
            let results = TestPlanRunner(loop: loop, library: catalog.library, reader: AnalyzerReader.make()).run(stoppingAtFirstFailure: !record)
            let renderer = DiagnosticRenderer(sources: catalog.sources)
            if record {
                try recordPlans(of: loop, results: results, sources: catalog.sources)
                continue
            }
            for result in results {
                if result.passed {
                    passed += 1
                    if verbose { print("\(style.apply(.green, to: "pass")) \(loop.id): \(result.plan.name) (\(result.plan.steps.count) steps)") }
                } else {
                    failed += 1
                    print("\(style.apply(.red, to: "FAIL")) \(loop.id): \(result.plan.name)")
                    for failure in result.failures {
                        print("  \(failure)")
                        if let excerpt = renderer.excerpt(at: failure.location) { print(excerpt.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")) }
                        if let why = failure.why, !why.isEmpty { print("    why: \(why)") }
                    }
                    if result.notRun > 0 {
                        let first = result.plan.steps.count - result.notRun + 1
                        print("    not run: step\(result.notRun == 1 ? " \(first)" : "s \(first)–\(result.plan.steps.count)") (each would answer another prompt than it was written for)")
                    }
                }
            }
        }
        if record { return }
        var summary = "\(passed) passed, \(failed) failed"
        if !untested.isEmpty { summary += " (no test plans: \(untested.joined(separator: ", ")))" }
        if broken > 0 { summary += "; \(broken) loop\(broken == 1 ? "" : "s") with errors" }
        print(summary)
        if failed > 0 || broken > 0 { throw ExitCode(1) }
    }

    /// Writes the re-recorded plans of `loop` back to its file (atomically) and says what changed.
    private func recordPlans(of loop: Loop, results: [TestPlanRunner.PlanResult], sources: [String: String]) throws {
        guard let text = sources[loop.file] else { return }
        let (recorded, changes) = TestPlanRecorder.rewrite(text, results: results)
        for change in changes {
            if !change.steps.isEmpty {
                print("recorded \(loop.id): \((change.plan)): step\(change.steps.count == 1 ? "" : "s") \(change.steps.map(String.init).joined(separator: ", "))")
            }
            if change.stepsAfterFinish > 0 {
                print("\((loop.file)): warning: plan '\((change.plan))' has \(change.stepsAfterFinish) step\(change.stepsAfterFinish == 1 ? "" : "s") after the loop finished; remove \(change.stepsAfterFinish == 1 ? "it" : "them")")
            }
        }
        guard recorded != text else {
            print("\(loop.id): every plan already matches")
            return
        }
        do {
            try recorded.write(toFile: loop.file, atomically: true, encoding: .utf8)
        } catch {
            printError("mockloop: cannot write \(loop.file): \(error)\n")
            throw ExitCode(2)
        }
    }
}
