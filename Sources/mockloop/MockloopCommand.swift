import ArgumentParser
import Foundation

/// The `mockloop` command: lists the subcommands; every piece of work lives in the libraries.
@main
struct MockloopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mockloop",
        abstract: "Practise Amazon-style interview loops with a scripted bar-raiser interviewer.",
        subcommands: [RunCommand.self, ResumeCommand.self, ReportCommand.self, ReplayCommand.self, StoryCommand.self, StoriesCommand.self, ProgressCommand.self, ValidateCommand.self, TestCommand.self, NewCommand.self, CoverageCommand.self, ExploreCommand.self, ListCommand.self, SchemaCommand.self, AnalyzeCommand.self]
    )

    /// Parses and runs a command as swift-argument-parser does, but writes its messages (help,
    /// usage errors, which may quote what was typed) through `TerminalOutput` like every other
    /// line mockloop prints.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { print(message) } else { printError(message + "\n") }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
