/// One problem found in a script: what kind it is, where, and what to do about it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is. Errors stop a loop from being used; warnings do not.
    public enum Severity: String, Sendable, Codable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    public var code: DiagnosticCode
    public var severity: Severity
    /// Where the problem is; nil for a problem with a whole file that has no position.
    public var location: SourceLocation?
    /// The file the diagnostic is about (the location's file when there is one).
    public var file: String
    public var message: String

    public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, severity: Severity? = nil) {
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

    /// In file order: by file, line, column, then code, so that output is stable.
    public func sortedByLocation() -> [Diagnostic] {
        sorted { a, b in
            if a.file != b.file { return a.file < b.file }
            let al = a.location?.line ?? 0, bl = b.location?.line ?? 0
            if al != bl { return al < bl }
            let ac = a.location?.column ?? 0, bc = b.location?.column ?? 0
            if ac != bc { return ac < bc }
            return a.code.rawValue < b.code.rawValue
        }
    }
}
