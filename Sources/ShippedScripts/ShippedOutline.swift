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

    /// A loop's file, and the lines of its `tests:` section (0 and 0 when it has none).
    struct LoopEntry: Sendable {
        var file: Int
        var testsFirstLine: Int
        var testsLastLine: Int
    }

    let loopFiles: [String: LoopEntry]
    let entries: [Entry]

    /// The outline of the scripts compiled into this binary.
    public static let builtIn = ShippedOutline(EmbeddedScripts.outline)

    init(_ text: String) {
        var loops: [String: LoopEntry] = [:], entries: [Entry] = []
        let files = EmbeddedScripts.files
        let paths = files.map { "\(ShippedScripts.folder)/\($0.path)" }
        // Split as bytes: splitting a String by Characters was most of the outline's time.
        for line in text.utf8.split(separator: 0x0A) {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { Self.unescaped(Substring($0)) }
            switch fields.first {
            case "loop" where fields.count == 5:
                if let file = Int(fields[1]), let first = Int(fields[3]), let last = Int(fields[4]) {
                    loops[fields[2]] = LoopEntry(file: file, testsFirstLine: first, testsLastLine: last)
                }
            case "question" where fields.count == 11:
                guard let file = Int(fields[1]), files.indices.contains(file), let first = Int(fields[2]), let last = Int(fields[3]),
                      let line = Int(fields[4]), let column = Int(fields[5]) else { continue }
                let question = Question(
                    id: fields[6], text: fields[10],
                    principles: fields[8].split(separator: ",").compactMap { LeadershipPrinciple(rawValue: String($0)) },
                    theme: fields[9].isEmpty ? nil : fields[9],
                    areas: fields[7].split(separator: ",").compactMap { Area(rawValue: String($0)) },
                    location: SourceLocation(file: paths[file], line: line, column: column))
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

    /// The shipped loop with this id, parsed from its own file without its test plans (a run
    /// does not need them, and they are most of the file): their lines are left blank, so every
    /// place in the file stays as it is, and the script's text and fingerprint are the whole
    /// file's, so a journal's script check sees the file as it is.
    public func loop(id: String) -> ParsedScript? {
        guard let entry = loopFiles[id] else { return nil }
        let (path, text) = EmbeddedScripts.files[entry.file]
        let file = "\(ShippedScripts.folder)/\(path)"
        guard entry.testsFirstLine > 0 else { return ScriptParser.parse(Array(text.utf8), file: file) }
        let blank = entry.testsFirstLine...entry.testsLastLine
        var parsed = ScriptParser.parse(Self.bytes(of: text) { blank.contains($0 + 1) }, file: file)
        parsed.text = text
        parsed.fingerprint = Fingerprint.fnv1a(text.utf8)
        return parsed
    }

    /// The bytes of `text` with the lines (numbered from 0) that `blank` picks left empty.
    private static func bytes(of text: String, blank: (Int) -> Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for (index, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if index > 0 { bytes.append(0x0A) }
            if !blank(index) { bytes.append(contentsOf: line) }
        }
        return bytes
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
        let lineCount = text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let firstItem = entries.filter { $0.file == file }.map(\.firstLine).min() ?? 1
        var keep = [Bool](repeating: false, count: lineCount)
        for index in 0..<min(firstItem - 1, lineCount) { keep[index] = true }
        for item in items {
            for line in max(1, item.firstLine)...max(1, min(item.lastLine, lineCount)) { keep[line - 1] = true }
        }
        let parsed = ScriptParser.parse(Self.bytes(of: text) { !keep[$0] }, file: "\(ShippedScripts.folder)/\(path)")
        return (parsed.bank?.questions ?? []).filter { ids.contains($0.id) }
    }

    private static func unescaped(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return String(text) }
        var out: [UInt8] = [], escaping = false
        for byte in text.utf8 {
            if escaping {
                out.append(byte == UInt8(ascii: "t") ? 0x09 : byte == UInt8(ascii: "n") ? 0x0A : byte)
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
