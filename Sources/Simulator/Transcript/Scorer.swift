import Foundation
import InterviewScript

/// Scores a transcript the way a bar raiser writes it up: each answer on STAR completeness,
/// ownership, numbers, specificity and principle signals; each principle and interviewer on the
/// vote scale; then the Bar Raiser's decision and concrete coaching. Weights and thresholds come
/// from the loop's rubric. A pure function of the transcript's recorded findings.
public struct Scorer: Sendable {
    public let rubric: Rubric

    public init(rubric: Rubric) {
        self.rubric = rubric
    }

    public func score(_ transcript: inout Transcript) {
        for round in transcript.rounds.indices {
            for question in transcript.rounds[round].questions.indices {
                transcript.rounds[round].questions[question].score = score(transcript.rounds[round].questions[question])
            }
        }
        // A story told to an earlier interviewer again: a concern on the later answer.
        var retold: [CoachingNote] = []
        for retelling in StoryOverlap.retellings(in: transcript.rounds) {
            let earlierRound = transcript.rounds[retelling.earlierRound]
            let earlier = earlierRound.questions[retelling.earlierQuestion]
            let fromBank = transcript.rounds[retelling.round].questions[retelling.question].story.map { " (\u{201C}\($0.title)\u{201D} from your story bank)" } ?? ""
            let text = "The same story\(fromBank) as the one told to \(earlierRound.interviewer) in round \(retelling.earlierRound + 1) (\u{201C}\(earlier.text)\u{201D}); interviewers compare notes."
            transcript.rounds[retelling.round].questions[retelling.question].score?.findings.insert(Finding(tone: .concern, text: text, quote: nil), at: 0)
            let question = transcript.rounds[retelling.round].questions[retelling.question]
            retold.append(CoachingNote(questionID: question.id, text: "You told \(transcript.rounds[retelling.round].interviewer) (round \(retelling.round + 1)) the story\(fromBank) you had told \(earlierRound.interviewer) for \u{201C}\(earlier.text)\u{201D}. Prepare a different story for each interviewer: they compare notes."))
        }
        // A bank story told without the result it has on paper.
        for r in transcript.rounds.indices {
            for q in transcript.rounds[r].questions.indices {
                guard let story = transcript.rounds[r].questions[q].story, let unsaid = story.unsaidResults.first else { continue }
                let text = "In your written story \u{201C}\(story.title)\u{201D} the result was \u{201C}\(shorten(unsaid, 160))\u{201D}; you did not say it."
                transcript.rounds[r].questions[q].score?.findings.append(Finding(tone: .concern, text: text, quote: nil))
                retold.append(CoachingNote(questionID: transcript.rounds[r].questions[q].id, text: "When you told \u{201C}\(story.title)\u{201D} to \(transcript.rounds[r].interviewer), you left out the result you wrote down (\u{201C}\(shorten(unsaid, 120))\u{201D}). Say the number: it is the first thing the follow-up asks for."))
            }
        }
        var principles: [PrincipleScore] = []
        var interviewers: [InterviewerVote] = []
        for round in transcript.rounds {
            var roundScores: [Double] = []
            for principle in round.principles {
                var scored = principleScore(principle, in: round)
                if scored.assessed, !Self.hasSpecificStory(round.questions.filter { $0.principles.contains(principle) }) {
                    scored.vote = .strongNoHire
                    scored.reasons.insert("No specific past story: the answers were hypothetical, dodged, or too short to judge.", at: 0)
                }
                principles.append(scored)
                if scored.assessed { roundScores.append(scored.score) }
            }
            let score = mean(roundScores)
            let reached = round.questions.contains { Self.counts($0) }
            let story = Self.hasSpecificStory(round.questions)
            let vote = reached && !story ? .strongNoHire : rubric.thresholds.vote(for: score)
            let names = round.principles.map(\.name).joined(separator: ", ")
            let summary = !reached ? "Not reached: no evidence for \(names)."
                : !story ? "\(vote.title): no specific past story in this round (hypothetical, dodged, or too short)."
                : "\(vote.title) on \(names) (score \(percent(score)))."
            interviewers.append(InterviewerVote(round: round.index, interviewer: round.interviewer, barRaiser: round.barRaiser, score: score, vote: vote,
                                                summary: summary, assessed: reached))
        }
        let answered = transcript.questions.filter(Self.counts)
        let overall = mean(answered.compactMap { $0.score?.total })
        transcript.scores = Scorecard(
            principles: principles,
            interviewers: interviewers,
            decision: decision(transcript: transcript, overall: overall, principles: principles, interviewers: interviewers),
            coaching: coaching(transcript.questions, retold: retold),
            overallScore: overall
        )
    }

