import Simulator

/// Gathers the candidate's typed lines into whole answers: an answer spans lines until an
/// empty line; a slash command on a line of its own (with nothing else typed yet) is a command.
struct AnswerCollector {
    /// What the candidate handed over.
    enum Submission: Equatable {
        case answer(String)
        case command(SessionCommand)
        case unknownCommand(String)
        /// Ctrl-D on an empty prompt, or the end of piped input with nothing pending.
        case endOfInput
        case terminated(signal: Int32)
    }

    /// The most an answer keeps; the rest is dropped with a notice (a 300-word answer is about 2 KB).
    static let maxAnswerBytes = 256 * 1024

    private(set) var pending: [String] = []
    private var pendingBytes = 0
    /// Set when the last answer was cut at the size limit.
    private(set) var truncated = false

    /// Reads lines until a submission is complete. `prompt(isContinuation)` gives the prompt text.
    /// C0 and C1 controls and DEL, tab excepted.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    mutating func next(from source: LineSource, prompt: (Bool) -> String, onNotice: (String) -> Void) -> Submission {
        truncated = false
        while true {
            switch source.readLine(prompt: prompt(!pending.isEmpty)) {
            case .interrupted:
                continue
            case .terminated(let signal):
                return .terminated(signal: signal)
            case .endOfInput:
                // Piped input that ends mid-answer: the answer is complete. At a terminal, Ctrl-D
                // asks whether to end, whatever was typed (the caller says what happens to it).
                if !pending.isEmpty, !source.isInteractive { return .answer(takePending()) }
                return .endOfInput
            case .line(let line):
                // Control characters (a stray NUL, an escape) never decide what a line is.
                let trimmed = String(String.UnicodeScalarView(line.unicodeScalars.filter { !Self.isControl($0) }))
                    .trimmingCharacters(in: .whitespaces)
                if pending.isEmpty, trimmed.hasPrefix("/") {
                    // "/skip now" runs /skip; "/skipp" is an unknown command; "/etc is..." is an answer.
                    let word = String(trimmed.prefix { $0 != " " })
                    if let command = SessionCommand(typed: word) { return .command(command) }
                    if !trimmed.contains(" ") { return .unknownCommand(trimmed) }
                }
                if trimmed.isEmpty {
                    if !pending.isEmpty { return .answer(takePending()) }
                    continue
                }
                var kept = line
                if pendingBytes + line.utf8.count > Self.maxAnswerBytes {
                    if !truncated {
                        truncated = true
                        onNotice("That answer is longer than \(Self.maxAnswerBytes / 1024) KB; only the first part is kept. Press Enter on an empty line to send it.")
                    }
                    // Keep what fits, cut at a character boundary.
                    var room = max(0, Self.maxAnswerBytes - pendingBytes)
                    var prefix = ""
                    for character in line {
                        let size = character.utf8.count
                        if size > room { break }
                        prefix.append(character)
                        room -= size
                    }
                    kept = prefix
                    if kept.isEmpty { continue }
                }
                pending.append(kept)
                pendingBytes += kept.utf8.count + 1
            }
        }
    }

    /// Lines typed but not yet sent.
    var pendingLines: Int { pending.count }

    /// The lines typed but not yet sent, as an answer (nil when there are none).
    mutating func takeUnsent() -> String? { pending.isEmpty ? nil : takePending() }

    private mutating func takePending() -> String {
        defer {
            pending.removeAll()
            pendingBytes = 0
        }
        return pending.joined(separator: "\n")
    }
}
