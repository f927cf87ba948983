import InterviewScript

/// The page's third section: every round, question by question, with the candidate's answers
/// verbatim, each answer's score and findings, the candidate's own questions, hints and time.
extension HTMLReport {
    static func roundSection(_ t: Transcript) -> [String] {
        let e = HTMLText.escape
        var lines = ["<section id=\"rounds\">", "<h2>Rounds</h2>"]
        let rounds = ReportWording.rounds(t)
        if rounds.isEmpty { lines.append("<p class=\"muted\">The loop has no rounds.</p>") }
        for round in rounds {
            var about = "Interviewer: <strong>\(e(round.interviewer))</strong>" + (round.barRaiser ? " (Bar Raiser)" : "")
            if !round.principles.isEmpty { about += " · Principles: " + e(round.principles.map(\.name).joined(separator: ", ")) }
            lines += ["<article class=\"round\">", "<h3>\(e(ReportWording.round(round.index, title: round.title)))</h3>", "<p>\(about)</p>"]
            if round.questions.isEmpty { lines.append("<p class=\"muted\">No questions were asked in this round.</p>") }
            for (number, question) in round.questions.enumerated() {
                lines += questionLines(question, number: number + 1)
            }
            lines += candidateQuestionLines(round.candidateQuestions)
            lines += ["<h4>Hints and time</h4>", "<ul>", "<li><strong>Hints used:</strong> \(round.hintsUsed)</li>"]
            if let over = round.overranBySeconds, over > 0 {
                lines.append("<li><strong>Overran</strong> its time budget by \(e(ReportWording.duration(seconds: over))).</li>")
            } else {
                lines.append("<li>Stayed within its time budget.</li>")
            }
            lines += ["</ul>", "</article>"]
        }
        return lines + ["</section>"]
    }

    static func questionLines(_ question: QuestionTranscript, number: Int) -> [String] {
        let e = HTMLText.escape
        var lines = ["<div class=\"question\">", "<h4>\(e("Question \(number) · \(question.id)"))</h4>"]
        if !question.principles.isEmpty { lines.append("<p class=\"muted\">Principles: \(e(question.principles.map(\.name).joined(separator: ", ")))</p>") }
        if let story = question.story { lines.append("<p class=\"muted\">Story from your bank: \(ReportWording.storyLabel(story, escape: e))</p>") }
        for turn in question.turns {
            if let probe = turn.probe {
                lines.append("<p class=\"prompt\">\(e(ReportWording.followUp(probe))): \(e(turn.prompt))</p>")
                if let reason = turn.reason, !ReportWording.oneLine(reason).isEmpty { lines.append("<p class=\"why\">Why: \(e(reason))</p>") }
            } else {
                lines.append("<p class=\"prompt\">Question: \(e(turn.prompt))</p>")
            }
            lines += answerLines(turn)
        }
        if let outcome = ReportWording.outcome(question.outcome) { lines.append("<p class=\"muted\">\(e(outcome))</p>") }
        return lines + scoreLines(question.score) + ["</div>"]
    }

    static func answerLines(_ turn: QuestionTranscript.Turn) -> [String] {
        let timing = ReportWording.answerTiming(turn).map { " (\($0))" } ?? ""
        guard let answer = turn.answer else { return ["<p class=\"muted\">No answer.</p>"] }
        if ReportWording.oneLine(answer).isEmpty { return ["<p><strong>\(HTMLText.escape("Answer" + timing)):</strong> <span class=\"muted\">empty.</span></p>"] }
        return ["<p><strong>\(HTMLText.escape("Answer" + timing)):</strong></p>", quote(answer, class: "answer")]
    }

    static func scoreLines(_ score: AnswerScore?) -> [String] {
        let e = HTMLText.escape
        guard let score else { return ["<p class=\"muted\">Not scored.</p>"] }
        let components = ReportWording.components(score)
        var lines = [
            "<p><strong>Score: \(e(ReportWording.percent(score.total)))</strong></p>",
            "<table class=\"components\">",
            "<thead><tr>" + components.map { "<th class=\"num\">\(e($0.label))</th>" }.joined() + "</tr></thead>",
            "<tbody><tr>" + components.map { "<td class=\"num\">\(e($0.value))</td>" }.joined() + "</tr></tbody>",
            "</table>",
        ]
        guard !score.findings.isEmpty else { return lines }
        lines += ["<p><strong>Findings:</strong></p>", "<ul class=\"findings\">"]
        for finding in score.findings {
            var item = "<li class=\"\(finding.tone.rawValue)\"><span class=\"sign\">\(e(ReportWording.sign(finding.tone)))</span>\(e(finding.text))"
            if let text = finding.quote, !ReportWording.oneLine(text).isEmpty { item += quote(text, class: "quote") }
            lines.append(item + "</li>")
        }
        return lines + ["</ul>"]
    }

    static func candidateQuestionLines(_ questions: [CandidateQuestion]?) -> [String] {
        let e = HTMLText.escape
        let lines = ["<h4>The candidate's questions</h4>"]
        guard let questions else { return lines + ["<p class=\"muted\">The round ended before the candidate was asked for questions.</p>"] }
        guard !questions.isEmpty else { return lines + ["<p class=\"muted\">Asked no questions.</p>"] }
        return lines + ["<ul class=\"candidate-questions\">"]
            + questions.map { "<li>\(e($0.text)) <span class=\"category\">(\(e(ReportWording.category($0.category))))</span></li>" }
            + ["</ul>"]
    }
}
