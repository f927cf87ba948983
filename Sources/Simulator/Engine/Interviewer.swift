import InterviewScript

/// The scripted interviewer: a pure state machine that runs a whole loop.
///
/// Feed it events with `handle(_:)` and carry out the effects it returns; it does no I/O and
/// reads no clock. All of its state is in `state`, an enum whose cases hold only what makes
/// sense in them. Events that make no sense in a state (an answer after the loop finished, a
/// second start) are ignored and return no effects; the only programmer error is building an
/// interviewer for a loop without rounds, which a validated loop never is.
public struct Interviewer: Sendable {
    /// Where the interview is.
    public enum State: Sendable, Equatable {
        case notStarted
        /// Waiting for the answer to a question or a follow-up.
        case questioning(Questioning)
        /// Waiting for the candidate's own questions at the end of a round.
        case closing(round: Int, prompt: Prompt, askedAt: Double)
        case finished(completed: Bool)
    }

    /// The question under discussion.
    public struct Questioning: Sendable, Equatable {
        public var round: Int
        public var question: Int
        public var drill: DrillDown
        public var prompt: Prompt
        public var askedAt: Double
        /// When the question itself (not its latest follow-up) was asked.
        public var questionAskedAt: Double
        /// Questions back the interviewer answered on this question (see `Aside`).
        public var asides = 0
        /// Whether the candidate was given a moment for an example after saying none came to mind.
        public var noExampleOffered = false
    }

    /// Questions back answered on one question (a request to repeat it is always answered);
    /// after that, what the candidate says is the answer.
    static let asidesAnswered = 2

    public let loop: Loop
    public let plan: InterviewPlan
    public let seed: UInt64
    private let read: AnswerReader
    public private(set) var state: State = .notStarted
    /// When the current round started (seconds on the caller's clock).
    public private(set) var roundStartedAt: Double = 0
    public private(set) var overranRounds: Set<Int> = []

    /// The candidate's story bank, for `/hint` to name the stories that fit a question.
    public let stories: [Story]

    public init(loop: Loop, plan: InterviewPlan, seed: UInt64, reader: @escaping AnswerReader, stories: [Story] = []) {
        precondition(!loop.rounds.isEmpty && plan.rounds.count == loop.rounds.count, "a loop needs rounds and a plan for each")
        self.loop = loop
        self.plan = plan
        self.seed = seed
        self.read = reader
        self.stories = stories
    }

    /// Where the candidate is, for the prompt: round and question numbers (1-based).
    public var position: (round: Int, rounds: Int, question: Int?, questions: Int)? {
        switch state {
        case .questioning(let q): (q.round + 1, loop.rounds.count, q.question + 1, plan.rounds[q.round].count)
        case .closing(let round, _, _): (round + 1, loop.rounds.count, nil, plan.rounds[round].count)
        case .notStarted, .finished: nil
        }
    }

    /// The prompt waiting for an answer, if any.
    public var pendingPrompt: Prompt? {
        switch state {
        case .questioning(let q): q.prompt
        case .closing(_, let prompt, _): prompt
        case .notStarted, .finished: nil
        }
    }

    /// What to say when a session is resumed, before the pending prompt: where the candidate is
    /// (the round and its interviewer) and, when a follow-up is pending, the question it follows.
    public var resumeContext: [(Speaker, String)] {
        let round: Int
        switch state {
        case .questioning(let q): round = q.round
        case .closing(let r, _, _): round = r
        case .notStarted, .finished: return []
        }
        var lines: [(Speaker, String)] = [(.coordinator, InterviewerLines.roundIntroduction(loop.rounds[round], index: round, of: loop.rounds.count))]
        if case .questioning(let q) = state, case .probe = q.prompt.kind {
            lines.append((.interviewer(loop.rounds[round].interviewer), plan.rounds[q.round][q.question].text))
        }
        return lines
    }

    public var isFinished: Bool { if case .finished = state { true } else { false } }
    /// Whether the interviewer is waiting for the candidate's own questions at the end of a round.
    public var isClosing: Bool { if case .closing = state { true } else { false } }

    // MARK: Events