    /// Whether any answer in `questions` tells one specific past event: not hypothetical, not a
    /// dodge, at least about 30 words, with a situation or an action.
    static func hasSpecificStory(_ questions: [QuestionTranscript]) -> Bool {
        questions.contains { question in
            question.turns.contains { turn in
                guard let findings = turn.findings, turn.answer != nil else { return false }
                return !findings.hypothetical && !findings.evasive && findings.words >= 30 && (findings.situation != .absent || findings.action != .absent)
            }
        }
    }

    /// The interviewer's drill-down over a question's answers, for a question with no recorded outcome.
    static func drill(_ question: QuestionTranscript) -> DrillDown {
        var drill = DrillDown(questionID: question.id)
        for turn in question.turns {
            guard let answer = turn.answer, let findings = turn.findings else { continue }
            drill.add(.init(text: answer, findings: findings, replyingTo: turn.probe))
        }
        return drill
    }

    /// Whether a question is evidence: answered, or skipped (a skip is a signal too). A question
    /// left open when the session ended is not.
    static func counts(_ question: QuestionTranscript) -> Bool {
        question.outcome?.skipped == true || question.turns.contains { $0.answer != nil }
    }

    // MARK: Answers

    /// One question's score, from all of its answers.
    public func score(_ question: QuestionTranscript) -> AnswerScore {
        let answeredTurns = question.turns.filter { $0.answer != nil && $0.findings != nil }
        // A dodge, or a hypothetical reply to a follow-up, is not evidence for anything.
        let turns = answeredTurns.filter { ReplyEvidence.counts($0.findings!, replyingTo: $0.probe) }
        guard let first = (turns.first ?? answeredTurns.first)?.findings, question.outcome?.skipped != true else {
            return AnswerScore(star: 0, ownership: 0, metrics: 0, specificity: 0, signals: 0, total: 0, findings: [
                Finding(tone: .concern, text: question.outcome?.skipped == true ? "The question was skipped." : "The question was not answered.", quote: nil),
            ])
        }
        let findings = turns.isEmpty ? [first] : turns.map { $0.findings! }
        var notes: [Finding] = []
        // A dodge is a reply to a follow-up that is no evidence; a weak first answer is not one.
        let dodges = answeredTurns.filter { $0.probe != nil && !ReplyEvidence.counts($0.findings!, replyingTo: $0.probe) }
        if let dodge = dodges.first {
            let evaded = question.outcome?.evaded ?? []
            let text = evaded.isEmpty ? "Dodged a follow-up instead of answering it." : "Dodged the \(list(evaded.map(\.rawValue))) follow-up twice."
            let said = dodge.findings!.quote(.evasive) ?? dodge.findings!.quote(.hypothetical) ?? dodge.answer.map { String($0.prefix(160)) }
            notes.append(Finding(tone: .concern, text: text, quote: said))
        }
        let prompted = Set(question.outcome?.prompted ?? [])
        // How each part stood when the interviewer moved on: the recorded outcome, read and not
        // worked out again. A question the session ended inside has none; its answers are
        // weighed by the interviewer's own rule.
        let strengths = question.outcome?.strengths ?? Self.drill(question).strengths
        func best(_ part: StarPart) -> PartStrength { strengths[part] }
        // Each finding quotes the sentence that caused it, from the answer that caused it.
        func quote(_ part: StarPart) -> String? { findings.lazy.compactMap { $0.quote(part) }.first }

        // STAR: strong 1, weak 0.5; a part the candidate needed a follow-up for counts 0.6 of that.
        var star = 0.0
        for part in StarPart.allCases {
            let value = best(part) == .strong ? 1.0 : best(part) == .weak ? 0.5 : 0
            star += value * (prompted.contains(part) ? 0.6 : 1) / 4
        }
        let missing = strengths.parts { $0 == .absent }
        if missing.isEmpty && prompted.isEmpty {
            notes.append(Finding(tone: .strength, text: "A complete story: situation, task, action and result without being asked.", quote: quote(.action)))
        }
        if !missing.isEmpty { notes.append(Finding(tone: .concern, text: "Never gave the \(list(missing.map(\.rawValue))).", quote: nil)) }
        if !prompted.isEmpty {
            let parts = StarPart.allCases.filter { prompted.contains($0) }
            let given = parts.first.flatMap { part in findings.dropFirst().lazy.compactMap { $0.quote(part) }.first }
            notes.append(Finding(tone: .concern, text: "The \(list(parts.map(\.rawValue))) came only after a follow-up.", quote: given))
        }
        for part in strengths.parts(where: { $0 == .weak }) {
            notes.append(Finding(tone: .concern, text: "The \(part.rawValue) stayed vague.", quote: findings.first { $0[part] == .weak }?.quote(part)))
        }

        // Ownership: the share of "I" among I and we in action sentences.
        // Saturating sums: a transcript read from disk may hold any counts.
        let i = findings.reduce(0) { $0.addingReportingOverflow(max(0, $1.iCount)).overflow ? Int.max : $0 + max(0, $1.iCount) }
        let we = findings.reduce(0) { $0.addingReportingOverflow(max(0, $1.weCount)).overflow ? Int.max : $0 + max(0, $1.weCount) }
        var ownership = i == 0 && we == 0 ? 0.5 : Double(i) / (Double(i) + Double(we))
        if first.weHeavy {
            ownership = min(ownership, turns.count > 1 && !(findings.last!.weHeavy) ? 0.6 : 0.3)
            // The first answer's own count, as the follow-up's reason and the coaching give it.
            notes.append(Finding(tone: .concern, text: "Told the actions as \"we\" (\(first.weCount) told with \"we\", \(first.iCount) with \"I\").", quote: first.quote(.weAction)))
        } else if i >= 1 && i > we {
            notes.append(Finding(tone: .strength, text: "Owned the actions: \(i) told with \"I\", \(we) with \"we\".", quote: findings.lazy.compactMap { $0.quote(.iAction) }.first))
        }

        // Numbers: volunteered, or given when asked; a result without numbers earns little.
        let metrics: Double
        if first.quantifiedResult {
            metrics = 1
            notes.append(Finding(tone: .strength, text: "Quantified the result: \(first.metrics.prefix(4).joined(separator: ", ")).", quote: first.quote(.metric)))
        } else if let later = findings.first(where: \.quantifiedResult) {
            metrics = 0.7
            notes.append(Finding(tone: .concern, text: "Gave numbers only when asked: \(later.metrics.prefix(3).joined(separator: ", ")).", quote: later.quote(.metric)))
        } else if best(.result) != .absent {
            metrics = 0.2
            notes.append(Finding(tone: .concern, text: "The result had no number or measure.", quote: quote(.result)))
        } else {
            metrics = 0
        }

        // Specificity: one real event, not what the candidate would do; no filler.
        var specificity = 1.0
        if first.hypothetical {
            let resolved = findings.dropFirst().contains { !$0.hypothetical && $0.situation != .absent }
            specificity = resolved ? 0.5 : 0
            notes.append(Finding(tone: .concern, text: resolved ? "Began with what they would do; gave a real example only when asked." : "Described what they would do, never one specific time.", quote: answeredTurns[0].findings!.quote(.hypothetical) ?? String((answeredTurns[0].answer ?? "").prefix(160))))
        }
        let filler = Array(Set(findings.flatMap(\.vagueFiller))).sorted()
        if !filler.isEmpty {
            specificity = max(0, specificity - 0.25)
            notes.append(Finding(tone: .concern, text: "Vague filler with nothing concrete behind it.", quote: filler.prefix(3).joined(separator: "; ")))
        }

        // Signals heard for the question's principles.
        var heard: [String] = []
        for principle in question.principles {
            for phrase in findings.flatMap({ $0.signals[principle.id] ?? [] }) where !heard.contains(phrase) { heard.append(phrase) }
        }
        let signals = min(1, Double(heard.count) / 2)
        if !heard.isEmpty {
            notes.append(Finding(tone: .strength, text: "Signals for \(list(question.principles.map(\.name))): \(heard.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ")).", quote: nil))
        }
        let words = findings.reduce(0) { $0.addingReportingOverflow(max(0, $1.words)).overflow ? Int.max : $0 + max(0, $1.words) }
        if turns.contains(where: \.ranLong) || first.words > 450 {
            notes.append(Finding(tone: .concern, text: "Ran long (\(first.words) words in the first answer).", quote: nil))
        } else if words < 60 {
            notes.append(Finding(tone: .concern, text: "Very short (\(words) word\(words == 1 ? "" : "s") in all).", quote: nil))
        }

        let weights = rubric.weights.normalized
        let total = weights.star * star + weights.ownership * ownership + weights.metrics * metrics + weights.specificity * specificity + weights.signals * signals
        return AnswerScore(star: round2(star), ownership: round2(ownership), metrics: round2(metrics), specificity: round2(specificity), signals: round2(signals), total: round2(total), findings: notes)
    }

