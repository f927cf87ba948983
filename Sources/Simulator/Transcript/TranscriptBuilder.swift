import InterviewScript

/// Builds a transcript from a session's records and its loop script, then scores it. A pure
/// function: the same records and script always give the same transcript.
public enum TranscriptBuilder {
    public static func build(header: JournalHeader, records: [SessionRecord], loop: Loop, library: ScriptLibrary, generatedAt: String, resumedAt: [String] = []) -> Transcript {
        var rounds = loop.rounds.enumerated().map { index, round in
            RoundTranscript(index: index, title: round.title, interviewer: round.interviewer, barRaiser: round.isBarRaiser,
                            principles: round.principleIDs, questions: [], candidateQuestions: nil, overranBySeconds: nil, hintsUsed: 0)
        }
        var completed = false
        func update(round: Int, question id: String, _ change: (inout QuestionTranscript) -> Void) {
            guard rounds.indices.contains(round), let index = rounds[round].questions.lastIndex(where: { $0.id == id }) else { return }
            change(&rounds[round].questions[index])
        }
        for record in records {
            switch record {
            case .questionAsked(let round, let id, let text, _):
                guard rounds.indices.contains(round) else { continue }
                let principles = library.questionsByID[id]?.principles ?? []
                rounds[round].questions.append(QuestionTranscript(id: id, text: text, principles: principles, turns: [
                    .init(probe: nil, prompt: text, reason: nil, answer: nil, findings: nil, seconds: nil, ranLong: false),
                ], outcome: nil, score: nil))
            case .probeAsked(let round, let id, let probe, let text, let reason, _):
                update(round: round, question: id) { $0.turns.append(.init(probe: probe, prompt: text, reason: reason, answer: nil, findings: nil, seconds: nil, ranLong: false)) }
            case .answerGiven(let answer):
                update(round: answer.round, question: answer.questionID) { question in
                    guard let last = question.turns.indices.last, question.turns[last].answer == nil else { return }
                    question.turns[last].answer = answer.text
                    question.turns[last].findings = answer.findings
                    question.turns[last].seconds = answer.seconds
                }
            case .answerRanLong(let round, let id, _, _):
                update(round: round, question: id) { question in
                    if let last = question.turns.lastIndex(where: { $0.answer != nil }) { question.turns[last].ranLong = true }
                }
            case .questionClosed(let outcome):
                update(round: outcome.round, question: outcome.questionID) { $0.outcome = outcome }
            case .candidateQuestions(let round, let questions, _):
                if rounds.indices.contains(round) { rounds[round].candidateQuestions = questions }
            case .roundOverran(let round, let seconds, let budget):
                if rounds.indices.contains(round) { rounds[round].overranBySeconds = seconds - budget }
            case .hintGiven(let round, _, _, _):
                if rounds.indices.contains(round) { rounds[round].hintsUsed += 1 }
            case .sessionEnded(let done, _):
                completed = done
            case .sessionStarted, .roundStarted, .commandUsed, .roundEnded:
                break
            }
        }
        let summary = LoopSummary(id: loop.id, title: loop.title, area: loop.area.rawValue, role: loop.role, level: loop.level,
                                  version: header.loopVersion, file: header.loopFile, scriptFingerprint: header.scriptFingerprint, practice: loop.isPractice)
        var transcript = Transcript(loop: summary, seed: header.seed, startedAt: header.startedAt, generatedAt: generatedAt,
                                    completed: completed, rounds: rounds, scores: Scorecard(principles: [], interviewers: [], decision: BarRaiserDecision(raisesTheBar: false, vote: .strongNoHire, rationale: "", strongest: nil, weakest: nil), coaching: [], overallScore: 0))
        transcript.analyzerModel = header.analyzerModel
        transcript.resumedAt = resumedAt.isEmpty ? nil : resumedAt
        Scorer(rubric: loop.rubric).score(&transcript)
        return transcript
    }
}
