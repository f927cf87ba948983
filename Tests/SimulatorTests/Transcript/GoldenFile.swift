import Foundation
import Testing

/// Compares output with a checked-in golden file, or records it when `MOCKLOOP_RECORD_GOLDENS`
/// is set. A difference is reported at its first differing line.
enum GoldenFile {
    static func compare(_ actual: String, to url: URL) throws {
        if ProcessInfo.processInfo.environment["MOCKLOOP_RECORD_GOLDENS"] != nil {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard actual != expected else { return }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false), e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        Issue.record("\(url.lastPathComponent) differs at line \(line + 1):\n  expected: \(line < e.count ? String(e[line]) : "<end>")\n  actual:   \(line < a.count ? String(a[line]) : "<end>")\nRe-record with MOCKLOOP_RECORD_GOLDENS=1 if the change is intended.")
    }
}