    // MARK: Principles, interviewers, decision

    private func principleScore(_ principle: LeadershipPrinciple, in round: RoundTranscript) -> PrincipleScore {
        // Only questions tagged with the principle are evidence for it; a signal phrase heard
        // elsewhere is a note in that question's findings, not a vote.
        let questions = round.questions.filter { $0.principles.contains(principle) }
        let answered = questions.filter { $0.turns.contains { $0.answer != nil } && $0.outcome?.skipped != true }
        let score = round2(mean(questions.compactMap { $0.score?.total }))
        var reasons: [String] = []
        var quotes: [String] = []
        if questions.isEmpty {
            reasons.append(round.questions.isEmpty ? "Not reached: the session ended before \(round.interviewer) asked about it."
                                                   : "Not assessed: no question in this round was about it.")
        }
        for question in questions {
            guard let scored = question.score else { continue }
            reasons.append("\"\(shorten(question.text, 70))\": \(percent(scored.total)).")
            for finding in scored.findings.prefix(3) { reasons.append("\(finding.tone == .strength ? "+" : "−") \(finding.text)") }
            for quote in scored.findings.compactMap(\.quote) where !quotes.contains(quote) && quotes.count < 3 {
                quotes.append(quote)
            }
        }
        return PrincipleScore(principle: principle, round: round.index, score: score, vote: rubric.thresholds.vote(for: score),
                              reasons: reasons, quotes: Array(quotes.prefix(3)), assessed: !answered.isEmpty)
    }

