import InterviewScript

/// Runs a loop's test plans: scripted candidate inputs fed to the real interviewer (seeded,
/// with a fixed clock), checking after each step what the interviewer does next against the
/// plan's expectations. Failures name the plan, the step, expected and actual, the place of the
/// expectation in the script, and why the interviewer did what it did.
///
/// Stopping at the first divergence (`mockloop test`), a plan reports one failure: every later
/// step would answer a different prompt than it was written for, so it is reported as not run.
public struct TestPlanRunner: Sendable {
    /// One expectation that did not hold.
    public struct Failure: Sendable, Equatable, CustomStringConvertible {
        public var plan: String
        public var step: Int
        public var location: SourceLocation
        public var message: String
        /// Why the interviewer did what it did: its reason for a follow-up or for closing the
        /// question, and how the reader read the answer.
        public var why: String? = nil

        public var description: String { "\(location): error: plan '\(plan)', step \(step): \(message)" }
    }

    /// How one plan went.
    public struct PlanResult: Sendable {
        public var plan: TestPlan
        public var failures: [Failure]
        /// Question ids asked and (question id, probe) pairs fired while the plan ran.
        public var questionsAsked: Set<String>
        public var probesFired: Set<String>
        /// What the interviewer did after each step (nil for steps never reached).
        public var observations: [Observation?] = []
        /// The overall vote, when the loop finished within the plan.
        public var finalVote: Vote?
        /// Steps left over after the loop finished.
        public var stepsAfterFinish = 0
        /// Steps not run because the plan stopped at its first divergence.
        public var notRun = 0
        public var passed: Bool { failures.isEmpty }
    }

    /// What the interviewer did after one input.
    public struct Observation: Sendable, Equatable {
        public var next: TestExpectation.Next?
        public var probe: ProbeKind?
        public var question: String?
        public var missing: [StarPart]
        public var prompted: [StarPart]
        public var signals: Set<LeadershipPrinciple>
    }

    public let loop: Loop
    public let library: ScriptLibrary
    private let reader: AnswerReader
    /// Seconds between scripted inputs on the fixed clock.
    public static let secondsPerStep = 60.0

    public init(loop: Loop, library: ScriptLibrary, reader: @escaping AnswerReader) {
        self.loop = loop
        self.library = library
        self.reader = reader
    }

    public func run(stoppingAtFirstFailure: Bool = false) -> [PlanResult] {
        loop.tests.map { run($0, stoppingAtFirstFailure: stoppingAtFirstFailure) }
    }

    public func run(_ plan: TestPlan, stoppingAtFirstFailure: Bool = false) -> PlanResult {
        var engine = Interviewer(loop: loop, plan: InterviewPlan(loop: loop, library: library, seed: plan.seed), seed: plan.seed, reader: reader)
        var records = collect(engine.handle(.start(at: 0)))
        var asked = Set(records.compactMap { if case .questionAsked(_, let id, _, _) = $0 { id } else { nil } })
        var fired = Set<String>()
        var failures: [Failure] = []
        var heard: [String: Set<LeadershipPrinciple>] = [:]
        var observations: [Observation?] = Array(repeating: nil, count: plan.steps.count)
        var stepsAfterFinish = 0
        var notRun = 0
        for (index, step) in plan.steps.enumerated() {
            let number = index + 1
            if engine.isFinished {
                failures.append(Failure(plan: plan.name, step: number, location: step.location, message: "the loop had already finished; the plan has more steps than the session needed"))
                stepsAfterFinish = plan.steps.count - index
                break
            }
            let currentQuestion: String? = if case .questioning(let q) = engine.state { q.drill.questionID } else { nil }
            let at = Double(number) * Self.secondsPerStep
            let event: Event = SessionCommand(typed: step.input).map { .command($0, at: at) } ?? .answer(step.input, at: at)
            let effects = engine.handle(event)
            let stepRecords = collect(effects)
            records += stepRecords
            for record in stepRecords {
                switch record {
                case .questionAsked(_, let id, _, _): asked.insert(id)
                case .probeAsked(_, let id, let probe, _, _, _): fired.insert("\(id)/\(probe.rawValue)")
                case .answerGiven(let answer):
                    for id in answer.findings.signals.keys { if let principle = LeadershipPrinciple(id: id) { heard[answer.questionID, default: []].insert(principle) } }
                default: break
                }
            }
            let observed = observe(effects: effects, engine: engine, question: currentQuestion, heard: heard)
            observations[index] = observed
            guard let expectation = step.expectation else { continue }
            let found = check(expectation, observed: observed, plan: plan, step: number, records: records, engine: engine)
            guard !found.isEmpty else { continue }
            if stoppingAtFirstFailure {
                var one = found[0]
                one.message = found.map(\.message).joined(separator: "; ")
                one.why = Self.why(stepRecords)
                failures.append(one)
                notRun = plan.steps.count - number
                break
            }
            failures += found
        }
        var finalVote: Vote? = nil
        if engine.isFinished {
            let header = JournalHeader(loopID: loop.id, loopVersion: loop.version, loopFile: loop.file, scriptFingerprint: "", seed: plan.seed, startedAt: "")
            finalVote = TranscriptBuilder.build(header: header, records: records, loop: loop, library: library, generatedAt: "").scores.decision.vote
        }
        return PlanResult(plan: plan, failures: failures, questionsAsked: asked, probesFired: fired, observations: observations,
                          finalVote: finalVote, stepsAfterFinish: stepsAfterFinish, notRun: notRun)
    }

