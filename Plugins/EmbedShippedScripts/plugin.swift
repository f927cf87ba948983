import Foundation
import PackagePlugin

/// Compiles the shipped loop scripts (scripts/loops) into the target that uses it, so an
/// installed mockloop needs no files beside it. Every script is an input of the build command,
/// so changing one regenerates the embedded copy.
@main
struct EmbedShippedScripts: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "scripts/loops")
        var inputs: [URL] = []
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            if ["yaml", "yml"].contains(url.pathExtension.lowercased()) { inputs.append(url) }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedScripts.swift")
        return [
            .buildCommand(
                displayName: "Embedding the shipped loop scripts",
                executable: try context.tool(named: "EmbedScripts").url,
                arguments: [folder.path, output.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            ),
        ]
    }
}
