import InterviewScript

/// The write-up's third section: every round, question by question, with the candidate's
/// answers verbatim, each answer's score and findings, the candidate's own questions, hints
/// and time.
extension MarkdownReport {
    static func roundSection(_ t: Transcript) -> [String] {
        var lines = ["## Rounds", ""]
        let rounds = ReportWording.rounds(t)
        guard !rounds.isEmpty else { return lines + ["_The loop has no rounds._"] }
        for round in rounds {
            lines += ["### \(MarkdownText.inline(ReportWording.round(round.index, title: round.title)))", ""]
            var about = "Interviewer: **\(MarkdownText.inline(round.interviewer))**" + (round.barRaiser ? " (Bar Raiser)" : "")
            if !round.principles.isEmpty { about += " · Principles: " + round.principles.map(\.name).joined(separator: ", ") }
            lines += [about, ""]
            if round.questions.isEmpty { lines += ["_No questions were asked in this round._", ""] }
            for (number, question) in round.questions.enumerated() {
                lines += questionLines(question, number: number + 1)
            }
            lines += candidateQuestionLines(round.candidateQuestions)
            lines += ["#### Hints and time", "", "- **Hints used:** \(round.hintsUsed)"]
            if let over = round.overranBySeconds, over > 0 {
                lines.append("- **Overran** its time budget by \(ReportWording.duration(seconds: over)).")
            } else {
                lines.append("- Stayed within its time budget.")
            }
            lines.append("")
        }
        return lines
    }

    static func questionLines(_ question: QuestionTranscript, number: Int) -> [String] {
        var lines = ["#### Question \(number) · \(MarkdownText.inline(question.id))", ""]
        if !question.principles.isEmpty { lines += ["_Principles: \(question.principles.map(\.name).joined(separator: ", "))_", ""] }
        if let story = question.story { lines += ["_Story from your bank: \(ReportWording.storyLabel(story, escape: MarkdownText.inline))_", ""] }
        for turn in question.turns {
            if let probe = turn.probe {
                lines += ["**\(ReportWording.followUp(probe)):** \(MarkdownText.inline(turn.prompt))", ""]
                if let reason = turn.reason, !ReportWording.oneLine(reason).isEmpty { lines += ["*Why: \(MarkdownText.inline(reason))*", ""] }
            } else {
                lines += ["**Question:** \(MarkdownText.inline(turn.prompt))", ""]
            }
            lines += answerLines(turn)
        }
        if let outcome = ReportWording.outcome(question.outcome) { lines += ["_\(MarkdownText.inline(outcome))_", ""] }
        lines += scoreLines(question.score)
        return lines
    }

    static func answerLines(_ turn: QuestionTranscript.Turn) -> [String] {
        let timing = ReportWording.answerTiming(turn).map { " (\($0))" } ?? ""
        guard let answer = turn.answer else { return ["_No answer._", ""] }
        if ReportWording.oneLine(answer).isEmpty { return ["**Answer\(timing):** _empty._", ""] }
        return ["**Answer\(timing):**", ""] + MarkdownText.blockquote(answer) + [""]
    }

    static func scoreLines(_ score: AnswerScore?) -> [String] {
        guard let score else { return ["_Not scored._", ""] }
        let components = ReportWording.components(score)
        var lines = [
            "**Score: \(ReportWording.percent(score.total))**", "",
            "| " + components.map(\.label).joined(separator: " | ") + " |",
            "|" + String(repeating: " ---: |", count: components.count),
            "| " + components.map(\.value).joined(separator: " | ") + " |",
            "",
        ]
        guard !score.findings.isEmpty else { return lines }
        lines += ["**Findings:**", ""]
        for finding in score.findings {
            lines.append("- **\(ReportWording.sign(finding.tone))** \(MarkdownText.inline(finding.text))")
            if let quote = finding.quote, !ReportWording.oneLine(quote).isEmpty { lines += MarkdownText.blockquote(quote, indent: "  ") }
        }
        lines.append("")
        return lines
    }

    static func candidateQuestionLines(_ questions: [CandidateQuestion]?) -> [String] {
        var lines = ["#### The candidate's questions", ""]
        guard let questions else { return lines + ["_The round ended before the candidate was asked for questions._", ""] }
        guard !questions.isEmpty else { return lines + ["_Asked no questions._", ""] }
        for question in questions {
            lines.append("- \(MarkdownText.inline(question.text)) _(\(ReportWording.category(question.category)))_")
        }
        return lines + [""]
    }
}
