import InterviewScript

/// An outline of the shipped scripts, made when they were embedded and checked: the file of each
/// loop, and each bank question's id, text, principles, areas, theme and place. It is enough to
/// draw a session's questions without parsing any bank; `questions(_:)` then parses only the
/// drawn questions, each from its own lines. That is what keeps start-up quick: parsing every
/// shipped file took most of the time before the first question.
public struct ShippedOutline: Sendable {
    /// One bank question in outline, and where its list item is in its file.
    struct Entry: Sendable {
        var file: Int
        var firstLine: Int
        var lastLine: Int
        /// The question without its probes, signals and examples.
        var question: Question
    }

    let loopFiles: [String: Int]
    let entries: [Entry]

    /// The outline of the scripts compiled into this binary.
    public static let builtIn = ShippedOutline(EmbeddedScripts.outline)

    init(_ text: String) {
        var loops: [String: Int] = [:], entries: [Entry] = []
        let files = EmbeddedScripts.files
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { Self.unescaped(String($0)) }
            switch fields.first {
            case "loop" where fields.count == 3:
                if let file = Int(fields[1]) { loops[fields[2]] = file }
            case "question" where fields.count == 11:
                guard let file = Int(fields[1]), files.indices.contains(file), let first = Int(fields[2]), let last = Int(fields[3]),
                      let line = Int(fields[4]), let column = Int(fields[5]) else { continue }
                let question = Question(
                    id: fields[6], text: fields[10],
                    principles: fields[8].split(separator: ",").compactMap { LeadershipPrinciple(rawValue: String($0)) },
                    theme: fields[9].isEmpty ? nil : fields[9],
                    areas: fields[7].split(separator: ",").compactMap { Area(rawValue: String($0)) },
                    location: SourceLocation(file: "\(ShippedScripts.folder)/\(files[file].path)", line: line, column: column))
                entries.append(Entry(file: file, firstLine: first, lastLine: last, question: question))
            default:
                continue
            }
        }
        loopFiles = loops
        self.entries = entries
    }

    /// The ids of the shipped loops.
    public var loopIDs: [String] { loopFiles.keys.sorted() }

    /// The shipped loop with this id, parsed from its own file.
    public func loop(id: String) -> ParsedScript? {
        guard let file = loopFiles[id] else { return nil }
        let (path, text) = EmbeddedScripts.files[file]
        return ScriptParser.parse(Array(text.utf8), file: "\(ShippedScripts.folder)/\(path)")
    }

    /// Every shipped bank in outline, in file order: each question without its probes, signals
    /// and examples. Enough for `InterviewPlan` to draw from.
    public var banks: [QuestionBank] {
        var order: [Int] = [], byFile: [Int: [Question]] = [:]
        for entry in entries {
            if byFile[entry.file] == nil { order.append(entry.file) }
            byFile[entry.file, default: []].append(entry.question)
        }
        return order.map { QuestionBank(file: "\(ShippedScripts.folder)/\(EmbeddedScripts.files[$0].path)", questions: byFile[$0]!) }
    }

    /// The shipped questions with these ids, whole, each parsed from only its own lines: every
    /// other question's lines are left blank, so the places in the file stay as they are.
    public func questions(_ ids: Set<String>) -> [String: Question] {
        var wanted: [Int: [Entry]] = [:]
        for entry in entries where ids.contains(entry.question.id) { wanted[entry.file, default: []].append(entry) }
        // Each file's drawn questions in one parse, the files on every core.
        let parsed = wanted.sorted { $0.key < $1.key }.concurrentMap { file, items in questions(in: file, items: items, ids: ids) }
        var found: [String: Question] = [:]
        for question in parsed.joined() { found[question.id] = question }
        return found
    }

    /// The questions `items` of one file, parsed from their own lines (the file's head kept).
    private func questions(in file: Int, items: [Entry], ids: Set<String>) -> [Question] {
        let (path, text) = EmbeddedScripts.files[file]
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let firstItem = entries.filter { $0.file == file }.map(\.firstLine).min() ?? 1
        var keep = [Bool](repeating: false, count: lines.count)
        for index in 0..<min(firstItem - 1, lines.count) { keep[index] = true }
        for item in items {
            for line in max(1, item.firstLine)...max(1, min(item.lastLine, lines.count)) { keep[line - 1] = true }
        }
        for index in lines.indices where !keep[index] { lines[index] = "" }
        let parsed = ScriptParser.parse(Array(lines.joined(separator: "\n").utf8), file: "\(ShippedScripts.folder)/\(path)")
        return (parsed.bank?.questions ?? []).filter { ids.contains($0.id) }
    }

    private static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = "", escaping = false
        for character in text {
            if escaping {
                out.append(character == "t" ? "\t" : character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
