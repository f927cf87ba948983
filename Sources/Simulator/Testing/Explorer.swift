import Foundation
import InterviewScript

/// Plays many seeded random candidates through a loop: each question answered with a random
/// mix of STAR parts present or missing, "we" or "I", numbers or none, sometimes hypothetical
/// or vague, with the odd command. Reports follow-ups and phases never reached and any dead
/// end (the interviewer waiting with nothing asked) or runaway session.
public struct Explorer: Sendable {
    /// What the exploration found.
    public struct Report: Sendable {
        public var runs: Int
        public var steps: Int
        public var finished: Int
        /// (round, probe kind) pairs that fired, as "R1/result".
        public var probesFired: Set<String>
        public var closingsReached: Set<Int>
        public var deadEnds: [String]
        public var runaway: [String]
        public var probeLimitExceeded: [String]
    }

    public let loop: Loop
    public let library: ScriptLibrary
    private let reader: AnswerReader
    /// Longest session before it is called a runaway.
    public static let maxSteps = 400

    public init(loop: Loop, library: ScriptLibrary, reader: @escaping AnswerReader) {
        self.loop = loop
        self.library = library
        self.reader = reader
    }

    /// Runs `runs` candidates with seeds derived from `seed`, on every core.
    public func explore(runs: Int, seed: UInt64) -> Report {
        let workers = max(1, min(runs, ProcessInfo.processInfo.activeProcessorCount * 4))
        let partial = UnsafeMutableBufferPointer<Report?>.allocate(capacity: workers)
        partial.initialize(repeating: nil)
        defer { partial.deallocate() }
        nonisolated(unsafe) let shared = partial
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var report = Report(runs: 0, steps: 0, finished: 0, probesFired: [], closingsReached: [], deadEnds: [], runaway: [], probeLimitExceeded: [])
            let cache = FindingsCache(reader: reader)
            var index = worker
            while index < runs {
                run(seed: seed &+ UInt64(index) &* 0x9E37_79B9, into: &report, cache: cache)
                index += workers
            }
            shared[worker] = report
        }
        var total = Report(runs: 0, steps: 0, finished: 0, probesFired: [], closingsReached: [], deadEnds: [], runaway: [], probeLimitExceeded: [])
        for report in partial.compactMap({ $0 }) {
            total.runs += report.runs
            total.steps += report.steps
            total.finished += report.finished
            total.probesFired.formUnion(report.probesFired)
            total.closingsReached.formUnion(report.closingsReached)
            total.deadEnds += report.deadEnds
            total.runaway += report.runaway
            total.probeLimitExceeded += report.probeLimitExceeded
        }
        return total
    }

    private func run(seed: UInt64, into report: inout Report, cache: FindingsCache) {
        var random = SeededRandom(seed: seed)
        let cached: AnswerReader = { text, question, probe in cache.findings(text, question, probe) }
        let plan = InterviewPlan(loop: loop, library: library, seed: seed)
        // A round the draw left with no question goes straight to the candidate's questions:
        // a dead end for the interview, whatever the candidate says.
        for (index, questions) in plan.rounds.enumerated() where questions.isEmpty {
            report.deadEnds.append("seed \(seed): round \(index + 1) ('\(loop.rounds[index].title)') asks no question; the draw left it none")
        }
        var engine = Interviewer(loop: loop, plan: plan, seed: seed, reader: cached)
        _ = engine.handle(.start(at: 0))
        report.runs += 1
        var clock = 0.0
        var probesThisQuestion = 0
        for _ in 0..<Self.maxSteps {
            guard let prompt = engine.pendingPrompt else { break }
            let round = engine.position.map { $0.round } ?? 0
            clock += Double(10 + random.below(600))
            let event: Event
            let roll = random.below(100)
            if roll < 4 { event = .command(.skip, at: clock) }
            else if roll < 6 { event = .command([.repeat, .hint, .time, .help][random.below(4)], at: clock) }
            else if roll < 7 { event = .tick(at: clock) }
            else if prompt.kind == .closing { event = .answer(random.below(3) == 0 ? "no" : "What does success look like in the first six months?", at: clock) }
            else { event = .answer(CandidateAnswers.random(&random), at: clock) }
            let effects = engine.handle(event)
            report.steps += 1
            // /repeat asks the same prompt again: not a new follow-up.
            let repeated = event == .command(.repeat, at: clock)
            for effect in effects where !repeated {
                guard case .ask(let asked) = effect else { continue }
                switch asked.kind {
                case .probe(let kind):
                    report.probesFired.insert("R\(round)/\(kind.rawValue)")
                    probesThisQuestion += 1
                    if probesThisQuestion > loop.probing.maxProbes {
                        report.probeLimitExceeded.append("seed \(seed): more than \(loop.probing.maxProbes) follow-ups on one question in round \(round)")
                    }
                case .question: probesThisQuestion = 0
                case .closing: report.closingsReached.insert(round); probesThisQuestion = 0
                }
            }
            if engine.isFinished {
                report.finished += 1
                return
            }
            if engine.pendingPrompt == nil {
                report.deadEnds.append("seed \(seed): after \(event) the interviewer waits with nothing asked")
                return
            }
        }
        if !engine.isFinished { report.runaway.append("seed \(seed): still going after \(Self.maxSteps) inputs") }
    }
}

