/// Removes terminal control sequences and control characters from text that came from the
/// candidate (or from a transcript file that could have been edited), so that a report which is
/// printed or `cat`ed cannot move the cursor, change colours, set the window title, write to the
/// clipboard or hide text.
///
/// Removed: ANSI/ECMA-48 escape sequences (CSI such as `ESC [ 31 m`, OSC such as `ESC ] 8 ;;`
/// hyperlinks or `ESC ] 52` clipboard writes with their payload, DCS/SOS/PM/APC strings, and the
/// short two-character forms), their 8-bit C1 equivalents, every other C0 control, DEL and the C1
/// controls. Kept: newline and tab. A carriage return becomes a newline (`CR LF` one newline), so
/// text cannot be overwritten from the start of a line. A control string that is never
/// terminated ends at the next newline instead of swallowing the rest of the answer. Also
/// removed: the bidirectional embeddings, overrides, isolates and marks (U+202A-202E,
/// U+2066-2069, U+200E, U+200F, U+061C), which can make text display in a misleading order.
///
/// This is the one filter for text on its way to a terminal or a report: the command-line tool
/// passes everything it prints through `sanitize`, and the reports through `strip`.
public enum ControlSequenceFilter {
    /// The text as it may reach a terminal: `strip`, everything else kept as it is.
    public static func sanitize(_ text: String) -> String { strip(text) }

    /// Whether a scalar is a bidirectional formatting control.
    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0x061C
    }

    private enum State {
        case text
        /// After ESC.
        case escape
        /// After ESC and one or more intermediate bytes (0x20-0x2F).
        case escapeIntermediate
        /// Inside a control sequence (ESC [ or 0x9B), before its final byte.
        case controlSequence
        /// Inside a control string (OSC, DCS, SOS, PM, APC), before its terminator.
        case controlString
        /// After ESC inside a control string: `\` ends it, anything else starts a new escape.
        case controlStringEscape
    }

    /// The text without control sequences or control characters (newline and tab kept).
    static func strip(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var state = State.text
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            var advance = true
            switch state {
            case .text:
                switch value {
                case 0x1B: state = .escape
                case 0x9B: state = .controlSequence
                case 0x90, 0x98, 0x9D, 0x9E, 0x9F: state = .controlString
                case 0x0D:
                    if index + 1 >= scalars.count || scalars[index + 1].value != 0x0A { output.append("\n") }
                case 0x09, 0x0A: output.append(scalar)
                case 0x00...0x1F, 0x7F...0x9F: break
                default: if !Self.isBidiControl(value) { output.append(scalar) }
                }
            case .escape:
                switch value {
                case 0x5B: state = .controlSequence                       // [
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .controlString // ] P X ^ _
                case 0x20...0x2F: state = .escapeIntermediate
                case 0x30...0x7E: state = .text
                default: state = .text; advance = false
                }
            case .escapeIntermediate:
                switch value {
                case 0x20...0x2F: break
                case 0x30...0x7E: state = .text
                default: state = .text; advance = false
                }
            case .controlSequence:
                switch value {
                case 0x20...0x3F: break
                case 0x40...0x7E: state = .text
                default: state = .text; advance = false
                }
            case .controlString:
                switch value {
                case 0x07, 0x9C: state = .text
                case 0x1B: state = .controlStringEscape
                case 0x0A, 0x0D: state = .text; advance = false
                default: break
                }
            case .controlStringEscape:
                if value == 0x5C { state = .text } else { state = .escape; advance = false }
            }
            if advance { index += 1 }
        }
        return String(output)
    }
}
