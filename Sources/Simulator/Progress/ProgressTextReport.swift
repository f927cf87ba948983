import InterviewScript

/// The terminal form of `mockloop progress`: a compact table of the latest sessions, then each
/// figure and each principle's vote as a sparkline over every session, oldest first.
public struct ProgressTextReport: Sendable {
    public typealias Role = AnalysisTextReport.Role
    public let style: @Sendable (String, Role) -> String

    public init(style: @escaping @Sendable (String, Role) -> String = { text, _ in text }) {
        self.style = style
    }

    /// The most sessions listed row by row; the sparklines cover them all.
    public static let tableRows = 20
    /// The widest sparkline; more sessions than this are averaged into this many columns.
    public static let sparklineWidth = 40

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A sparkline of values between 0 and 1 (nil draws a gap), at most `sparklineWidth` wide.
    static func sparkline(_ values: [Double?]) -> String {
        var columns = values
        if values.count > sparklineWidth {
            columns = (0..<sparklineWidth).map { column in
                let bucket = values[(column * values.count / sparklineWidth)..<((column + 1) * values.count / sparklineWidth)].compactMap { $0 }
                return bucket.isEmpty ? nil : bucket.reduce(0, +) / Double(bucket.count)
            }
        }
        return String(columns.map { value in
            guard let value, value.isFinite else { return " " }
            return levels[min(levels.count - 1, max(0, Int((value * Double(levels.count - 1)).rounded())))]
        })
    }

    /// A vote as a level: Strong No Hire lowest, Strong Hire highest.
    static func level(_ vote: Vote) -> Double {
        switch vote {
        case .strongNoHire: 0
        case .notInclined: 1.0 / 3
        case .inclined: 2.0 / 3
        case .strongHire: 1
        }
    }

    static func percent(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
    }

    public func render(_ report: ProgressReport) -> String {
        var out: [String] = []
        let sessions = report.sessions
        var scope = [String]()
        if let loop = report.loop { scope.append(loop) }
        if let since = report.since { scope.append("since \(since)") }
        out.append(style("Progress · \(sessions.count) finished session\(sessions.count == 1 ? "" : "s")\(scope.isEmpty ? "" : " · " + scope.joined(separator: " · "))", .heading))
        guard !sessions.isEmpty else {
            out.append("  No finished sessions\(scope.isEmpty ? "" : " match") yet. Run one with `mockloop run LOOP`; each finished session adds a row here.")
            out += notes(report)
            return out.joined(separator: "\n") + "\n"
        }
        out.append("")
        let header = ["#", "date", "loop", "decision", "unprompted", "numbers", "\"I\"", "dodges", "hypoth.", "s/answer"]
        var rows: [[String]] = []
        let shown = sessions.suffix(Self.tableRows)
        for (offset, session) in shown.enumerated() {
            let number = sessions.count - shown.count + offset + 1
            rows.append([String(number), String(session.startedAt.prefix(10)), session.loop, session.decision.title,
                         Self.percent(session.volunteeredShare), Self.percent(session.numbersShare), Self.percent(session.iShare),
                         String(session.evasions), String(session.hypotheticals), session.secondsPerAnswer.map { String(Int($0.rounded())) } ?? "–"])
        }
        let widths = header.indices.map { column in ([header[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0 }
        let numeric: Set<Int> = [0, 4, 5, 6, 7, 8, 9]
        func line(_ cells: [String]) -> String {
            "  " + cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return numeric.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        out.append(style(line(header), .dim))
        if sessions.count > shown.count { out.append(style("  … \(sessions.count - shown.count) earlier sessions (the sparklines below include them; --format json lists all)", .dim)) }
        for row in rows { out.append(line(row)) }

        out.append("")
        out.append(style("Over time (oldest → newest)", .heading))
        func trend(_ name: String, _ values: [Double?], _ first: String, _ last: String, higherIsBetter: Bool = true) {
            let known = values.compactMap { $0 }
            let role: Role = known.count < 2 || known.first == known.last ? .dim : ((known.last! > known.first!) == higherIsBetter ? .good : .bad)
            out.append("  " + name.padding(toLength: 20, withPad: " ", startingAt: 0) + Self.sparkline(values) + "  " + style("\(first) → \(last)", role))
        }
        let volunteered = sessions.map(\.volunteeredShare), numbers = sessions.map(\.numbersShare), iShare = sessions.map(\.iShare)
        trend("parts unprompted", volunteered, Self.percent(volunteered.first ?? nil), Self.percent(volunteered.last ?? nil))
        trend("results w/ numbers", numbers, Self.percent(numbers.first ?? nil), Self.percent(numbers.last ?? nil))
        trend("\"I\" share", iShare, Self.percent(iShare.first ?? nil), Self.percent(iShare.last ?? nil))
        let maxDodges = max(1, sessions.map(\.evasions).max() ?? 1), maxHypothetical = max(1, sessions.map(\.hypotheticals).max() ?? 1)
        trend("dodges", sessions.map { Double($0.evasions) / Double(maxDodges) }, String(sessions.first!.evasions), String(sessions.last!.evasions), higherIsBetter: false)
        trend("hypothetical", sessions.map { Double($0.hypotheticals) / Double(maxHypothetical) }, String(sessions.first!.hypotheticals), String(sessions.last!.hypotheticals), higherIsBetter: false)
        let times = sessions.map(\.secondsPerAnswer)
        let longest = max(1, times.compactMap { $0 }.max() ?? 1)
        trend("time per answer", times.map { $0.map { $0 / longest } }, times.first?.flatMap { $0 }.map { "\(Int($0.rounded())) s" } ?? "–", times.last?.flatMap { $0 }.map { "\(Int($0.rounded())) s" } ?? "–")
        trend("decision", sessions.map { Self.level($0.decision) }, sessions.first!.decision.title, sessions.last!.decision.title)

        let principles = report.principles
        if !principles.isEmpty {
            out.append("")
            out.append(style("Votes by principle", .heading) + style("  ▁ Strong No Hire  ▃ Not Inclined  ▆ Inclined  █ Strong Hire  (blank: not assessed)", .dim))
            let width = min(44, principles.map(\.name.count).max() ?? 0)
            for principle in principles {
                let votes = sessions.map { $0.votes[principle.id] }
                let given = votes.compactMap { $0 }
                let first = given.first?.title ?? "–", last = given.last?.title ?? "–"
                let role: Role = given.count < 2 || given.first == given.last ? .dim : (given.last! < given.first! ? .good : .bad)
                out.append("  " + String(principle.name.prefix(width)).padding(toLength: width, withPad: " ", startingAt: 0) + "  " + Self.sparkline(votes.map { $0.map(Self.level) }) + "  " + style("\(first) → \(last) (\(given.count) vote\(given.count == 1 ? "" : "s"))", role))
            }
        }
        out += notes(report)
        return out.joined(separator: "\n") + "\n"
    }

    private func notes(_ report: ProgressReport) -> [String] {
        guard !report.skipped.isEmpty else { return [] }
        var out = ["", style("Left out", .heading)]
        for note in report.skipped.prefix(10) { out.append(style("  \(note)", .dim)) }
        if report.skipped.count > 10 { out.append(style("  … and \(report.skipped.count - 10) more", .dim)) }
        return out
    }
}
