import ArgumentParser
import Foundation
import InterviewScript

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}

/// `mockloop list`: the loops a candidate can run.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the loops you can run (shipped ones and your own).",
        discussion: "Shipped loops come from scripts/loops; your own from $MOCKLOOP_HOME/loops (default ~/.local/share/mockloop/loops)."
    )

    @Flag(help: "Print the loops as JSON.")
    var json = false

    @Flag(help: "List the 16 Leadership Principles with the ids scripts and stories use.")
    var principles = false

    func run() throws {
        if principles {
            let width = LeadershipPrinciple.allCases.map(\.id.count).max() ?? 0
            for principle in LeadershipPrinciple.allCases {
                print("\(String(principle.number).leftPadded(2))  \(principle.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(principle.name)")
            }
            return
        }
        let catalog = ScriptCatalog.everything()
        let loops = catalog.library.loops.sorted { ($0.area.rawValue, $0.id) < ($1.area.rawValue, $1.id) }
        if json {
            print(listJSON(loops))
            return
        }
        guard !loops.isEmpty else {
            print("No loops found. Shipped loops live in scripts/loops; your own in \(DataFolders.userLoops.path).")
            throw ExitCode(1)
        }
        let style = TerminalStyle.forDescriptor(1)
        // `run ID` takes the first loop with the id (the user's come first); the others are
        // named under it instead of being listed as if they could be run.
        let runnable = catalog.library.loops
        for loop in loops where runnable.first(where: { $0.id == loop.id })?.file == loop.file {
            let practice = loop.isPractice ? " (practice)" : ""
            print(style.apply(.bold, to: loop.id) + "  \(loop.title)\(practice)")
            print("    \(loop.area.title) · \(loop.role)\(loop.level.map { " · \($0)" } ?? "") · \(loop.rounds.count) rounds · \(loop.file)")
            for other in runnable where other.id == loop.id && other.file != loop.file {
                let what = ScriptCatalog.isShipped(other) ? "replaces the shipped loop \(other.file)" : "hides \(other.file), which has the same id: give one of them another id"
                print(style.apply(.yellow, to: "    (\(what))"))
            }
            for round in loop.rounds {
                let barRaiser = round.isBarRaiser ? " [Bar Raiser]" : ""
                let principles = round.principleIDs.map(\.name).joined(separator: ", ")
                print(style.apply(.dim, to: "    - \(round.title) (\(round.interviewer))\(barRaiser): \(principles)"))
            }
        }
        if !catalog.tooLarge.isEmpty, let note = catalog.setAsideNote { printError("\(note)\n") }
        let broken = catalog.scripts.filter { $0.diagnostics.hasErrors }
        if !broken.isEmpty {
            let files = broken.map(\.file).joined(separator: ", ")
            printError("note: skipped scripts with errors (run `mockloop validate` on them): \(files)\n")
        }
    }

    private func listJSON(_ loops: [Loop]) -> String {
        let entries: [[String: Any]] = loops.map { loop in
            [
                "id": loop.id, "title": loop.title, "area": loop.area.rawValue, "role": loop.role,
                "level": loop.level ?? "", "practice": loop.isPractice, "file": loop.file,
                "rounds": loop.rounds.map { round in
                    ["title": round.title, "interviewer": round.interviewer, "barRaiser": round.isBarRaiser,
                     "principles": round.principleIDs.map(\.id)] as [String: Any]
                },
            ]
        }
        let data = (try? JSONSerialization.data(withJSONObject: entries, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