    private func decision(transcript: Transcript, overall: Double, principles: [PrincipleScore], interviewers: [InterviewerVote]) -> BarRaiserDecision {
        var vote = rubric.thresholds.vote(for: overall)
        let blockers = principles.filter { $0.assessed && $0.vote == .strongNoHire }
        if !blockers.isEmpty, vote.isHire { vote = .notInclined }
        let barRaiser = interviewers.first(where: \.barRaiser)
        let raises = transcript.completed && vote.isHire && (barRaiser.map { $0.assessed && $0.vote.isHire } ?? false) && blockers.isEmpty
        var rationale: [String] = []
        if transcript.loop.practice {
            rationale.append("This is a practice loop: the role has no formal interview, so this is how the answers would be read, not a hiring decision.")
        }
        if !transcript.completed { rationale.append("The loop was not finished, so some principles have no evidence.") }
        let counted = transcript.questions.filter(Self.counts).count
        rationale.append("Across \(counted) question\(counted == 1 ? "" : "s") the answers scored \(percent(overall)) on average.")
        if let barRaiser {
            rationale.append(barRaiser.assessed ? "The Bar Raiser (\(barRaiser.interviewer)) voted \(barRaiser.vote.title)." : "The Bar Raiser round (\(barRaiser.interviewer)) was not reached.")
        }
        if !blockers.isEmpty {
            let named = blockers.map { blocker in
                let voter = interviewers.first { $0.round == blocker.round }
                return "\(blocker.principle.name) (\(voter?.interviewer ?? "round \(blocker.round + 1)"), whose vote is \(voter?.vote.title ?? "?"))"
            }
            rationale.append("The evidence on \(list(named)) scores Strong No Hire: a gap no other interview makes up for.")
        }
        let strong = principles.filter { $0.assessed && $0.vote == .strongHire }.sorted { $0.score > $1.score }
        if !strong.isEmpty { rationale.append("Strongest on \(list(strong.prefix(3).map(\.principle.name))).") }
        rationale.append(raises ? "Raises the bar: better than half of the people in this role today, on this evidence." : "Does not raise the bar on this evidence.")

        let scored = transcript.questions.filter { $0.score != nil && $0.turns.contains { $0.answer != nil } && $0.outcome?.skipped != true }
        let best = scored.filter { $0.score!.total > 0 }.max { $0.score!.total < $1.score!.total }
        let worst = scored.min { $0.score!.total < $1.score!.total }
        func evidence(_ question: QuestionTranscript?) -> String? {
            guard let question, let score = question.score else { return nil }
            let quote = score.findings.compactMap(\.quote).first.map { " — \"\(shorten($0, 160))\"" } ?? ""
            return "\"\(shorten(question.text, 70))\" (\(percent(score.total)))\(quote)"
        }
        return BarRaiserDecision(raisesTheBar: raises, vote: vote, rationale: rationale.joined(separator: " "),
                                 strongest: evidence(best), weakest: best?.id == worst?.id ? nil : evidence(worst))
    }

