import InterviewScript

/// Builds a transcript from a session's records and its loop script, then scores it. A pure
/// function: the same records and script always give the same transcript.
public enum TranscriptBuilder {
    /// `stories` recognises the candidate's bank stories in the answers (nil: no bank, nothing
    /// is recognised).
    public static func build(header: JournalHeader, records: [SessionRecord], loop: Loop, library: ScriptLibrary, generatedAt: String, resumedAt: [String] = [], stories: StoryMatcher? = nil) -> Transcript {
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
            case .aside(let round, let id, let text, let reply, _):
                update(round: round, question: id) { question in
                    guard let last = question.turns.indices.last, question.turns[last].answer == nil else { return }
                    question.turns[last].asides = (question.turns[last].asides ?? []) + [.init(text: text, reply: reply)]
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
        if let stories { recognise(stories, in: &transcript) }
        Scorer(rubric: loop.rubric).score(&transcript)
        return transcript
    }

    /// Marks each question whose answers tell a bank story, with what the telling left out.
    static func recognise(_ stories: StoryMatcher, in transcript: inout Transcript) {
        for r in transcript.rounds.indices {
            for q in transcript.rounds[r].questions.indices {
                let telling = transcript.rounds[r].questions[q].turns.compactMap(\.answer).joined(separator: "\n\n")
                guard let story = stories.match(telling) else { continue }
                transcript.rounds[r].questions[q].story = StoryTelling(id: story.id, title: story.title, unsaidResults: StoryMatcher.unsaidResults(of: story, in: telling))
            }
        }
    }
}
