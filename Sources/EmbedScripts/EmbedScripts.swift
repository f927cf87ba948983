import Foundation

// Writes the Swift source that compiles the shipped loop scripts into mockloop:
//   EmbedScripts <scripts/loops folder> <output .swift file>
// Run by the EmbedShippedScripts build-tool plugin on every build that changes a script.

/// The generator (a `@main` type, not top-level code, so it builds with `-parse-as-library`
/// as the fuzz build passes to every target).
@main
enum EmbedScripts {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count == 3 else {
            FileHandle.standardError.write(Data("usage: EmbedScripts <scripts folder> <output file>\n".utf8))
            exit(2)
        }
        let folder = URL(fileURLWithPath: arguments[1]).standardizedFileURL
        let output = URL(fileURLWithPath: arguments[2])

        var files: [(path: String, text: String)] = []
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            guard ["yaml", "yml"].contains(url.pathExtension.lowercased()) else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1))
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                FileHandle.standardError.write(Data("EmbedScripts: \(url.path) is not UTF-8 text\n".utf8))
                exit(1)
            }
            files.append((relative, text))
        }
        files.sort { $0.path < $1.path }

        /// A raw-string delimiter that the text cannot close early.
        func hashes(for text: String) -> String {
            var delimiter = "#"
            while text.contains("\"\"\"" + delimiter) || text.contains("\"" + delimiter) { delimiter += "#" }
            return delimiter
        }

        var source = """
        // Generated at build time by the EmbedShippedScripts plugin from scripts/loops. Do not edit.

        /// The shipped scripts, by path inside scripts/loops, as their text.
        enum EmbeddedScripts {
            static let files: [(path: String, text: String)] = [

        """
        for file in files {
            let delimiter = hashes(for: file.text)
            source += "        (\(delimiter)\"\(file.path)\"\(delimiter), \(delimiter)\"\"\"\n\(file.text)\n\"\"\"\(delimiter)),\n"
        }
        source += "    ]\n}\n"
        do {
            try source.write(to: output, atomically: true, encoding: .utf8)
        } catch {
            FileHandle.standardError.write(Data("EmbedScripts: cannot write \(output.path): \(error)\n".utf8))
            exit(1)
        }
    }
}
