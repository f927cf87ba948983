import ArgumentParser

/// The `mockloop` command: lists the subcommands; every piece of work lives in the libraries.
@main
struct MockloopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mockloop",
        abstract: "Practise Amazon-style interview loops with a scripted bar-raiser interviewer.",
        subcommands: [RunCommand.self, ResumeCommand.self, ReportCommand.self, ReplayCommand.self, ValidateCommand.self, TestCommand.self, NewCommand.self, CoverageCommand.self, ExploreCommand.self, ListCommand.self, SchemaCommand.self, AnalyzeCommand.self]
    )
}
