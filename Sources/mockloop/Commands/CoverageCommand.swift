import ArgumentParser
import Foundation
import InterviewScript
import Simulator

/// `mockloop coverage`: which interviewer covers what, and what the test plans never reach.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Show a loop's principle-by-round table, its gaps and overlaps, and what its test plans never reach."
    )

    @Argument(help: "Loop scripts or folders.")
    var paths: [String]

    func run() throws {
        let catalog = ScriptCatalog.named(paths)
        let loops = catalog.library.loops.filter { catalog.named.contains($0.file) }.sorted { $0.id < $1.id }
        guard !loops.isEmpty else { throw ValidationError("No loops found in \(paths.joined(separator: " ")).") }
        for (index, loop) in loops.enumerated() {
            if index > 0 { print("") }
            let results = TestPlanRunner(loop: loop, library: catalog.library, reader: AnalyzerReader.make()).run()
            print(CoverageReport(loop: loop, library: catalog.library, results: results).render())
        }
    }
}

/// `mockloop explore`: many seeded random candidates through a loop.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Play many seeded random candidates through a loop and report what is never reached, dead ends and runaways.",
        discussion: "Each candidate answers with a random mix of STAR parts present or missing (\"we\" or \"I\", numbers or none, sometimes hypothetical or vague) and the odd command. Exit status 1 when a dead end, a runaway session or an exceeded follow-up limit is found."
    )

    @Argument(help: "The loop's id or script.")
    var loop: String

    @Option(help: "How many candidates.")
    var runs: Int = 1000

    @Option(help: "Seed for the candidates.")
    var seed: UInt64 = 1

    func validate() throws {
        if runs < 1 || runs > 10_000_000 { throw ValidationError("--runs must be between 1 and 10,000,000.") }
    }

    func run() throws {
        let (catalog, found) = ScriptCatalog.forLoop(loop)
        guard let chosen = found else { throw ValidationError("No loop '\(loop)'. Run `mockloop list` to see them.") }
        let errors = SessionLauncher.blockingErrors(for: chosen, in: catalog)
        if !errors.isEmpty { throw ValidationError("The loop has errors; run `mockloop validate \(chosen.file)`.") }
        let clock = ContinuousClock()
        let start = clock.now
        let report = Explorer(loop: chosen, library: catalog.library, reader: AnalyzerReader.make()).explore(runs: runs, seed: seed)
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("\(chosen.id): \(report.runs) candidates, \(report.steps) inputs, \(report.finished) reached the end, in \(String(format: "%.2f", seconds)) s")
        var unreached: [String] = []
        for (index, _) in chosen.rounds.enumerated() {
            let missing = chosen.probing.order.filter { !report.probesFired.contains("R\(index + 1)/\($0.rawValue)") }
            if !missing.isEmpty { unreached.append("  round \(index + 1): follow-ups never fired: \(missing.map(\.rawValue).joined(separator: ", "))") }
            if !report.closingsReached.contains(index + 1) { unreached.append("  round \(index + 1): the candidate's questions were never reached") }
        }
        print(unreached.isEmpty ? "Every follow-up kind fired in every round, and every closing was reached." : "Never reached:\n" + unreached.joined(separator: "\n"))
        let problems = report.deadEnds + report.runaway + report.probeLimitExceeded
        if problems.isEmpty {
            print("No dead ends, runaway sessions or exceeded follow-up limits.")
        } else {
            print("Problems (\(problems.count)):")
            for problem in problems.prefix(20) { print("  \(problem)") }
            throw ExitCode(1)
        }
    }
}
