import Foundation

/// Checks what no single file can show on its own: ids unique across files, pinned questions
/// that exist, enough questions for each round, time budgets, one Bar Raiser, and how the
/// loops cover the principles.
public struct LibraryValidator {
    /// Checks an example answer against the analyzer; returns what it failed to find. The
    /// Simulator provides it, so that this library does not depend on the analyzer.
    public typealias ExampleCheck = @Sendable (ExampleAnswer, Question) -> [String]

    public var exampleCheck: ExampleCheck?
    /// Files whose warnings are wanted (the ones the user named). Errors are reported for every file.
    public var reportedFiles: Set<String>?

    public init(exampleCheck: ExampleCheck? = nil, reportedFiles: Set<String>? = nil) {
        self.exampleCheck = exampleCheck
        self.reportedFiles = reportedFiles
    }

    public func validate(_ library: ScriptLibrary) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        diagnostics += checkQuestionIDs(library)
        for question in library.allQuestions {
            diagnostics += checkProbes(question)
            if let exampleCheck {
                for example in question.examples {
                    for problem in exampleCheck(example, question) {
                        diagnostics.append(Diagnostic(.exampleMismatch, "example answer for '\(question.id)' \(problem)", at: example.location))
                    }
                }
            }
        }
        var seenLoops: [String: Loop] = [:]
        for loop in library.loops {
            if let first = seenLoops[loop.id] {
                diagnostics.append(Diagnostic(.duplicateID, "loop id '\(loop.id)' is already used by \(first.file)", at: loop.idLocation, related: [.init("the other loop with the id '\(loop.id)'", at: first.idLocation)]))
            } else {
                seenLoops[loop.id] = loop
            }
            diagnostics += LoopChecks(loop: loop, library: library).run()
        }
        if !library.loops.isEmpty {
            diagnostics += checkUnusedQuestions(library)
        }
        return diagnostics.filter { diagnostic in
            diagnostic.severity == .error || reportedFiles.map { $0.contains(diagnostic.file) } ?? true
        }
    }

    /// The errors that stop one loop from running: its own checks and duplicate question ids,
    /// without the library-wide warnings (cheaper than `validate`, for starting a session).
    public func errors(for loop: Loop, in library: ScriptLibrary) -> [Diagnostic] {
        (checkQuestionIDs(library) + LoopChecks(loop: loop, library: library).run()).filter { $0.severity == .error }
    }

    private func checkQuestionIDs(_ library: ScriptLibrary) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for question in library.allQuestions {
            if let earlier = first[question.id] {
                diagnostics.append(Diagnostic(.duplicateID, "question id '\(question.id)' is already defined at \(earlier)", at: question.location, related: [.init("'\(question.id)' is first defined here", at: earlier)]))
            } else {
                first[question.id] = question.location
            }
        }
        return diagnostics
    }

    private func checkProbes(_ question: Question) -> [Diagnostic] {
        let missing = StarPart.allCases.filter { question.probes[ProbeKind($0)]?.isEmpty ?? true }
        guard !missing.isEmpty else { return [] }
        let names = missing.map(\.rawValue).joined(separator: ", ")
        return [Diagnostic(.missingProbe, "question '\(question.id)' has no probe for \(names); the interviewer will use a built-in follow-up", at: question.location)]
    }

    private func checkUnusedQuestions(_ library: ScriptLibrary) -> [Diagnostic] {
        var reachable = Set<String>()
        for loop in library.loops {
            for round in loop.rounds {
                reachable.formUnion(round.pinned.map(\.value))
                reachable.formUnion(library.candidates(for: round, in: loop).map(\.id))
            }
        }
        // A question with no principle mockloop knows already has its LS013; "unused" would
        // only be its consequence.
        return library.allQuestions.filter { !reachable.contains($0.id) && !$0.principles.isEmpty }.map { question in
            let principles = question.principles.map(\.id).joined(separator: ", ")
            return Diagnostic(.unusedQuestion, "no loop can ask question '\(question.id)': no round assesses \(principles) in its area", at: question.location)
        }
    }
}

/// The checks on one loop against the library.
private struct LoopChecks {
    let loop: Loop
    let library: ScriptLibrary
    var diagnostics: [Diagnostic] = []

