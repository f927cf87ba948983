import Foundation
import Simulator
#if canImport(Glibc)
import Glibc
#endif

/// Prints the interview: who says what, wrapped to the terminal's width and coloured on a
/// terminal, plain lines otherwise. Text that came from a person is cleaned of control
/// characters and escape sequences before it reaches the terminal.
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
        let body = isQuestion ? style.apply(.bold, to: Self.clean(text)) : Self.clean(text)
        emit("\(name) \(body)", indent: speaker == .coordinator ? 0 : 2)
    }

    func notice(_ text: String) {
        emit(style.apply(.yellow, to: Self.clean(text)), indent: 0)
    }

    /// Echo of the candidate's answer when input is piped, so the output reads as a dialogue.
    func echoAnswer(_ text: String) {
        guard !interactive else { return }
        let lines = Self.clean(text).split(separator: "\n", omittingEmptySubsequences: false)
        print("You: " + lines.joined(separator: "\n     "))
    }

    func blankLine() { print("") }

    private func emit(_ text: String, indent: Int) {
        print(width > 0 ? Self.wrap(text, width: width, indent: indent) : text)
        fflush(nil)
    }

    /// Word wrap that ignores escape sequences when measuring.
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
        var count = 0
        var inEscape = false
        for scalar in word.unicodeScalars {
            if scalar == "\u{1B}" { inEscape = true; continue }
            if inEscape { if scalar == "m" { inEscape = false }; continue }
            count += 1
        }
        return count
    }

    /// Removes escape sequences and control characters (keeping newlines) from text a person wrote.
    static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" { inEscape = true; continue }
            if scalar == "\n" { result.append(scalar); continue }
            if scalar == "\t" { result.append(" "); continue }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
            // Bidirectional overrides can make echoed text display in a misleading order.
            if (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) { continue }
            result.append(scalar)
        }
        return String(result)
    }
}
