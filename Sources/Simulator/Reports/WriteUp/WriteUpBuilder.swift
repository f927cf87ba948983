import InterviewScript

/// Builds the write-up document from a transcript: the vote summary first, then each principle
/// with its evidence, then every round question by question with the candidate's answers
/// verbatim, then coaching. All of the write-up's wording is decided here (with
/// `ReportWording`), once for every format. A pure function of the transcript.
enum WriteUpBuilder {
    typealias Doc = WriteUpDocument

    static func build(_ t: Transcript) -> WriteUpDocument {
        WriteUpDocument(title: "Mock interview write-up: " + t.loop.title, about: about(t.loop), facts: facts(t), sections: [
            Doc.Section(id: .voteSummary, title: "Vote summary", blocks: voteSummary(t)),
            Doc.Section(id: .principles, title: "Leadership principles", blocks: principles(t)),
            Doc.Section(id: .rounds, title: "Rounds", blocks: rounds(t)),
            Doc.Section(id: .coaching, title: "Coaching", blocks: coaching(t)),
        ])
    }

    /// "Role: … · Area: … · Level: …"
    static func about(_ loop: LoopSummary) -> [Doc.Inline] {
        var pairs = [("Role", loop.role), ("Area", ReportWording.area(loop.area))]
        if let level = loop.level { pairs.append(("Level", level)) }
        return pairs.enumerated().flatMap { index, pair in
            (index > 0 ? [Doc.Inline.text(" · ")] : []) + [.strong(pair.0 + ":"), .text(" " + pair.1)]
        }
    }

    static func facts(_ t: Transcript) -> [Doc.Fact] {
        let loop = t.loop
        let started = t.startedAt + (t.resumedAt.map { "; resumed " + $0.joined(separator: ", ") } ?? "")
        return [
            fact("Loop", "\(loop.id), version \(loop.version)"),
            fact("Seed", String(t.seed)),
            fact("Started", started),
            fact("Generated", t.generatedAt),
            fact("Status", ReportWording.status(t.completed)),
        ] + (loop.practice ? [fact("Practice loop", ReportWording.practiceNote)] : [])
    }

    static func fact(_ term: String, _ value: String) -> Doc.Fact { Doc.Fact(term: term, value: [.text(value)]) }

    static func note(_ text: String) -> Doc.Block { .paragraph([.text(text)], kind: .note) }

    // MARK: Vote summary

    static func voteSummary(_ t: Transcript) -> [Doc.Block] {
        let decision = t.scores.decision
        var inside: [Doc.Block] = [
            .paragraph([.strong(ReportWording.decision(decision.raisesTheBar, practice: t.loop.practice)), .text(" · vote: "), .vote(decision.vote)], kind: .headline),
        ]
        if !decision.rationale.isEmpty { inside.append(.paragraph([.text(decision.rationale)])) }
        var facts: [Doc.Fact] = []
        if let strongest = decision.strongest { facts.append(fact("Strongest evidence", strongest)) }
        if let weakest = decision.weakest { facts.append(fact("Weakest evidence", weakest)) }
        facts.append(fact("Average answer score", ReportWording.percent(t.scores.overallScore)))
        inside.append(.facts(facts))
        var blocks: [Doc.Block] = [
            .heading(level: 3, text: "The Bar Raiser's decision"),
            .group(kind: decision.raisesTheBar ? "decision raises" : "decision", inside),
            .heading(level: 3, text: "Interviewer votes"),
        ]
        let votes = ReportWording.votes(t)
        guard !votes.isEmpty else { return blocks + [note("No interviewer votes were recorded.")] }
        blocks.append(.table(voteTable(votes, in: t)))
        let summaries = votes.filter { !$0.summary.isEmpty }
        if !summaries.isEmpty {
            blocks.append(.list(summaries.map { Doc.Item(content: [.strong($0.interviewer + ":"), .text(" " + $0.summary)]) }, kind: "summaries"))
        }
        return blocks
    }

    /// Every interviewer's vote: round, name, role, vote and score (a round not reached has none).
    static func voteTable(_ votes: [InterviewerVote], in t: Transcript) -> Doc.Table {
        Doc.Table(kind: "votes", header: voteTableHeader, rows: votes.map { vote in
            [[.text(ReportWording.roundLabel(vote.round, in: t))],
             [.text(vote.interviewer)],
             [.text(vote.barRaiser ? "Bar Raiser" : "Interviewer")],
             vote.assessed ? [.vote(vote.vote)] : [.emphasis(ReportWording.notReached)],
             [.text(vote.assessed ? ReportWording.percent(vote.score) : ReportWording.noScore)]]
        }, numeric: [4])
    }

    static let voteTableHeader = ["Round", "Interviewer", "Role", "Vote", "Score"]

    // MARK: Principles

    static func principles(_ t: Transcript) -> [Doc.Block] {
        let principles = ReportWording.principles(t)
        guard !principles.isEmpty else { return [note("No principles were scored.")] }
        return principles.map { principle in
            var location = "Round \(principle.round + 1)"
            if let round = t.rounds.first(where: { $0.index == principle.round }) { location += " (\(round.title)) · \(round.interviewer)" }
            let verdict: [Doc.Inline] = principle.assessed ? [.text(" · "), .vote(principle.vote), .text(" · " + ReportWording.percent(principle.score))] : [.text(" · no vote")]
            var blocks: [Doc.Block] = [
                .heading(level: 3, text: "\(principle.principle.name) — round \(principle.round + 1)"),
                .paragraph([.text(location)] + verdict),
            ]
            if !principle.assessed { blocks.append(note("Not assessed: no answer gave evidence for it.")) }
            if !principle.reasons.isEmpty { blocks.append(.list(principle.reasons.map { Doc.Item(content: [.text($0)]) })) }
            blocks += ReportWording.quotes(principle).map { .quote($0, kind: .quote) }
            return .group(kind: "principle", blocks)
        }
    }

    // MARK: Coaching

    static func coaching(_ t: Transcript) -> [Doc.Block] {
        guard !t.scores.coaching.isEmpty else { return [note("No coaching notes.")] }
        return [.list(t.scores.coaching.map { Doc.Item(content: [.text($0.text)]) }, ordered: true)]
    }
}
