/// One problem found in a script: what kind it is, where, and what to do about it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is. Errors stop a loop from being used; warnings do not.
    public enum Severity: String, Sendable, Codable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// Another place the diagnostic is about ("first defined here").
    public struct Related: Sendable, Hashable {
        public var location: SourceLocation
        public var message: String

        public init(_ message: String, at location: SourceLocation) {
            self.location = location
            self.message = message
        }
    }

    public var code: DiagnosticCode
    public var severity: Severity
    /// Other places that explain this one (the first definition of a duplicate).
    public var related: [Related] = []
    /// For an LS009 line: how many errors and warnings it stands for.
    public var hiddenErrors = 0
    public var hiddenWarnings = 0
    /// Where the problem is; nil for a problem with a whole file that has no position.
    public var location: SourceLocation?
    /// The file the diagnostic is about (the location's file when there is one).
    public var file: String
    public var message: String

    public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, severity: Severity? = nil, related: [Related] = []) {
        self.related = related
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.location = location
        self.file = location.file
        self.message = message
    }

    public init(_ code: DiagnosticCode, _ message: String, file: String, severity: Severity? = nil) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.location = nil
        self.file = file
        self.message = message
    }

    /// `path:line:col: error: message [LS012]`
    public var description: String {
        let place = location?.description ?? file
        return "\(place): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The most diagnostics shown for one file; the rest are counted in one last line.
    public static var shownPerFile: Int { 100 }

    /// At most `shownPerFile` diagnostics per file, in file order, then one diagnostic that
    /// counts the rest (with the severity of the worst of them), so one hostile or broken file
    /// cannot bury the others or take minutes to print.
    public func cappedPerFile(_ limit: Int = Self.shownPerFile) -> [Diagnostic] {
        var shown: [Diagnostic] = []
        // Problems already only counted (by the parser) join the ones hidden here.
        var hidden: [String: (errors: Int, warnings: Int)] = [:]
        var count: [String: Int] = [:]
        for diagnostic in sortedByLocation() {
            if diagnostic.code == .moreNotShown, diagnostic.hiddenErrors + diagnostic.hiddenWarnings > 0 {
                hidden[diagnostic.file, default: (0, 0)].errors += diagnostic.hiddenErrors
                hidden[diagnostic.file, default: (0, 0)].warnings += diagnostic.hiddenWarnings
                continue
            }
            count[diagnostic.file, default: 0] += 1
            if count[diagnostic.file]! <= limit {
                shown.append(diagnostic)
            } else if diagnostic.severity == .error {
                hidden[diagnostic.file, default: (0, 0)].errors += 1
            } else {
                hidden[diagnostic.file, default: (0, 0)].warnings += 1
            }
        }
        for (file, rest) in hidden.sorted(by: { $0.key < $1.key }) {
            shown.append(.moreNotShown(file: file, errors: rest.errors, warnings: rest.warnings))
        }
        return shown
    }


    /// In file order: by file, line, column, then code, so that output is stable.
    public func sortedByLocation() -> [Diagnostic] {
        sorted { a, b in
            if a.file != b.file { return a.file < b.file }
            // A file's "N more not shown" line comes after its shown diagnostics.
            let al = a.location?.line ?? (a.code == .moreNotShown ? Int.max : 0), bl = b.location?.line ?? (b.code == .moreNotShown ? Int.max : 0)
            if al != bl { return al < bl }
            let ac = a.location?.column ?? 0, bc = b.location?.column ?? 0
            if ac != bc { return ac < bc }
            return a.code.rawValue < b.code.rawValue
        }
    }
}

extension Diagnostic {
    /// The line that counts a file's problems not shown: "N errors and M warnings more in this
    /// file are not shown", as an error when any of them is one.
    static func moreNotShown(file: String, errors: Int, warnings: Int) -> Diagnostic {
        let what = errors > 0 ? "\(errors) error\(errors == 1 ? "" : "s") and \(warnings) warning\(warnings == 1 ? "" : "s")" : "\(warnings) warning\(warnings == 1 ? "" : "s")"
        var line = Diagnostic(.moreNotShown, "\(what) more in this file are not shown; fix the ones above first", file: file, severity: errors > 0 ? .error : .warning)
        line.hiddenErrors = errors
        line.hiddenWarnings = warnings
        return line
    }
}
