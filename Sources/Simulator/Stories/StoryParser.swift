import Foundation
import InterviewScript
import Yams

/// A story file after reading: the story (nil when an error stops it from being used), the
/// text for printing source lines under diagnostics, and every problem found, each with its
/// place (`path:line:col`).
public struct ParsedStory: Sendable {
    public var file: String
    public var text: String
    public var story: Story?
    public var diagnostics: [Diagnostic]

    public init(file: String, text: String, story: Story?, diagnostics: [Diagnostic]) {
        self.file = file
        self.text = text
        self.story = story
        self.diagnostics = diagnostics
    }
}

/// Reads a story file: an optional YAML front matter between `---` lines, then Markdown with
/// `## Situation`, `## Task`, `## Action`, `## Result` and `## Learned` headings (or their
/// aliases in data/lexicon/story-headings.txt), or free text. HTML comments (the template's
/// instructions) are dropped. It does no I/O: the caller reads at most `maxBytes` and passes
/// the bytes in.
public enum StoryParser {
    /// The largest story file read (a story told in three minutes is about 3 KB).
    public static let maxBytes = 256 << 10

    /// The front matter keys, in the order the template writes them.
    static let keys = ["title", "principles", "when", "role", "tags"]

    public static func parse(_ bytes: [UInt8], file: String, id: String) -> ParsedStory {
        if bytes.count > maxBytes {
            return ParsedStory(file: file, text: "", story: nil, diagnostics: [Diagnostic(.fileTooLarge, "the story file is \(bytes.count) bytes; a story file may be at most \(maxBytes / 1024) KB (a story told in three minutes is about 3 KB)", file: file)])
        }
        let text: String
        do {
            text = try AnswerTextDecoder.decode(bytes)
        } catch {
            return ParsedStory(file: file, text: "", story: nil, diagnostics: [Diagnostic(.notText, "the story file is \(error)", file: file)])
        }
        var reader = Reader(file: file, lines: text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) })
        let story = reader.read(id: id)
        return ParsedStory(file: file, text: text, story: reader.diagnostics.hasErrors ? nil : story, diagnostics: reader.diagnostics.sortedByLocation())
    }

    /// The part a heading names, if any.
    static func part(forHeading heading: String) -> Story.Part? {
        headingParts[heading.lowercased()]
    }

    private static let headingParts: [String: Story.Part] = {
        var table: [String: Story.Part] = [:]
        for section in LineCatalogue.embedded("story-headings").sections {
            guard let part = Story.Part(rawValue: section.name) else { continue }
            for line in section.lines { table[line] = part }
        }
        return table
    }()

    /// One pass over the lines of one file.
    private struct Reader {
        let file: String
        var lines: [String]
        var diagnostics: [Diagnostic] = []

        init(file: String, lines: [String]) {
            self.file = file
            self.lines = lines
        }

        func location(_ line: Int, _ column: Int = 1) -> SourceLocation {
            SourceLocation(file: file, line: line, column: column)
        }

        mutating func read(id: String) -> Story? {
            var fields = FrontMatter()
            var bodyStart = 0
            if let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" {
                guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingCharacters(in: .whitespaces)) }) else {
                    diagnostics.append(Diagnostic(.frontMatterNotClosed, "the front matter that starts here has no closing `---` line; add one after the last key (`principles: [...]`)", at: location(1)))
                    return nil
                }
                fields = frontMatter(lines[1..<close].joined(separator: "\n"))
                bodyStart = close + 1
            }
            stripComments(from: bodyStart)
            let (sections, headingTitle) = body(from: bodyStart)
            guard let title = fields.title ?? headingTitle else {
                // A broken front matter already said what is wrong with the title line.
                if !diagnostics.hasErrors { diagnostics.append(Diagnostic(.missingField, "the story has no title: add `title: ...` to its front matter, or a `# Title` line above the story", at: location(1))) }
                return nil
            }
            if sections.isEmpty {
                diagnostics.append(Diagnostic(.emptyStory, "there is no story under the front matter: write it under `## Situation`, `## Task`, `## Action` and `## Result`, or as plain paragraphs", at: location(bodyStart + 1)))
                return nil
            }
            if fields.principles.isEmpty {
                diagnostics.append(Diagnostic(.noPrinciplesClaimed, "the story names no principle it is meant for; add `principles: [dive-deep, ownership]` to its front matter so `mockloop stories` can place it", at: location(1)))
            }
            return Story(id: id, file: file, title: title, principles: fields.principles, when: fields.when, role: fields.role, tags: fields.tags, sections: sections)
        }

        // MARK: Front matter

        struct FrontMatter {
            var title: String?
            var principles: [LeadershipPrinciple] = []
            var when: String?
            var role: String?
            var tags: [String] = []
        }

        /// The front matter's fields; `yaml` starts on the file's line 2.
        mutating func frontMatter(_ yaml: String) -> FrontMatter {
            var fields = FrontMatter()
            guard !yaml.allSatisfy(\.isWhitespace) else { return fields }
            let root: Node
            do {
                guard let composed = try Yams.compose(yaml: yaml, .basic) else { return fields }
                root = composed
            } catch {
                diagnostics += YAMLErrorTranslation.diagnostics(for: error, text: yaml, file: file).map(shifted)
                return fields
            }
            guard let mapping = root.mapping else {
                diagnostics.append(Diagnostic(.wrongType, "the front matter should be `key: value` lines (title, principles, when, role, tags)", at: place(root)))
                return fields
            }
            for (keyNode, value) in mapping {
                guard let key = keyNode.scalar?.string else { continue }
                switch key {
                case "title": fields.title = text(value, key)
                case "when": fields.when = text(value, key)
                case "role": fields.role = text(value, key)
                case "tags": fields.tags = list(value, key)
                case "principles":
                    fields.principles = principles(value)
                default:
                    // Note apps add keys of their own (aliases, created, ...): only a likely
                    // typo of one of ours is worth a word.
                    if let meant = Suggestion.closest(to: key, in: StoryParser.keys) {
                        diagnostics.append(Diagnostic(.unknownKey, "'\(key)' is not a story key, so it is ignored; did you mean '\(meant)'?", at: place(keyNode), severity: .warning))
                    }
                }
            }
            return fields
        }

        /// A diagnostic from the front matter's own text, moved to its line in the file.
        func shifted(_ diagnostic: Diagnostic) -> Diagnostic {
            var moved = diagnostic
            if var location = moved.location {
                location.line += 1
                moved.location = location
            }
            return moved
        }

        func place(_ node: Node) -> SourceLocation {
            location((node.mark?.line ?? 1) + 1, node.mark?.column ?? 1)
        }

        mutating func text(_ node: Node, _ key: String) -> String? {
            guard let value = node.scalar?.string else {
                diagnostics.append(Diagnostic(.wrongType, "`\(key)` should be one line of text", at: place(node)))
                return nil
            }
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }

        /// A list, written as a YAML sequence or as one comma-separated line.
        mutating func list(_ node: Node, _ key: String) -> [String] {
            items(node, key).map(\.text)
        }

        mutating func items(_ node: Node, _ key: String) -> [(text: String, node: Node)] {
            if let sequence = node.sequence {
                return sequence.compactMap { item in
                    guard let value = item.scalar?.string else {
                        diagnostics.append(Diagnostic(.wrongType, "each entry of `\(key)` should be a word or a short phrase", at: place(item)))
                        return nil
                    }
                    return (value.trimmingCharacters(in: .whitespaces), item)
                }.filter { !$0.text.isEmpty }
            }
            if let value = node.scalar?.string {
                return value.split(separator: ",").map { (String($0).trimmingCharacters(in: .whitespaces), node) }.filter { !$0.text.isEmpty }
            }
            diagnostics.append(Diagnostic(.wrongType, "`\(key)` should be a list, such as `[\(key == "tags" ? "on-call, alarms" : "dive-deep, ownership")]`", at: place(node)))
            return []
        }

        mutating func principles(_ node: Node) -> [LeadershipPrinciple] {
            var result: [LeadershipPrinciple] = []
            let ids = LeadershipPrinciple.allCases.map(\.id)
            for (value, item) in items(node, "principles") {
                let normalized = Suggestion.normalize(value)
                guard let principle = LeadershipPrinciple.allCases.first(where: { $0.id == normalized || Suggestion.normalize($0.name) == normalized }) else {
                    diagnostics.append(Diagnostic(.unknownPrinciple, "'\(value)' is not a Leadership Principle id\(Suggestion.didYouMean(value, in: ids)) (`mockloop list --principles` shows them)", at: place(item)))
                    continue
                }
                if result.contains(principle) {
                    diagnostics.append(Diagnostic(.duplicateID, "'\(value)' is listed twice; keep one", at: place(item), severity: .warning))
                    continue
                }
                result.append(principle)
            }
            return result
        }

        // MARK: Body

        /// Blanks out HTML comments (the template's instructions), keeping every line in place.
        mutating func stripComments(from start: Int) {
            var inComment = false
            for index in lines.indices where index >= start {
                var line = lines[index][...]
                var kept = ""
                while !line.isEmpty {
                    if inComment {
                        guard let end = line.range(of: "-->") else { line = ""; break }
                        line = line[end.upperBound...]
                        inComment = false
                    } else if let open = line.range(of: "<!--") {
                        kept += line[..<open.lowerBound]
                        line = line[open.upperBound...]
                        inComment = true
                    } else {
                        kept += line
                        line = ""
                    }
                }
                lines[index] = kept
            }
        }

        /// The sections under the front matter, and a `# Title` heading if the story has one.
        mutating func body(from start: Int) -> (sections: [Story.Section], title: String?) {
            var sections: [Story.Section] = []
            var title: String?
            var current: (part: Story.Part?, lines: [String], line: Int?) = (nil, [], nil)
            var seen: Set<Story.Part> = []
            func flush() {
                let text = current.lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { sections.append(Story.Section(part: current.part, text: text, line: current.line ?? 1)) }
            }
            func begin(_ part: Story.Part, at number: Int, column: Int) -> (Story.Part?, [String], Int?) {
                if seen.contains(part) {
                    diagnostics.append(Diagnostic(.storyPartTwice, "a second `\(part.rawValue)` heading; its text is read together with the first", at: location(number, column)))
                }
                seen.insert(part)
                return (part, [], nil)
            }
            for index in lines.indices where index >= start {
                let number = index + 1
                let line = lines[index]
                if let heading = Self.heading(line) {
                    if heading.level == 1, title == nil, sections.isEmpty, current.lines.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
                        title = heading.text
                        continue
                    }
                    if let part = StoryParser.part(forHeading: heading.text) {
                        flush()
                        current = begin(part, at: number, column: heading.column)
                    } else {
                        let names = Story.Part.allCases.map { $0.rawValue.capitalized }
                        let meant = Suggestion.closest(to: heading.text, in: names)
                        let advice = meant.map { "; did you mean `## \($0)`?" } ?? "; the parts are Situation, Task, Action, Result and Learned"
                        diagnostics.append(Diagnostic(.unknownStoryHeading, "'\(heading.text)' is not a part of a story, so its text is read as part of the one above\(advice)", at: location(number, heading.column)))
                    }
                    continue
                }
                if let label = Self.label(line), let part = StoryParser.part(forHeading: label.name) {
                    flush()
                    current = begin(part, at: number, column: 1)
                    current.lines = [label.rest]
                    current.line = number
                    continue
                }
                if current.line == nil, !line.allSatisfy(\.isWhitespace) { current.line = number }
                current.lines.append(line)
            }
            flush()
            return (sections, title)
        }

        /// A Markdown heading: its level, its text without `#` marks, a trailing colon or `**`,
        /// and the column where the text starts.
        static func heading(_ line: String) -> (level: Int, text: String, column: Int)? {
            let marks = line.prefix { $0 == "#" }.count
            guard marks >= 1, marks <= 6 else { return nil }
            let rest = line.dropFirst(marks)
            guard let first = rest.first, first == " " || first == "\t" else { return nil }
            let leading = rest.prefix { $0 == " " || $0 == "\t" }.count
            var text = rest.trimmingCharacters(in: .whitespaces)
            while text.hasSuffix("#") { text.removeLast() }
            text = cleaned(text)
            guard !text.isEmpty else { return nil }
            return (marks, text, marks + leading + 1)
        }

        /// A line that opens with a part's name as a label: `Result: ...` or `**Result:** ...`.
        static func label(_ line: String) -> (name: String, rest: String)? {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = cleaned(String(line[..<colon]))
            guard !name.isEmpty, name.count <= 24 else { return nil }
            var rest = line[line.index(after: colon)...]
            while rest.hasPrefix("*") { rest = rest.dropFirst() }
            return (name, rest.trimmingCharacters(in: .whitespaces))
        }

        /// Heading text without emphasis marks and a trailing colon.
        static func cleaned(_ text: String) -> String {
            var text = text.trimmingCharacters(in: .whitespaces)
            for mark in ["**", "__", "*", "_"] where text.hasPrefix(mark) && text.hasSuffix(mark) && text.count > 2 * mark.count {
                text = String(text.dropFirst(mark.count).dropLast(mark.count))
            }
            while text.hasSuffix(":") { text.removeLast() }
            while text.hasPrefix("**") { text.removeFirst(2) }
            while text.hasSuffix("**") { text.removeLast(2) }
            while text.hasSuffix(":") { text.removeLast() }
            return text.trimmingCharacters(in: .whitespaces)
        }
    }
}