    init(loop: Loop, library: ScriptLibrary) {
        self.loop = loop
        self.library = library
    }

    func run() -> [Diagnostic] {
        var copy = self
        copy.checkBarRaiser()
        copy.checkRounds()
        copy.checkSharedPools()
        copy.checkCoverage()
        copy.checkRubric()
        copy.checkTests()
        return copy.diagnostics
    }

    private mutating func add(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(code, message, at: location))
    }

    private mutating func checkBarRaiser() {
        let barRaisers = loop.rounds.filter(\.isBarRaiser)
        if barRaisers.isEmpty, !loop.rounds.isEmpty {
            add(.barRaiserCount, "loop '\(loop.id)' has no Bar Raiser round; mark exactly one round with `bar-raiser: true`", at: loop.location)
        }
        for extra in barRaisers.dropFirst() {
            add(.barRaiserCount, "round '\(extra.title)' is a second Bar Raiser round; a loop has exactly one (the first is '\(barRaisers[0].title)')", at: extra.location)
        }
    }

    private mutating func checkRounds() {
        for round in loop.rounds {
            let count = round.principles.count
            // An unknown id is already an error at the id (with its did-you-mean); the counts
            // and pools it upsets are its consequence, not another problem.
            let idsUnknown = round.principlesWritten != count
            if !idsUnknown, count < 2 || count > 3 {
                add(.roundPrinciplesCount, "round '\(round.title)' assesses \(count) principle\(count == 1 ? "" : "s"); give each interviewer 2 or 3", at: round.principles.first?.location ?? round.location)
            }
            let roundPrinciples = Set(round.principleIDs)
            if round.pinned.count > round.questionCount, let extra = round.pinned.dropFirst(round.questionCount).first {
                add(.tooManyPins, "round '\(round.title)' pins \(round.pinned.count) questions but asks \(round.questionCount); raise `questions:` to \(round.pinned.count) or pin fewer", at: extra.location)
            }
            for pinned in round.pinned {
                guard let question = library.questionsByID[pinned.value] else {
                    let hint = Suggestion.didYouMean(pinned.value, in: Array(library.questionsByID.keys).sorted())
                    add(.unknownQuestion, "no question bank defines the pinned question '\(pinned.value)'\(hint)", at: pinned.location)
                    continue
                }
                // A question whose principles are all unknown ids has its own error already.
                if !question.principles.isEmpty, roundPrinciples.isDisjoint(with: question.principles) {
                    let assessed = question.principles.map(\.id).joined(separator: ", ")
                    add(.pinnedOutsideRound, "pinned question '\(pinned.value)' assesses \(assessed), none of which round '\(round.title)' assesses", at: pinned.location)
                }
            }
            let available = Set(library.candidates(for: round, in: loop).map(\.id)).union(round.pinned.map(\.value).filter { library.questionsByID[$0] != nil })
            if available.count < round.questionCount, count > 0, !idsUnknown {
                let principles = round.principleIDs.map(\.id).joined(separator: ", ")
                add(.notEnoughQuestions, "round '\(round.title)' asks \(round.questionCount) questions but the banks have only \(available.count) for \(principles) in \(loop.area.rawValue); add questions or ask fewer", at: round.location)
            }
            // Overflow-safe: the model keeps values in range, but this check must not rely on it.
            let (questionTime, overflowed) = round.questionCount.multipliedReportingOverflow(by: loop.questionMinutes)
            let needed = overflowed ? Int.max : questionTime.addingReportingOverflow(loop.closing.minutes).overflow ? Int.max : questionTime + loop.closing.minutes
            if needed > round.minutes {
                add(.timeBudget, "round '\(round.title)' has \(round.minutes) minutes but needs at least \(needed) (\(round.questionCount) questions × \(loop.questionMinutes) minutes + \(loop.closing.minutes) for the candidate's questions)", at: round.minutesLocation)
            }
        }
    }

    /// Rounds that share questions, checked together: a pin in two rounds, and a round that the
    /// rounds before it leave without enough questions (they draw first, from the same pool).
    private mutating func checkSharedPools() {
        var pinnedIn: [String: Round] = [:]
        for round in loop.rounds {
            for pinned in round.pinned {
                if let first = pinnedIn[pinned.value] {
                    add(.pinnedTwice, "question '\(pinned.value)' is already pinned in round '\(first.title)'; a question is asked once per loop, so pin another one here", at: pinned.location)
                } else {
                    pinnedIn[pinned.value] = round
                }
            }
        }
        let allPinned = Set(pinnedIn.keys)
        let pools = loop.rounds.map { Set(library.candidates(for: $0, in: loop).map(\.id)).subtracting(allPinned) }
        for (r, round) in loop.rounds.enumerated() where round.principles.count > 0 {
            let pins = round.pinned.filter { library.questionsByID[$0.value] != nil }.count
            let wanted = max(0, round.questionCount - pins)
            guard wanted > 0, pools[r].count >= wanted else { continue }
            // What the earlier rounds take from this round's pool: at least what they cannot
            // find elsewhere (certain), at most all they draw (possible).
            var certain = 0, possible = 0, sharers: [String] = []
            for e in 0..<r {
                let draws = min(max(0, loop.rounds[e].questionCount - loop.rounds[e].pinned.count), pools[e].count)
                let shared = pools[e].intersection(pools[r]).count
                guard shared > 0, draws > 0 else { continue }
                certain += max(0, draws - pools[e].subtracting(pools[r]).count)
                possible += min(draws, shared)
                sharers.append("'\(loop.rounds[e].title)'")
            }
            let names = sharers.joined(separator: ", ")
            if pools[r].count - certain < wanted {
                add(.roundLeftShort, "round '\(round.title)' asks \(round.questionCount) questions but only \(max(0, pools[r].count - certain)) are left once \(names) \(sharers.count == 1 ? "has" : "have") drawn from the same questions; add questions for \(round.principleIDs.map(\.id).joined(separator: ", ")) or ask fewer", at: round.location)
            } else if pools[r].count - possible < wanted {
                add(.roundMayBeLeftShort, "round '\(round.title)' can be left with \(max(0, pools[r].count - possible)) of its \(round.questionCount) questions on some seeds: \(names) draw\(sharers.count == 1 ? "s" : "") from the same questions first; add questions or ask fewer", at: round.location)
            }
        }
    }

    private mutating func checkCoverage() {
        let assessed = Set(loop.rounds.flatMap(\.principleIDs))
        for target in loop.principles where !assessed.contains(target.value) {
            add(.targetNotAssessed, "the loop targets \(target.value.name) but no round assesses it", at: target.location)
        }
        var assessor: [LeadershipPrinciple: Round] = [:]
        for round in loop.rounds {
            for principle in round.principles {
                if let first = assessor[principle.value], first.interviewer != round.interviewer {
                    add(.principleAssessedTwice, "\(principle.value.name) is assessed by both \(first.interviewer) and \(round.interviewer); give each principle to one interviewer", at: principle.location)
                } else {
                    assessor[principle.value] = round
                }
            }
        }
    }

    private mutating func checkRubric() {
        let weights = loop.rubric.weights
        if abs(weights.total - 1) > 0.001 {
            add(.weightsDoNotSumToOne, "the rubric weights add up to \(weights.total), not 1; they will be scaled to add up to 1", at: loop.rubric.weightsLocation ?? loop.location)
        }
        let thresholds = loop.rubric.thresholds
        if !(thresholds.strongHire > thresholds.inclined && thresholds.inclined > thresholds.notInclined) {
            add(.invalidValue, "vote thresholds must go down: strong-hire (\(thresholds.strongHire)) > inclined (\(thresholds.inclined)) > not-inclined (\(thresholds.notInclined))", at: loop.rubric.thresholdsLocation ?? loop.location)
        }
    }

    private mutating func checkTests() {
        for plan in loop.tests {
            for (index, step) in plan.steps.enumerated() {
                if step.input.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    add(.invalidTestPlan, "step \(index + 1) of test plan '\(plan.name)' has no answer", at: step.location)
                }
                if let question = step.expectation?.question, library.questionsByID[question.value] == nil {
                    add(.unknownQuestion, "test plan '\(plan.name)' expects question '\(question.value)', which no bank defines", at: question.location)
                }
            }
        }
    }
}