    public mutating func handle(_ event: Event) -> [Effect] {
        switch (state, event) {
        case (.notStarted, .start(let at)):
            var effects: [Effect] = [.record(.sessionStarted(loopID: loop.id, loopVersion: loop.version, seed: seed, at: at))]
            if let intro = loop.intro { effects.append(.say(.coordinator, intro)) }
            return effects + beginRound(0, at: at)
        case (.questioning(let questioning), .answer(let text, let at)):
            return answered(text, in: questioning, at: at)
        case (.closing(let round, _, let askedAt), .answer(let text, let at)):
            return closed(round: round, text: text, askedAt: askedAt, at: at)
        case (.questioning, .command(let command, let at)), (.closing, .command(let command, let at)):
            return perform(command, at: at)
        case (.questioning(let questioning), .tick(let at)):
            guard at - roundStartedAt >= Double(loop.rounds[questioning.round].minutes) * 60 else { return [] }
            return [.say(.interviewer(loop.rounds[questioning.round].interviewer), InterviewerLines.outOfTime(loop.rounds[questioning.round], loop: loop))]
                + closeQuestion(questioning, reason: .time, at: at) + openClosing(questioning.round, at: at)
        default:
            // Odd but harmless: a second start, input before the start or after the end, a tick while closing.
            return []
        }
    }

    // MARK: Rounds and questions

    private mutating func beginRound(_ index: Int, at: Double) -> [Effect] {
        roundStartedAt = at
        let round = loop.rounds[index]
        var effects: [Effect] = [
            .record(.roundStarted(round: index, interviewer: round.interviewer, at: at)),
            .say(.coordinator, InterviewerLines.roundIntroduction(round, index: index, of: loop.rounds.count)),
            .say(.interviewer(round.interviewer), InterviewerLines.greeting(round, loop: loop)),
        ]
        effects += ask(question: 0, round: index, at: at)
        return effects
    }

    private mutating func ask(question index: Int, round: Int, at: Double) -> [Effect] {
        guard index < plan.rounds[round].count else { return openClosing(round, at: at) }
        let question = plan.rounds[round][index]
        let prompt = Prompt(speaker: .interviewer(loop.rounds[round].interviewer), text: question.text, kind: .question(id: question.id))
        state = .questioning(Questioning(round: round, question: index, drill: DrillDown(questionID: question.id), prompt: prompt, askedAt: at, questionAskedAt: at))
        return [.record(.questionAsked(round: round, questionID: question.id, text: question.text, at: at)), .ask(prompt)]
    }

