import InterviewScript

/// The short summary printed to the terminal at the end of a session: a table of interviewer
/// votes, the Bar Raiser's decision, and the first three coaching notes. Plain text; the caller
/// colours the votes through `colorize`, which is applied after alignment so escape codes never
/// shift a column. A pure function of the transcript.
public enum VoteSummaryTable {
    /// Widest a name or round title may be before it is cut with "…".
    static let maxCellWidth = 28
    /// Where coaching notes wrap.
    static let lineWidth = 88

    /// The summary as lines of text, without a final newline (`print` adds one).
    /// - Parameter colorize: styles a vote's text; it gets the bare title, and the table adds
    ///   the padding after the styled text.
    public static func render(_ t: Transcript, colorize: (String, Vote) -> String = { s, _ in s }) -> String {
        var lines = ["Interviewer votes"]
        let votes = ReportWording.votes(t)
        if votes.isEmpty {
            lines.append("  No interviewer votes were recorded.")
        } else {
            lines += table(votes, in: t, colorize: colorize)
        }
        let decision = t.scores.decision
        lines += ["", "Decision: \(ReportWording.decision(decision.raisesTheBar, practice: t.loop.practice)) (\(colorize(decision.vote.title, decision.vote)))"]
        let notes = t.scores.coaching.prefix(3)
        if !notes.isEmpty {
            lines += ["", "Coaching"]
            for (number, note) in notes.enumerated() {
                let label = "  \(number + 1). "
                let wrapped = TerminalWidth.wrap(ReportWording.oneLine(note.text), width: lineWidth - label.count)
                for (index, line) in wrapped.enumerated() {
                    lines.append((index == 0 ? label : String(repeating: " ", count: label.count)) + line)
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func table(_ votes: [InterviewerVote], in t: Transcript, colorize: (String, Vote) -> String) -> [String] {
        let header = ["Round", "Interviewer", "Role", "Vote", "Score"]
        let rows = votes.map { vote in
            [TerminalWidth.truncate(ReportWording.oneLine(ReportWording.roundLabel(vote.round, in: t)), to: maxCellWidth),
             TerminalWidth.truncate(ReportWording.oneLine(vote.interviewer), to: maxCellWidth),
             vote.barRaiser ? "Bar Raiser" : "Interviewer",
             vote.assessed ? vote.vote.title : ReportWording.notReached,
             vote.assessed ? ReportWording.percent(vote.score) : ReportWording.noScore]
        }
        let widths = header.indices.map { column in ([header] + rows).map { TerminalWidth.of($0[column]) }.max() ?? 0 }
        func line(_ cells: [String], vote: InterviewerVote?) -> String {
            let padded = cells.indices.map { column -> String in
                let cell = TerminalWidth.pad(cells[column], to: widths[column], alignRight: column == 4)
                guard column == 3, let vote, vote.assessed else { return cell }
                return colorize(cells[column], vote.vote) + String(repeating: " ", count: widths[column] - TerminalWidth.of(cells[column]))
            }
            return "  " + padded.joined(separator: "  ")
        }
        return [line(header, vote: nil)] + zip(rows, votes).map { line($0, vote: $1) }
    }
}
