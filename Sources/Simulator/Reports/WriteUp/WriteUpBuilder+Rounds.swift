import InterviewScript

/// The rounds section of the write-up document: every round, question by question, with the
/// candidate's answers verbatim, each answer's score and findings, the candidate's own
/// questions, hints and time.
extension WriteUpBuilder {
    static func rounds(_ t: Transcript) -> [Doc.Block] {
        let rounds = ReportWording.rounds(t)
        guard !rounds.isEmpty else { return [note("The loop has no rounds.")] }
        return rounds.map { round in
            var about: [Doc.Inline] = [.text("Interviewer: "), .strong(round.interviewer)]
            if round.barRaiser { about.append(.text(" (Bar Raiser)")) }
            if !round.principles.isEmpty { about.append(.text(" · Principles: " + round.principles.map(\.name).joined(separator: ", "))) }
            var blocks: [Doc.Block] = [.heading(level: 3, text: ReportWording.round(round.index, title: round.title)), .paragraph(about)]
            if round.questions.isEmpty { blocks.append(note("No questions were asked in this round.")) }
            for (number, question) in round.questions.enumerated() { blocks.append(self.question(question, number: number + 1)) }
            blocks += candidateQuestions(round.candidateQuestions)
            let time: Doc.Item = if let over = round.overranBySeconds, over > 0 {
                Doc.Item(content: [.strong("Overran"), .text(" its time budget by \(ReportWording.duration(seconds: over)).")])
            } else {
                Doc.Item(content: [.text("Stayed within its time budget.")])
            }
            blocks += [.heading(level: 4, text: "Hints and time"), .list([Doc.Item(content: [.strong("Hints used:"), .text(" \(round.hintsUsed)")]), time])]
            return .group(kind: "round", blocks)
        }
    }

    static func question(_ question: QuestionTranscript, number: Int) -> Doc.Block {
        var blocks: [Doc.Block] = [.heading(level: 4, text: "Question \(number) · \(question.id)")]
        if !question.principles.isEmpty { blocks.append(note("Principles: " + question.principles.map(\.name).joined(separator: ", "))) }
        if let story = question.story { blocks.append(note("Story from your bank: " + ReportWording.storyLabel(story))) }
        for turn in question.turns {
            let label = turn.probe.map(ReportWording.followUp) ?? "Question"
            blocks.append(.paragraph([.strong(label + ":"), .text(" " + turn.prompt)], kind: .prompt))
            if turn.probe != nil, let reason = turn.reason, !ReportWording.oneLine(reason).isEmpty {
                blocks.append(.paragraph([.text("Why: " + reason)], kind: .why))
            }
            for aside in turn.asides ?? [] {
                blocks.append(.paragraph([.strong("Instead of an answer:"), .text(" " + aside.text)], kind: .body))
                blocks.append(.paragraph([.strong("Interviewer:"), .text(" " + aside.reply)], kind: .prompt))
            }
            blocks += answer(turn)
        }
        if let outcome = ReportWording.outcome(question.outcome) { blocks.append(note(outcome)) }
        blocks += score(question.score)
        return .group(kind: "question", blocks)
    }

    static func answer(_ turn: QuestionTranscript.Turn) -> [Doc.Block] {
        let timing = ReportWording.answerTiming(turn).map { " (\($0))" } ?? ""
        guard let answer = turn.answer else { return [note("No answer.")] }
        if ReportWording.oneLine(answer).isEmpty { return [.paragraph([.strong("Answer\(timing):"), .text(" "), .emphasis("empty.")])] }
        return [.paragraph([.strong("Answer\(timing):")]), .quote(answer, kind: .answer)]
    }

    static func score(_ score: AnswerScore?) -> [Doc.Block] {
        guard let score else { return [note("Not scored.")] }
        let components = ReportWording.components(score)
        var blocks: [Doc.Block] = [
            .paragraph([.strong("Score: \(ReportWording.percent(score.total))")]),
            .table(Doc.Table(kind: "components", header: components.map(\.label), rows: [components.map { [.text($0.value)] }],
                             numeric: Set(components.indices))),
        ]
        guard !score.findings.isEmpty else { return blocks }
        blocks.append(.paragraph([.strong("Findings:")]))
        blocks.append(.list(score.findings.map { finding in
            let quote = finding.quote.flatMap { ReportWording.oneLine($0).isEmpty ? nil : $0 }
            return Doc.Item(content: [.sign(ReportWording.sign(finding.tone)), .text(finding.text)], quote: quote, kind: finding.tone.rawValue)
        }, kind: "findings"))
        return blocks
    }

    static func candidateQuestions(_ questions: [CandidateQuestion]?) -> [Doc.Block] {
        let heading = Doc.Block.heading(level: 4, text: "The candidate's questions")
        guard let questions else { return [heading, note("The round ended before the candidate was asked for questions.")] }
        guard !questions.isEmpty else { return [heading, note("Asked no questions.")] }
        return [heading, .list(questions.map { Doc.Item(content: [.text($0.text + " "), .aside("(\(ReportWording.category($0.category)))")]) }, kind: "candidate-questions")]
    }
}