    // MARK: Coaching

    /// What a coaching note is about, most damaging first: dodging and "we" sink a loop before
    /// form does, so they come first; one note per kind, naming every question it applies to.
    private enum CoachingKind: Int, Comparable {
        case evaded, weHeavy, hypothetical, skipped, retold, noResult, noNumber, prompted, vague, long
        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    /// Coaching ranked by impact, the biggest problem first; each item names its questions in
    /// full, and no kind of advice appears twice (the questions it applies to are listed together).
    private func coaching(_ questions: [QuestionTranscript], retold: [CoachingNote]) -> [CoachingNote] {
        var found: [CoachingKind: [(question: QuestionTranscript, detail: String)]] = [:]
        let ordered = questions.filter { $0.score != nil && Self.counts($0) }.sorted { ($0.score!.total, $0.id) < ($1.score!.total, $1.id) }
        for question in ordered {
            func add(_ kind: CoachingKind, _ detail: String = "") { found[kind, default: []].append((question, detail)) }
            if question.outcome?.skipped == true { add(.skipped, list(question.principles.map(\.name))); continue }
            let answered = question.turns.filter { $0.answer != nil && $0.findings != nil }
            let turns = answered.compactMap(\.findings)
            guard let first = turns.first else { continue }
            let missing = question.outcome?.missing ?? []
            // A dodge is an evasive reply; a hypothetical one ("usually, yes") is the hypothetical habit.
            let dodges = answered.filter { $0.probe != nil && !ReplyEvidence.counts($0.findings!, replyingTo: $0.probe) }
            if let dodge = dodges.first(where: { $0.findings!.evasive && !$0.findings!.hypothetical }), let text = dodge.answer {
                add(.evaded, shorten(text.trimmingCharacters(in: .whitespacesAndNewlines), 90))
            }
            if first.weHeavy { add(.weHeavy, "\(first.weCount) of the actions with \"we\" and \(first.iCount) with \"I\"") }
            if first.hypothetical || dodges.contains(where: { $0.findings!.hypothetical }) { add(.hypothetical) }
            if missing.contains(.result) { add(.noResult) } else if !turns.contains(where: \.quantifiedResult) { add(.noNumber) }
            let prompted = (question.outcome?.prompted ?? []).filter { $0 != .result || !missing.contains(.result) }
            if !prompted.isEmpty { add(.prompted, list(prompted.map(\.rawValue))) }
            if !first.vagueFiller.isEmpty { add(.vague, first.vagueFiller[0]) }
            if first.words > 450 { add(.long, "\(first.words)") }
        }
        // Each question named in full; past three, the rest counted.
        func titles(_ items: [(question: QuestionTranscript, detail: String)]) -> String {
            let named = items.prefix(3).map { "\u{201C}\($0.question.text)\u{201D}" }
            let more = items.count - named.count
            return more > 0 ? named.joined(separator: ", ") + " and \(more) other question\(more == 1 ? "" : "s")" : list(named)
        }
        var notes: [(CoachingKind, CoachingNote)] = retold.map { (.retold, $0) }
        for (kind, items) in found {
            let id = items[0].question.id
            let one = items.count == 1
            let text: String
            switch kind {
            case .evaded:
                text = one ? "In \(titles(items)) you dodged a follow-up (\"\(items[0].detail)\"). Answer what was asked, even roughly: what you did, what you saw, the number as you remember it. A dodge counts as no answer."
                           : "You dodged follow-ups in \(titles(items)) (for example \"\(items[0].detail)\"). Answer what was asked, even roughly: what you did, what you saw, the number as you remember it. A dodge counts as no answer."
            case .weHeavy:
                text = one ? "In \(titles(items)) you told \(items[0].detail). Say what you did yourself: the decisions and the work that were yours."
                           : "In \(titles(items)) the actions were told mostly with \"we\" (in the first, \(items[0].detail)). Say what you did yourself: the decisions and the work that were yours."
            case .hypothetical:
                text = "For \(titles(items)) you said what you would do or usually do, not what you did. Prepare one real story for \(one ? "it" : "each"): when it happened, what you did, how it ended."
            case .skipped:
                text = one ? "You skipped \(titles(items)). Prepare a story for \(items[0].detail)." : "You skipped \(titles(items)). Prepare a story for each."
            case .retold:
                continue
            case .noResult:
                text = "Your answer\(one ? "" : "s") to \(titles(items)) never reached a result. End every story with what happened, in numbers."
            case .noNumber:
                text = "Your result\(one ? "" : "s") for \(titles(items)) had no number: say how much it changed (time, money, percent, customers) and how you measured it."
            case .prompted:
                text = one ? "In \(titles(items)) the \(items[0].detail) came out only after a follow-up. Volunteer them: the interviewer notes when you need help."
                           : "In \(titles(items)) parts of the story came out only after a follow-up (in the first, the \(items[0].detail)). Volunteer them: the interviewer notes when you need help."
            case .vague:
                text = "In \(titles(items)), replace filler such as \"\(items[0].detail)\" with the concrete steps you took."
            case .long:
                text = "Your answer\(one ? "" : "s") to \(titles(items)) ran long (\(items.map(\.detail).joined(separator: ", ")) words). Aim for about 300, most of them on your actions."
            }
            notes.append((kind, CoachingNote(questionID: id, text: text)))
        }
        // Dodging, "we" and hypothetical answers first, the one that touched most questions
        // first among them; then the rest in their order.
        func key(_ kind: CoachingKind, _ offset: Int) -> (Int, Int, Int, Int) {
            kind <= .hypothetical ? (0, -(found[kind]?.count ?? 0), kind.rawValue, offset) : (1, 0, kind.rawValue, offset)
        }
        return Array(notes.enumerated().sorted { key($0.element.0, $0.offset) < key($1.element.0, $1.offset) }.map(\.element.1).prefix(8))
    }

    // MARK: Helpers

    private func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
    private func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }
    private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
    private func list(_ items: [String]) -> String {
        items.count <= 1 ? items.first ?? "" : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
    /// `text` cut to `limit` characters at a word boundary ("…made it simpler…", never "simpl…").
    private func shorten(_ text: String, _ limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= limit / 2 {
            cut = String(cut[..<space])
        }
        return cut.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) + "…"
    }
}
