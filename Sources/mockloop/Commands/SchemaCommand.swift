import ArgumentParser
import InterviewScript

/// `mockloop schema`: prints the JSON Schema of the loop-script format.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of loop scripts, for editors (also in schema/mockloop.schema.json)."
    )

    func run() {
        print(SchemaGenerator.schemaJSON(), terminator: "")
    }
}
