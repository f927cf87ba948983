/// Lines from piped standard input, without readline (which would echo each line and print
/// prompts into the output). The same conventions hold, so a session can be scripted.
final class PipedSource: LineSource {
    let isInteractive = false

    func readLine(prompt: String) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    func setCompletions(_ words: [String]) {}
    func restore() {}
}
