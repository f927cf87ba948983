import Foundation
import InterviewScript

/// The short summary printed to the terminal at the end of a session, laid out from the
/// write-up document (`WriteUpBuilder`): its table of interviewer votes, the Bar Raiser's
/// decision, and the first three coaching notes. Plain text; the caller colours the votes
/// through `colorize`, which is applied after alignment so escape codes never shift a column.
/// A pure function of the transcript.
public enum VoteSummaryTable {
    typealias Doc = WriteUpDocument

    /// The width used when the terminal's is not known.
    public static let defaultWidth = 88
    /// Narrowest a round title or a name is wrapped to before the table outgrows the width.
    static let minimumTextColumn = 8
    /// How many coaching notes the summary shows.
    static let coachingShown = 3

    /// The summary as lines of text, without a final newline (`print` adds one).
    /// - Parameter colorize: styles a vote's text; it gets the bare title, and the table adds
    ///   the padding after the styled text.
    /// - Parameter width: the terminal's columns: round titles and names wrap (never cut) to fit.
    public static func render(_ t: Transcript, width: Int = defaultWidth, colorize: (String, Vote) -> String = { s, _ in s }) -> String {
        render(WriteUpBuilder.build(t), width: width, colorize: colorize)
    }

    static func render(_ doc: WriteUpDocument, width: Int, colorize: (String, Vote) -> String) -> String {
        let lineWidth = max(40, width)
        let summary = doc.sections.first { $0.id == .voteSummary }.map { Doc.Block.flattened($0.blocks) } ?? []
        var lines = ["Interviewer votes"]
        let votes = summary.lazy.compactMap { block -> Doc.Table? in
            if case .table(let table) = block, table.kind == "votes" { return table }
            return nil
        }.first
        if let votes {
            lines += table(votes, width: lineWidth, colorize: colorize)
        } else {
            lines.append("  No interviewer votes were recorded.")
        }
        for case .paragraph(let inlines, .headline) in summary {
            lines += ["", "Decision: " + text(inlines, colorize: colorize)]
        }
        let coaching = doc.sections.first { $0.id == .coaching }?.blocks ?? []
        for case .list(let items, true, _) in coaching where !items.isEmpty {
            lines += ["", "Coaching"]
            for (number, item) in items.prefix(coachingShown).enumerated() {
                let label = "  \(number + 1). "
                let wrapped = TerminalWidth.wrap(ReportWording.oneLine(text(item.content)), width: lineWidth - label.count)
                for (index, line) in wrapped.enumerated() {
                    lines.append((index == 0 ? label : String(repeating: " ", count: label.count)) + line)
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Inline text as plain text, votes coloured.
    static func text(_ inlines: [Doc.Inline], colorize: (String, Vote) -> String = { s, _ in s }) -> String {
        inlines.map { inline in
            if case .vote(let vote) = inline { return colorize(vote.title, vote) }
            return inline.plain
        }.joined()
    }

    private static func table(_ source: Doc.Table, width: Int, colorize: (String, Vote) -> String) -> [String] {
        let header = source.header
        let rows = source.rows.map { row in row.map { ReportWording.oneLine(text($0)) } }
        // The vote shown in each row, to colour it after alignment.
        let votes: [Vote?] = source.rows.map { row in
            row.lazy.flatMap { $0 }.compactMap { inline -> Vote? in
                if case .vote(let vote) = inline { return vote }
                return nil
            }.first
        }
        var widths = header.indices.map { column in ([header] + rows).map { TerminalWidth.of($0[column]) }.max() ?? 0 }
        // Too wide for the terminal: narrow the round and name columns (the widest first); their
        // text wraps onto more lines, never cut.
        let available = width - 2 - 2 * (header.count - 1)
        // First down to each column's longest word (so words stay whole), then, if still too
        // wide, down to the minimum (long words are then split).
        let longestWord = [0, 1].map { column in ([header] + rows).flatMap { $0[column].split(separator: " ") }.map { TerminalWidth.of(String($0)) }.max() ?? 0 }
        for floor in [{ (column: Int) in max(minimumTextColumn, longestWord[column]) }, { (_: Int) in minimumTextColumn }] {
            while widths.reduce(0, +) > available {
                let candidates = [0, 1].filter { widths[$0] > floor($0) }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        func lines(_ cells: [String], vote: Vote?) -> [String] {
            let wrapped = cells.indices.map { column in column <= 1 ? TerminalWidth.wrap(cells[column], width: widths[column], breakingLongWords: true) : [cells[column]] }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { row in
                let padded = cells.indices.map { column -> String in
                    let cell = row < wrapped[column].count ? wrapped[column][row] : ""
                    let text = TerminalWidth.pad(cell, to: widths[column], alignRight: source.numeric.contains(column))
                    guard column == 3, row == 0, let vote else { return text }
                    return colorize(cell, vote) + String(repeating: " ", count: max(0, widths[column] - TerminalWidth.of(cell)))
                }
                return ("  " + padded.joined(separator: "  ")).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
            }
        }
        return lines(header, vote: nil) + zip(rows, votes).flatMap { lines($0, vote: $1) }
    }
}