    /// The interviewer's reasons in one step's records, and how the answer was read.
    static func why(_ records: [SessionRecord]) -> String {
        var parts: [String] = []
        for record in records {
            switch record {
            case .answerGiven(let answer):
                let f = answer.findings
                var reading = StarPart.allCases.map { "\($0.rawValue) \(f[$0].rawValue)" }.joined(separator: ", ")
                reading += "; \(f.iCount) told with I, \(f.weCount) with we"
                reading += f.quantifiedResult ? "; a measured result" : "; no measured result"
                if f.hypothetical { reading += "; hypothetical" }
                if f.evasive { reading += "; evasive" }
                parts.append("the answer was read as: \(reading)")
            case .probeAsked(_, _, let probe, _, let reason, _):
                parts.append("the interviewer asked \(probe.rawValue) because \(reason)")
            case .questionClosed(let outcome):
                parts.append("the interviewer closed the question (\(outcome.reason)\(outcome.missing.isEmpty ? "" : ", missing " + outcome.missing.map(\.rawValue).joined(separator: ", ")))")
            default: break
            }
        }
        return parts.joined(separator: "; ")
    }

    private func collect(_ effects: [Effect]) -> [SessionRecord] {
        effects.compactMap { if case .record(let record) = $0 { record } else { nil } }
    }

    /// What the interviewer did with one input, read from its effects and its state.
    func observe(effects: [Effect], engine: Interviewer, question: String?, heard: [String: Set<LeadershipPrinciple>]) -> Observation {
        var next: TestExpectation.Next? = nil
        var probe: ProbeKind? = nil
        var asked: String? = nil
        let roundEnded = effects.contains { if case .endRound = $0 { true } else { false } }
        if effects.contains(where: { if case .finish = $0 { true } else { false } }) {
            next = .finish
        } else if let prompt = effects.last(where: { if case .ask = $0 { true } else { false } }), case .ask(let last) = prompt {
            switch last.kind {
            case .probe(let kind): next = .probe; probe = kind
            case .question(let id): next = roundEnded ? .round : .question; asked = id
            case .closing: next = .closing
            }
        }
        // The question the step answered: its parts as they stand (or as it closed).
        let closed = effects.compactMap { if case .record(.questionClosed(let outcome)) = $0, outcome.questionID == question { outcome } else { nil } }.last
        var missing: [StarPart] = [], prompted: [StarPart] = []
        if let closed {
            missing = closed.missing
            prompted = closed.prompted
        } else if case .questioning(let q) = engine.state, q.drill.questionID == question {
            missing = q.drill.missing
            prompted = q.drill.prompted
        }
        return Observation(next: next, probe: probe, question: asked, missing: missing, prompted: prompted, signals: question.flatMap { heard[$0] } ?? [])
    }

    private func check(_ expectation: TestExpectation, observed: Observation, plan: TestPlan, step: Int, records: [SessionRecord], engine: Interviewer) -> [Failure] {
        var failures: [Failure] = []
        func fail(_ location: SourceLocation, _ message: String) {
            failures.append(Failure(plan: plan.name, step: step, location: location, message: message))
        }
        func describe(_ observation: Observation) -> String {
            switch observation.next {
            case .probe: article(observation.probe?.rawValue ?? "?") + " follow-up"
            case .question: "question '\(observation.question ?? "?")'"
            case .round: "a new round with question '\(observation.question ?? "?")'"
            case .closing: "the candidate's questions"
            case .finish: "the end of the loop"
            case nil: "nothing"
            }
        }
        if let next = expectation.next, next.value != observed.next {
            fail(next.location, "expected next \(next.value.rawValue), got \(describe(observed))")
        }
        if let probe = expectation.probe, probe.value != observed.probe {
            fail(probe.location, "expected \(article(probe.value.rawValue)) follow-up, got \(describe(observed))")
        }
        if let question = expectation.question, question.value != observed.question {
            fail(question.location, "expected question '\(question.value)', got \(describe(observed))")
        }
        if let missing = expectation.missing, Set(missing.value) != Set(observed.missing) {
            fail(missing.location, "expected missing [\(names(missing.value))], got [\(names(observed.missing))]")
        }
        if let prompted = expectation.prompted, Set(prompted.value) != Set(observed.prompted) {
            fail(prompted.location, "expected prompted [\(names(prompted.value))], got [\(names(observed.prompted))]")
        }
        if let signals = expectation.signals {
            let absent = signals.value.filter { !observed.signals.contains($0) }
            if !absent.isEmpty {
                let heard = observed.signals.sorted().map(\.id).joined(separator: ", ")
                fail(signals.location, "expected signals for \(absent.map(\.id).joined(separator: ", ")); heard \(heard.isEmpty ? "none" : heard)")
            }
        }
        if let vote = expectation.vote {
            if !engine.isFinished {
                fail(vote.location, "a vote can only be checked once the loop has finished; this step leads to \(describe(observed))")
            } else {
                let header = JournalHeader(loopID: loop.id, loopVersion: loop.version, loopFile: loop.file, scriptFingerprint: "", seed: plan.seed, startedAt: "")
                let transcript = TranscriptBuilder.build(header: header, records: records, loop: loop, library: library, generatedAt: "")
                let actual = transcript.scores.decision.vote
                if actual != vote.value {
                    fail(vote.location, "expected the overall vote \(vote.value.rawValue), got \(actual.rawValue) (score \(Int((transcript.scores.overallScore * 100).rounded()))%)")
                }
            }
        }
        return failures
    }

    private func article(_ word: String) -> String {
        (word.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + word
    }

    private func names(_ parts: [StarPart]) -> String { parts.sorted().map(\.rawValue).joined(separator: ", ") }
}
