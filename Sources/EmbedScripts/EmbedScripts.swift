import Foundation
import InterviewScript

// Writes the Swift source that compiles the shipped loop scripts into mockloop, after checking
// them: EmbedScripts <scripts/loops folder> <output .swift file>
// Run by the EmbedShippedScripts build-tool plugin on every build that changes a script.

/// The generator (a `@main` type, not top-level code, so it builds with `-parse-as-library`
/// as the fuzz build passes to every target).
@main
enum EmbedScripts {
    /// The folder name the compiled-in scripts are shown under (never a real path); the same as
    /// `ShippedScripts.folder`.
    static let folderName = "<shipped>"

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("EmbedScripts: \(message)\n".utf8))
        exit(1)
    }

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
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { fail("\(url.path) is not UTF-8 text") }
            files.append((relative, text))
        }
        files.sort { $0.path < $1.path }

        // Checked here, at build time: a shipped script with an error does not build, so a run
        // can read only what its loop needs without checking the whole library again.
        let parsed = files.map { ScriptParser.parse(Array($0.text.utf8), file: "\(folderName)/\($0.path)") }
        let library = ScriptLibrary(scripts: parsed.filter { $0.loop != nil }, fallbackBanks: parsed.filter { $0.bank != nil })
        let errors = parsed.flatMap(\.diagnostics).filter { $0.severity == .error }
            + LibraryValidator().validate(library).filter { $0.severity == .error }
        if !errors.isEmpty {
            // Reported at the files' real paths, for the coach who edits them.
            let real = files.map { ScriptParser.parse(Array($0.text.utf8), file: folder.appendingPathComponent($0.path).path) }
            let realLibrary = ScriptLibrary(scripts: real.filter { $0.loop != nil }, fallbackBanks: real.filter { $0.bank != nil })
            let found = real.flatMap(\.diagnostics).filter { $0.severity == .error } + LibraryValidator().validate(realLibrary).filter { $0.severity == .error }
            let sources = Dictionary(uniqueKeysWithValues: zip(real.map(\.file), files.map(\.text)))
            fail("the shipped scripts have errors; fix them and build again (`mockloop validate \(folder.path)` checks them too):\n"
                 + DiagnosticRenderer(sources: sources).render(found))
        }

        var source = """
        // Generated at build time by the EmbedShippedScripts plugin from scripts/loops. Do not edit.

        /// The shipped scripts, by path inside scripts/loops, as their text, with an outline of
        /// their loops and questions (see `ShippedOutline`).
        enum EmbeddedScripts {
            static let files: [(path: String, text: String)] = [

        """
        for file in files {
            let delimiter = hashes(for: file.text)
            source += "        (\(delimiter)\"\(file.path)\"\(delimiter), \(delimiter)\"\"\"\n\(file.text)\n\"\"\"\(delimiter)),\n"
        }
        source += "    ]\n\n"
        let outline = outlineText(parsed)
        let delimiter = hashes(for: outline)
        source += "    static let outline: String = \(delimiter)\"\"\"\n\(outline)\n\"\"\"\(delimiter)\n}\n"
        do {
            try source.write(to: output, atomically: true, encoding: .utf8)
        } catch {
            fail("cannot write \(output.path): \(error)")
        }
    }

    /// A raw-string delimiter that the text cannot close early.
    static func hashes(for text: String) -> String {
        var delimiter = "#"
        while text.contains("\"\"\"" + delimiter) || text.contains("\"" + delimiter) { delimiter += "#" }
        return delimiter
    }

    /// One line per loop (`loop`, file index, id, the first and last line of its `tests:`
    /// section or 0 and 0) and per bank question (`question`, file
    /// index, the line and column of its id, id, areas, principles, theme, text), then the rest of the question, a line each: `tags` (the tags),
    /// `probe` (kind, text), `signal` (principle, phrase) and `example` (line, column, parts,
    /// signals, answer). Fields are separated by tabs, with tab, newline and backslash escaped.
    /// The format `ShippedOutline` reads.
    static func outlineText(_ parsed: [ParsedScript]) -> String {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
        }
        var lines: [String] = []
        for (index, script) in parsed.enumerated() {
            if let loop = script.loop {
                let tests = testsLines(of: script) ?? (0, 0)
                lines.append(["loop", String(index), escaped(loop.id), String(tests.first), String(tests.last)].joined(separator: "\t"))
            }
            guard let bank = script.bank else { continue }
            for question in bank.questions {
                lines.append([
                    "question", String(index), String(question.location.line), String(question.location.column),
                    escaped(question.id), question.areas.map(\.rawValue).joined(separator: ","),
                    question.principles.map(\.rawValue).joined(separator: ","), escaped(question.theme ?? ""), escaped(question.text),
                ].joined(separator: "\t"))
                if !question.tags.isEmpty { lines.append("tags\t" + question.tags.map(escaped).joined(separator: "\t")) }
                for kind in ProbeKind.allCases {
                    for text in question.probes[kind] ?? [] { lines.append(["probe", kind.rawValue, escaped(text)].joined(separator: "\t")) }
                }
                for principle in LeadershipPrinciple.allCases {
                    for phrase in question.signals[principle] ?? [] { lines.append(["signal", principle.rawValue, escaped(phrase)].joined(separator: "\t")) }
                }
                for example in question.examples {
                    lines.append(["example", String(example.location.line), String(example.location.column), example.parts.map(\.rawValue).joined(separator: ","),
                                  example.signals.map(\.rawValue).joined(separator: ","), escaped(example.answer)].joined(separator: "\t"))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The lines of a loop's top-level `tests:` section (from its key to the line before the
    /// next top-level key), if the loop parses to the same loop with them left blank: a run reads
    /// the loop without its test plans, which are most of a shipped loop's file.
    static func testsLines(of script: ParsedScript) -> (first: Int, last: Int)? {
        let lines = script.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("tests:") }) else { return nil }
        var end = start + 1
        while end < lines.count, !(lines[end].first.map { $0.isLetter } ?? false) { end += 1 }
        var blanked = lines
        for index in start..<end { blanked[index] = "" }
        let parsed = ScriptParser.parse(Array(blanked.joined(separator: "\n").utf8), file: script.file)
        guard var loop = parsed.loop, var whole = script.loop, parsed.diagnostics.isEmpty else { return nil }
        loop.tests = []
        whole.tests = []
        guard String(describing: loop) == String(describing: whole) else { return nil }
        return (start + 1, end)
    }
}
