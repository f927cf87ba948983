import InterviewScript

/// An outline of the shipped scripts, made when they were embedded and checked: the file of each
/// loop (and where its test plans are), and each bank question whole: id, text, principles,
/// areas, theme, tags, probes, signals, examples and places. It is enough to draw a session's
/// questions and ask them without parsing any bank. That is what keeps start-up quick: parsing
/// every shipped file took most of the time before the first question. Only what the draw needs
/// is read when the outline is made; a question's probes, signals and examples (most of the
/// outline) are read when `questions(_:)` asks for it.
public struct ShippedOutline: Sendable {
    /// One bank question, the file it is in, and where its probes, signals and examples are in
    /// the outline: they are most of the outline, and only the drawn questions need them.
    struct Entry: Sendable {
        var file: Int
        /// The question without its probes, signals and examples.
        var question: Question
        /// The byte offsets of the question's probe, signal and example lines in the outline.
        var details: Range<Int>
    }

    /// A loop's file, and the lines of its `tests:` section (0 and 0 when it has none).
    struct LoopEntry: Sendable {
        var file: Int
        var testsFirstLine: Int
        var testsLastLine: Int
    }

    let text: String
    let loopFiles: [String: LoopEntry]
    let entries: [Entry]
    private let paths: [String]

    /// The outline of the scripts compiled into this binary.
    public static let builtIn = ShippedOutline(EmbeddedScripts.outline)

    /// Reads the loop and question lines; the detail lines of each question are only located.
    init(_ text: String) {
        var loops: [String: LoopEntry] = [:], entries: [Entry] = []
        let files = EmbeddedScripts.files
        let paths = files.map { "\(ShippedScripts.folder)/\($0.path)" }
        Self.forEachLine(of: text) { place, fields in
            switch fields(1).first {
            case "loop":
                let fields = fields(.max)
                if fields.count == 5, let file = Int(fields[1]), let first = Int(fields[3]), let last = Int(fields[4]) {
                    loops[fields[2]] = LoopEntry(file: file, testsFirstLine: first, testsLastLine: last)
                }
            case "question":
                let fields = fields(.max)
                guard fields.count == 9, let file = Int(fields[1]), files.indices.contains(file), let line = Int(fields[2]), let column = Int(fields[3]) else { return }
                let question = Question(
                    id: fields[4], text: fields[8],
                    principles: fields[6].split(separator: ",").compactMap { LeadershipPrinciple(rawValue: String($0)) },
                    theme: fields[7].isEmpty ? nil : fields[7],
                    areas: fields[5].split(separator: ",").compactMap { Area(rawValue: String($0)) },
                    location: SourceLocation(file: paths[file], line: line, column: column))
                entries.append(Entry(file: file, question: question, details: place.upperBound..<place.upperBound))
            case "tags" where !entries.isEmpty:
                entries[entries.count - 1].question.tags = Array(fields(.max).dropFirst())
            case "probe", "signal", "example":
                guard !entries.isEmpty else { return }
                entries[entries.count - 1].details = entries[entries.count - 1].details.lowerBound..<place.upperBound
            default:
                return
            }
        }
        self.text = text
        self.paths = paths
        loopFiles = loops
        self.entries = entries
    }

    /// The entry's question with its probes, signals and examples read from their lines.
    private func whole(_ entry: Entry) -> Question {
        var question = entry.question
        let file = paths[entry.file]
        Self.forEachLine(of: text, in: entry.details) { _, fields in
            let fields = fields(.max)
            switch fields.first {
            case "probe" where fields.count == 3:
                guard let kind = ProbeKind(rawValue: fields[1]) else { return }
                question.probes[kind, default: []].append(fields[2])
            case "signal" where fields.count == 3:
                guard let principle = LeadershipPrinciple(rawValue: fields[1]) else { return }
                question.signals[principle, default: []].append(fields[2])
            case "example" where fields.count == 6:
                guard let line = Int(fields[1]), let column = Int(fields[2]) else { return }
                question.examples.append(ExampleAnswer(
                    answer: fields[5], parts: fields[3].split(separator: ",").compactMap { StarPart(rawValue: String($0)) },
                    signals: fields[4].split(separator: ",").compactMap { LeadershipPrinciple(rawValue: String($0)) },
                    location: SourceLocation(file: file, line: line, column: column)))
            default:
                return
            }
        }
        return question
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
        var text = text
        return text.withUTF8 { source in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(source.count)
            var line = 0, blanked = blank(0)
            for byte in source {
                if byte == 0x0A {
                    bytes.append(byte)
                    line += 1
                    blanked = blank(line)
                } else if !blanked {
                    bytes.append(byte)
                }
            }
            return bytes
        }
    }

    /// Every shipped bank, in file order, from the outline. Enough for `InterviewPlan` to draw from.
    public var banks: [QuestionBank] {
        var order: [Int] = [], byFile: [Int: [Question]] = [:]
        for entry in entries {
            if byFile[entry.file] == nil { order.append(entry.file) }
            byFile[entry.file, default: []].append(entry.question)
        }
        return order.map { QuestionBank(file: "\(ShippedScripts.folder)/\(EmbeddedScripts.files[$0].path)", questions: byFile[$0]!) }
    }

    /// The shipped questions with these ids, whole, from the outline (no bank is parsed).
    public func questions(_ ids: Set<String>) -> [String: Question] {
        var found: [String: Question] = [:]
        for entry in entries where ids.contains(entry.question.id) { found[entry.question.id] = whole(entry) }
        return found
    }

    /// Calls `body` with each non-empty line of `text` (within `range`, byte offsets): the line's
    /// byte range, and a function giving its first `n` tab-separated fields, unescaped (so a line
    /// can be told by its first field without decoding the rest). Scanned over the raw bytes:
    /// even splitting the `UTF8View` generically took most of the start-up.
    private static func forEachLine(of text: String, in range: Range<Int>? = nil, _ body: (Range<Int>, (Int) -> [String]) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            let range = range ?? 0..<bytes.count
            var start = range.lowerBound
            while start < range.upperBound {
                var end = start
                while end < range.upperBound && bytes[end] != 0x0A { end += 1 }
                if end > start {
                    let lineStart = start, lineEnd = end
                    body(lineStart..<min(lineEnd + 1, bytes.count)) { limit in
                        var fields: [String] = [], field = lineStart
                        while fields.count < limit {
                            var fieldEnd = field
                            while fieldEnd < lineEnd && bytes[fieldEnd] != 0x09 { fieldEnd += 1 }
                            fields.append(unescaped(UnsafeBufferPointer(rebasing: bytes[field..<fieldEnd])))
                            guard fieldEnd < lineEnd else { break }
                            field = fieldEnd + 1
                        }
                        return fields
                    }
                }
                start = end + 1
            }
        }
    }

    private static func unescaped(_ text: UnsafeBufferPointer<UInt8>) -> String {
        guard text.contains(UInt8(ascii: "\\")) else { return String(decoding: text, as: UTF8.self) }
        var out: [UInt8] = [], escaping = false
        out.reserveCapacity(text.count)
        for byte in text {
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
