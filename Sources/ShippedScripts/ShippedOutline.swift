import InterviewScript

/// An outline of the shipped scripts, made when they were embedded and checked: the file of each
/// loop (and where its test plans are), and each bank question whole: id, text, principles,
/// areas, theme, tags, probes, signals, examples and places. It is enough to draw a session's
/// questions and ask them without parsing any bank. That is what keeps start-up quick: parsing
/// every shipped file took most of the time before the first question.
public struct ShippedOutline: Sendable {
    /// One bank question and the file it is in.
    struct Entry: Sendable {
        var file: Int
        /// The whole question.
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
        for fields in Self.lines(text) {
            switch fields.first {
            case "loop" where fields.count == 5:
                if let file = Int(fields[1]), let first = Int(fields[3]), let last = Int(fields[4]) {
                    loops[fields[2]] = LoopEntry(file: file, testsFirstLine: first, testsLastLine: last)
                }
            case "question" where fields.count == 9:
                guard let file = Int(fields[1]), files.indices.contains(file), let line = Int(fields[2]), let column = Int(fields[3]) else { continue }
                let question = Question(
                    id: fields[4], text: fields[8],
                    principles: fields[6].split(separator: ",").compactMap { LeadershipPrinciple(rawValue: String($0)) },
                    theme: fields[7].isEmpty ? nil : fields[7],
                    areas: fields[5].split(separator: ",").compactMap { Area(rawValue: String($0)) },
                    location: SourceLocation(file: paths[file], line: line, column: column))
                entries.append(Entry(file: file, question: question))
            case "tags" where !entries.isEmpty:
                entries[entries.count - 1].question.tags = Array(fields.dropFirst())
            case "probe" where fields.count == 3 && !entries.isEmpty:
                guard let kind = ProbeKind(rawValue: fields[1]) else { continue }
                entries[entries.count - 1].question.probes[kind, default: []].append(fields[2])
            case "signal" where fields.count == 3 && !entries.isEmpty:
                guard let principle = LeadershipPrinciple(rawValue: fields[1]) else { continue }
                entries[entries.count - 1].question.signals[principle, default: []].append(fields[2])
            case "example" where fields.count == 6 && !entries.isEmpty:
                guard let line = Int(fields[1]), let column = Int(fields[2]) else { continue }
                let file = paths[entries[entries.count - 1].file]
                entries[entries.count - 1].question.examples.append(ExampleAnswer(
                    answer: fields[5], parts: fields[3].split(separator: ",").compactMap { StarPart(rawValue: String($0)) },
                    signals: fields[4].split(separator: ",").compactMap { LeadershipPrinciple(rawValue: String($0)) },
                    location: SourceLocation(file: file, line: line, column: column)))
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
        for entry in entries where ids.contains(entry.question.id) { found[entry.question.id] = entry.question }
        return found
    }

    /// The outline's lines, each as its tab-separated fields, unescaped. Scanned over the raw
    /// bytes: even splitting the `UTF8View` generically took most of the start-up.
    private static func lines(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [[String]] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                if end > start {
                    var fields: [String] = [], field = start
                    while true {
                        var fieldEnd = field
                        while fieldEnd < end && bytes[fieldEnd] != 0x09 { fieldEnd += 1 }
                        fields.append(unescaped(UnsafeBufferPointer(rebasing: bytes[field..<fieldEnd])))
                        guard fieldEnd < end else { break }
                        field = fieldEnd + 1
                    }
                    lines.append(fields)
                }
                start = end + 1
            }
            return lines
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
