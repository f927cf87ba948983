import Foundation
import Simulator
#if canImport(Glibc)
import Glibc
#endif

/// Prints the interview: who says what, wrapped to the terminal's width and coloured on a
/// terminal, plain lines otherwise. Every line goes out through `TerminalOutput`, which cleans
/// it of control characters and escape sequences.
struct ConsoleOutput {
    let style: TerminalStyle
    let width: Int
    let interactive: Bool

    init(interactive: Bool) {
        self.interactive = interactive
        style = TerminalStyle.forDescriptor(1)
        var size = winsize()
        if interactive, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 {
            width = min(Int(size.ws_col), 100)
        } else {
            width = 0
        }
    }

    func say(_ speaker: Speaker, _ text: String, isQuestion: Bool = false) {
        let name: String
        switch speaker {
        case .coordinator: name = style.apply(.dim, to: "[\(speaker.name)]")
        case .interviewer: name = style.apply(.bold, .cyan, to: "\(speaker.name):")
        }
        let body = isQuestion ? style.apply(.bold, to: (text)) : (text)
        emit("\(name) \(body)", indent: speaker == .coordinator ? 0 : 2)
    }

    func notice(_ text: String) {
        emit(style.apply(.yellow, to: (text)), indent: 0)
    }

    /// Echo of the candidate's answer when input is piped, so the output reads as a dialogue.
    func echoAnswer(_ text: String) {
        guard !interactive else { return }
        let lines = (text).split(separator: "\n", omittingEmptySubsequences: false)
        print("You: " + lines.joined(separator: "\n     "))
    }

    func blankLine() { print("") }

    private func emit(_ text: String, indent: Int) {
        print(width > 0 ? Self.wrap(text, width: width, indent: indent) : text)
        fflush(nil)
    }

    /// Word wrap that ignores style marks when measuring.
    static func wrap(_ text: String, width: Int, indent: Int) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var visible = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let length = visibleLength(word)
                if visible > 0, visible + 1 + length > width {
                    lines.append(line)
                    line = String(repeating: " ", count: indent)
                    visible = indent
                } else if visible > 0 {
                    line += " "
                    visible += 1
                }
                line += word
                visible += length
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private static func visibleLength(_ word: Substring) -> Int {
        TerminalOutput.visibleLength(word)
    }
}
