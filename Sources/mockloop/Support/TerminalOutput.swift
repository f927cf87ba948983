import Foundation
import Simulator
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way mockloop's command-line tool writes to its standard output and standard error.
/// Every byte passes through `ControlSequenceFilter.sanitize` here, at the output layer, so no
/// text from a loop script, an answer, a journal or a file name can reach the terminal as a
/// control sequence (window titles, clipboard writes, hyperlinks, cursor moves, hidden or
/// reordered text), whichever command prints it.
///
/// mockloop's own colours are written as marks (`TerminalStyle`), not escape sequences, and
/// turned into SGR sequences only after the text is clean; only the few styles mockloop uses
/// are ever turned into sequences.
enum TerminalOutput {
    /// Opens a style mark: the SGR codes follow, then `codesEnd`. (Unicode noncharacters, meant
    /// for a program's internal use.)
    static let styleStart = Unicode.Scalar(UInt32(0xFDD0))!
    static let codesEnd = Unicode.Scalar(UInt32(0xFDD1))!
    /// Resets the style.
    static let styleReset = Unicode.Scalar(UInt32(0xFDD2))!
    /// The SGR codes `TerminalStyle` uses; a mark naming any other is dropped.
    static let allowedCodes: Set<String> = ["1", "2", "31", "32", "33", "34", "35", "36"]

    /// The text as it may be written: sanitized, then its style marks turned into sequences.
    static func render(_ text: String) -> String {
        let clean = ControlSequenceFilter.sanitize(text)
        guard clean.unicodeScalars.contains(where: { $0.value >= 0xFDD0 && $0.value <= 0xFDD2 }) else { return clean }
        var out = String.UnicodeScalarView()
        var codes: String.UnicodeScalarView?
        for scalar in clean.unicodeScalars {
            if var pending = codes {
                if scalar == codesEnd {
                    let list = String(pending).split(separator: ";").map(String.init)
                    if !list.isEmpty, list.allSatisfy(allowedCodes.contains) { out.append(contentsOf: "\u{1B}[\(list.joined(separator: ";"))m".unicodeScalars) }
                    codes = nil
                } else if scalar == ";" || ("0"..."9").contains(scalar), pending.count < 16 {
                    pending.append(scalar)
                    codes = pending
                } else {
                    codes = nil
                    if scalar != styleStart && scalar != styleReset { out.append(scalar) }
                }
                continue
            }
            switch scalar {
            case styleStart: codes = String.UnicodeScalarView()
            case styleReset: out.append(contentsOf: "\u{1B}[0m".unicodeScalars)
            case codesEnd: break
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// The width of text on the screen, without its style marks.
    static func visibleLength<S: StringProtocol>(_ text: S) -> Int {
        var count = 0
        var inMark = false
        for scalar in text.unicodeScalars {
            if scalar == styleStart { inMark = true; continue }
            if inMark { if scalar == codesEnd { inMark = false }; continue }
            if scalar == styleReset { continue }
            count += 1
        }
        return count
    }

    /// Writes the whole text to a file descriptor (1 or 2). A reader that has gone away
    /// (`| head`) is a failed write, never a crash; the session goes on and keeps its journal.
    static func write(_ text: String, to descriptor: Int32) {
        var bytes = render(text)
        bytes.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                let written = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
                if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { return }
            }
        }
    }
}

/// `print` in this module: through `TerminalOutput`, to standard output.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    TerminalOutput.write(items.map { "\($0)" }.joined(separator: separator) + terminator, to: 1)
}

/// Writes text as it is (add the newline) to standard error, through `TerminalOutput`.
func printError(_ text: String) {
    TerminalOutput.write(text, to: 2)
}