    private mutating func answered(_ text: String, in current: Questioning, at: Double) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        var questioning = current
        let question = plan.rounds[current.round][current.question]
        let round = loop.rounds[current.round]
        let replyingTo: ProbeKind? = if case .probe(let kind) = current.prompt.kind { kind } else { nil }
        // Time for questions in this round is up: leave the closing its minutes.
        let questionTime = Double(round.minutes - loop.closing.minutes) * 60
        var heard: AnswerFindings?
        if at - roundStartedAt < questionTime, let aside = aside(trimmed, in: current, question: question, replyingTo: replyingTo, heard: &heard) {
            return answerAside(aside, text: trimmed, in: current, at: at)
        }
        let findings = heard ?? read(trimmed, question, replyingTo)
        questioning.drill.add(.init(text: trimmed, findings: findings, replyingTo: replyingTo))
        let seconds = max(0, at - current.askedAt)
        var effects: [Effect] = [.record(.answerGiven(answer: AnswerRecord(
            round: current.round, questionID: question.id, turn: questioning.drill.turns.count - 1, replyingTo: replyingTo,
            text: trimmed, findings: findings, at: at, seconds: seconds)))]
        let questionBudget = Double(loop.questionMinutes) * 60
        if seconds > questionBudget {
            effects.append(.record(.answerRanLong(round: current.round, questionID: question.id, seconds: seconds, budgetSeconds: questionBudget)))
        }
        if at - roundStartedAt >= questionTime {
            effects.append(.say(.interviewer(round.interviewer), InterviewerLines.outOfTime(round, loop: loop)))
            return effects + closeQuestion(questioning, reason: .time, at: at) + openClosing(current.round, at: at)
        }
        // The question's own time is up: no more follow-ups on it (the round goes on).
        let questionTimeUp = at - current.questionAskedAt >= questionBudget
        if !questionTimeUp, let probe = questioning.drill.nextProbe(policy: loop.probing, depthOrder: DepthOrder.order(for: round)) {
            let timesAsked = questioning.drill.probes.filter { $0 == probe }.count
            let pressing = questioning.drill.toPress == probe
            let dodge = questioning.drill.turns.last.flatMap(DrillDown.dodge) ?? .evasive
            let text = pressing ? InterviewerLines.press(probe, after: dodge, followUp: current.prompt.text)
                                : InterviewerLines.probe(probe, for: question, timesAsked: timesAsked,
                                                         answers: questioning.drill.turns.map(\.text),
                                                         weak: probe.starPart.map { questioning.drill.strength(of: $0) == .weak } ?? false,
                                                         phrase: probe == .vague ? questioning.drill.turns.last?.findings.vagueFiller.first : nil)
            let reason = questioning.drill.reason(for: probe)
            questioning.drill.asked(probe)
            questioning.prompt = Prompt(speaker: .interviewer(round.interviewer), text: text, kind: .probe(probe))
            questioning.askedAt = at
            state = .questioning(questioning)
            return effects + [
                .record(.probeAsked(round: current.round, questionID: question.id, probe: probe, text: text, reason: reason, at: at)),
                .ask(questioning.prompt),
            ]
        }
        let complete = questioning.drill.missing.isEmpty && !questioning.drill.stillHypothetical
        if questionTimeUp && questioning.drill.nextProbe(policy: loop.probing, depthOrder: DepthOrder.order(for: round)) != nil {
            effects.append(.say(.interviewer(round.interviewer), InterviewerLines.questionOutOfTime))
        }
        effects += closeQuestion(questioning, reason: questionTimeUp && !complete ? .time : complete ? .complete : .probeLimit, at: at)
        if current.question + 1 < plan.rounds[current.round].count {
            effects.append(.say(.interviewer(round.interviewer), InterviewerLines.transition(round, loop: loop, current.question)))
        }
        return effects + ask(question: current.question + 1, round: current.round, at: at)
    }

    /// What the candidate said, when it is an aside to answer rather than an answer: a question
    /// back (twice at most on one question; a request to repeat, always), or, before any answer
    /// to the question, that no example comes to mind (and the reader hears no part of a story in it).
    /// What the reader heard, when it was asked, is left in `heard`, so an answer is read once.
    private func aside(_ text: String, in current: Questioning, question: Question, replyingTo: ProbeKind?, heard: inout AnswerFindings?) -> Aside? {
        guard let aside = Aside.kind(of: text) else { return nil }
        switch aside {
        case .repeatPlease: return aside
        case .clarifying, .aboutTheRole: return current.asides < Self.asidesAnswered ? aside : nil
        case .noExample:
            guard current.drill.turns.isEmpty else { return nil }
            let findings = read(text, question, replyingTo)
            heard = findings
            return StarPart.allCases.allSatisfy { findings[$0] == .absent } ? aside : nil
        }
    }

    /// The candidate said something other than an answer: a short answer to it, then the same
    /// prompt again, or, when no example comes to mind a second time, the next question.
    /// Recorded, not read or scored; the answer's time runs from the prompt again.
    private mutating func answerAside(_ aside: Aside, text: String, in current: Questioning, at: Double) -> [Effect] {
        var questioning = current
        let question = plan.rounds[current.round][current.question]
        let speaker = Speaker.interviewer(loop.rounds[current.round].interviewer)
        if aside == .noExample && current.noExampleOffered {
            let reply = InterviewerLines.noExampleAgain
            return [.record(.aside(round: current.round, questionID: question.id, text: text, reply: reply, at: at)), .say(speaker, reply)]
                + closeQuestion(current, reason: .skipped, skipped: true, at: at) + ask(question: current.question + 1, round: current.round, at: at)
        }
        let afterFollowUp = if case .probe = current.prompt.kind { true } else { false }
        let reply = InterviewerLines.answer(to: aside, afterFollowUp: afterFollowUp, times: aside == .noExample ? 0 : current.asides)
        if aside == .noExample { questioning.noExampleOffered = true } else if aside != .repeatPlease { questioning.asides += 1 }
        questioning.askedAt = at
        state = .questioning(questioning)
        return [
            .record(.aside(round: current.round, questionID: question.id, text: text, reply: reply, at: at)),
            .say(speaker, reply),
            .ask(questioning.prompt),
        ]
    }

    private func closeQuestion(_ questioning: Questioning, reason: QuestionOutcome.Reason, skipped: Bool = false, at: Double) -> [Effect] {
        [.record(.questionClosed(outcome: questioning.drill.outcome(round: questioning.round, skipped: skipped, reason: reason, at: at)))]
    }

    private mutating func openClosing(_ round: Int, at: Double) -> [Effect] {
        let prompt = Prompt(speaker: .interviewer(loop.rounds[round].interviewer), text: loop.closing.prompt, kind: .closing)
        state = .closing(round: round, prompt: prompt, askedAt: at)
        return [.ask(prompt)]
    }

    private mutating func closed(round index: Int, text: String, askedAt: Double, at: Double) -> [Effect] {
        let round = loop.rounds[index]
        let questions = CandidateQuestionClassifier.questions(in: text)
        var effects: [Effect] = [.record(.candidateQuestions(round: index, questions: questions, at: at))]
        let speaker = Speaker.interviewer(round.interviewer)
        if questions.isEmpty {
            effects.append(.say(speaker, InterviewerLines.noQuestions))
        } else {
            // One answer per topic asked about; "anything else" only when nothing else was answered.
            var topics: [Wording.Topic] = []
            for question in questions {
                let topic = CandidateQuestionClassifier.topic(of: question.text)
                if !topics.contains(topic) { topics.append(topic) }
            }
            if topics.count > 1 { topics.removeAll { $0 == .other } }
            for topic in topics { effects.append(.say(speaker, InterviewerLines.reply(to: topic, round: round, loop: loop))) }
        }
        effects.append(.say(speaker, InterviewerLines.farewell(round, loop: loop)))
        return effects + endRound(index, at: at)
    }

    private mutating func endRound(_ index: Int, at: Double) -> [Effect] {
        var effects: [Effect] = []
        let used = at - roundStartedAt
        let budget = Double(loop.rounds[index].minutes) * 60
        if used > budget, overranRounds.insert(index).inserted {
            effects.append(.record(.roundOverran(round: index, seconds: used, budgetSeconds: budget)))
        }
        effects += [.record(.roundEnded(round: index, at: at)), .endRound(index)]
        if index + 1 < loop.rounds.count {
            return effects + beginRound(index + 1, at: at)
        }
        state = .finished(completed: true)
        return effects + [
            .say(.coordinator, InterviewerLines.loopFinished(loop)),
            .record(.sessionEnded(completed: true, at: at)),
            .finish(completed: true),
        ]
    }

    // MARK: Commands

    private mutating func perform(_ command: SessionCommand, at: Double) -> [Effect] {
        let (roundIndex, questioning): (Int, Questioning?) = switch state {
        case .questioning(let q): (q.round, q)
        case .closing(let round, _, _): (round, nil)
        default: (0, nil)
        }
        let round = loop.rounds[roundIndex]
        let questionID = questioning.map { plan.rounds[$0.round][$0.question].id }
        var effects: [Effect] = [.record(.commandUsed(command: command, round: roundIndex, questionID: questionID, at: at))]
        switch command {
        case .help:
            effects.append(.say(.coordinator, InterviewerLines.help))
        case .repeat:
            if let prompt = pendingPrompt { effects.append(.ask(prompt)) }
        case .time:
            effects.append(.say(.coordinator, InterviewerLines.timeReport(
                round: round, index: roundIndex, count: loop.rounds.count, usedSeconds: at - roundStartedAt,
                question: questioning?.question, questions: plan.rounds[roundIndex].count, questionMinutes: loop.questionMinutes)))
        case .hint:
            let question = questioning.map { plan.rounds[$0.round][$0.question] }
            let missing = questioning.map { $0.drill.turns.isEmpty ? [] : $0.drill.missing } ?? []
            let text = isClosing ? InterviewerLines.closingHint : InterviewerLines.hint(round, question: question, missing: missing, stories: stories)
            effects += [.record(.hintGiven(round: roundIndex, questionID: questionID, text: text, at: at)), .say(.coordinator, text)]
        case .skip:
            if let questioning {
                effects.append(.say(.interviewer(round.interviewer), InterviewerLines.skipped))
                effects += closeQuestion(questioning, reason: .skipped, skipped: true, at: at)
                effects += ask(question: questioning.question + 1, round: roundIndex, at: at)
            } else {
                effects += closed(round: roundIndex, text: "", askedAt: at, at: at)
            }
        case .quit:
            if let questioning { effects += closeQuestion(questioning, reason: .quit, at: at) }
            state = .finished(completed: false)
            effects += [.say(.coordinator, InterviewerLines.quit()), .record(.sessionEnded(completed: false, at: at)), .finish(completed: false)]
        }
        return effects
    }
}
