#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import InterviewScript
import Simulator

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

extension TerminalStyle {
    /// The colours of the analyzer's and the story bank's reports (`analyze`, `story check`, `stories`).
    func paint(_ text: String, as role: AnalysisTextReport.Role) -> String {
        switch role {
        case .heading: apply(.bold, to: text)
        case .dim: apply(.dim, to: text)
        case .evidence: apply(.cyan, to: text)
        case .good: apply(.green, to: text)
        case .warning: apply(.yellow, to: text)
        case .bad: apply(.red, to: text)
        case .part(.situation): apply(.blue, to: text)
        case .part(.task): apply(.magenta, to: text)
        case .part(.action): apply(.green, to: text)
        case .part(.result): apply(.yellow, to: text)
        case .part(.none): apply(.dim, to: text)
        }
    }

    /// A renderer for diagnostics about the user's files, in the colours compilers use.
    func diagnosticRenderer(sources: [String: String]) -> DiagnosticRenderer {
        DiagnosticRenderer(sources: sources) { text, role in
            switch role {
            case .location: apply(.bold, to: text)
            case .error: apply(.bold, .red, to: text)
            case .warning: apply(.bold, .magenta, to: text)
            case .note: apply(.bold, .cyan, to: text)
            case .caret: apply(.bold, .green, to: text)
            case .code: apply(.dim, to: text)
            }
        }
    }
}