/// The analyzer's findings for the explorer's generated answers, computed once per distinct
/// (answer, question, follow-up): the explorer reuses a small set of answers thousands of times.
final class FindingsCache: @unchecked Sendable {
    private var store: [String: AnswerFindings] = [:]
    private let reader: AnswerReader

    init(reader: @escaping AnswerReader) { self.reader = reader }

    func findings(_ text: String, _ question: Question, _ probe: ProbeKind?) -> AnswerFindings {
        let key = "\(question.id)|\(probe?.rawValue ?? "-")|\(text)"
        if let found = store[key] { return found }
        let found = reader(text, question, probe)
        store[key] = found
        return found
    }
}

/// Random candidate answers built from STAR pieces: each part present or missing, told as
/// "I" or "we", with or without numbers, sometimes hypothetical or vague.
enum CandidateAnswers {
    static let situations = ["Last March our checkout service was timing out for about one in ten customers.", "In my second year at the warehouse, the night shift kept missing its truck cut-off."]
    static let tasks = ["My goal was to fix it before the holiday sale.", "I was responsible for getting the miss rate under 2% within a month."]
    static let actionsI = ["I pulled two weeks of logs, found the slow query and rewrote it myself.", "I timed every step on the floor, moved the packing stations and retrained the team leads."]
    static let actionsWe = ["We looked at the logs together and we changed the query as a team.", "Our team reorganised the floor and we retrained everyone."]
    static let resultsNumbers = ["Errors fell from 9% to 0.4% and the customer renewed.", "The miss rate dropped to 1.1% and we shipped 3,000 more units a night."]
    static let resultsVague = ["It went well and everyone was happy.", "Things got a lot better after that."]
    static let hypothetical = "I would start by talking to the customer, and then I would look at the data and decide."
    static let vague = "I worked closely with stakeholders to drive alignment."

    static func random(_ random: inout SeededRandom) -> String {
        if random.below(10) == 0 { return hypothetical }
        var sentences: [String] = []
        if random.below(2) == 0 { sentences.append(situations[random.below(2)]) }
        if random.below(2) == 0 { sentences.append(tasks[random.below(2)]) }
        if random.below(2) == 0 { sentences.append(random.below(3) == 0 ? actionsWe[random.below(2)] : actionsI[random.below(2)]) }
        if random.below(8) == 0 { sentences.append(vague) }
        if random.below(2) == 0 { sentences.append(random.below(2) == 0 ? resultsNumbers[random.below(2)] : resultsVague[random.below(2)]) }
        return sentences.isEmpty ? "I'm not sure." : sentences.joined(separator: " ")
    }
}
