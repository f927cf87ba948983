#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Decides whether output to a stream may carry colour, and marks text with styles when so. The
/// marks become ANSI sequences in `TerminalOutput`, after the text is sanitized.
///
/// Colour is used only on a terminal, never when `NO_COLOR` is set (any value) or `TERM=dumb`.
struct TerminalStyle: Sendable {
    /// ANSI styles used by mockloop's output.
    enum Style: String, Sendable {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
    }

    let enabled: Bool

    /// Colour for the given file descriptor (1 = standard output, 2 = standard error).
    static func forDescriptor(_ descriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        if environment["NO_COLOR"] != nil { return TerminalStyle(enabled: false) }
        if environment["TERM"] == "dumb" { return TerminalStyle(enabled: false) }
        return TerminalStyle(enabled: isatty(descriptor) == 1)
    }

    static let plain = TerminalStyle(enabled: false)

    func apply(_ styles: Style..., to text: String) -> String {
        guard enabled, !styles.isEmpty else { return text }
        let codes = styles.map(\.rawValue).joined(separator: ";")
        return "\(TerminalOutput.styleStart)\(codes)\(TerminalOutput.codesEnd)\(text)\(TerminalOutput.styleReset)"
    }
}
