/// What one read from the candidate produced.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C: the line being typed was cleared.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// SIGTERM or SIGHUP: save and leave.
    case terminated(signal: Int32)
}

/// Where the candidate's lines come from: readline on a terminal, plain lines when piped.
protocol LineSource: AnyObject {
    /// Whether this source is an interactive terminal (prompts, colour, confirmations).
    var isInteractive: Bool { get }
    func readLine(prompt: String) -> LineInput
    /// Offers these words to tab completion at the start of a line.
    func setCompletions(_ words: [String])
    /// Puts the terminal back as it was.
    func restore()
}
