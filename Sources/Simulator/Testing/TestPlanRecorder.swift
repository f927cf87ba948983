import InterviewScript

/// Rewrites the `expect:` blocks of a loop's test plans with what the interviewer did, in the
/// script's own text, so answers, comments and layout stay as the coach wrote them
/// (`mockloop test --record`). Each step keeps the keys it had; `next`, `probe` and `question`
/// are written as observed, `missing` and `prompted` as observed where the step had them, a
/// `signals` line only while those signals are still heard, and `vote` where it was checked.
public enum TestPlanRecorder {
    /// One plan's changes: which step numbers were rewritten.
    public struct Change: Sendable, Equatable {
        public var plan: String
        public var steps: [Int]
        /// Steps after the end of the loop, which the coach has to remove by hand.
        public var stepsAfterFinish: Int
    }

    /// The script text with the plans in `results` re-recorded, and what changed.
    public static func rewrite(_ text: String, results: [TestPlanRunner.PlanResult]) -> (text: String, changes: [Change]) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changes: [Change] = []
        // Work from the bottom up so earlier line numbers stay valid.
        var edits: [(first: Int, last: Int, replacement: [String])] = []
        for result in results {
            var changed: [Int] = []
            for (index, step) in result.plan.steps.enumerated() {
                guard let expectation = step.expectation, let observed = result.observations[index] else { continue }
                let fieldLines = [expectation.next?.location.line, expectation.probe?.location.line, expectation.question?.location.line,
                                  expectation.missing?.location.line, expectation.prompted?.location.line, expectation.signals?.location.line,
                                  expectation.vote?.location.line].compactMap { $0 }
                guard let first = fieldLines.min(), let last = fieldLines.max(), first >= 1, last <= lines.count else { continue }
                let indent = String(lines[first - 1].prefix { $0 == " " })
                let replacement = fields(expectation, observed: observed, vote: result.finalVote).map { indent + $0 }
                let original = Array(lines[(first - 1)..<last])
                if replacement != original {
                    edits.append((first, last, replacement))
                    changed.append(index + 1)
                }
            }
            if !changed.isEmpty || result.stepsAfterFinish > 0 {
                changes.append(Change(plan: result.plan.name, steps: changed, stepsAfterFinish: result.stepsAfterFinish))
            }
        }
        for edit in edits.sorted(by: { $0.first > $1.first }) {
            lines.replaceSubrange((edit.first - 1)..<edit.last, with: edit.replacement)
        }
        return (lines.joined(separator: "\n"), changes)
    }

    private static func list<T>(_ values: [T], _ name: (T) -> String) -> String { "[" + values.map(name).joined(separator: ", ") + "]" }

    static func fields(_ expectation: TestExpectation, observed: TestPlanRunner.Observation, vote: Vote?) -> [String] {
        var out: [String] = []
        if let next = observed.next { out.append("next: \(next.rawValue)") }
        if let probe = observed.probe { out.append("probe: \(probe.rawValue)") }
        if let question = observed.question { out.append("question: \(question)") }
        if expectation.missing != nil { out.append("missing: " + list(observed.missing.sorted(), \.rawValue)) }
        if expectation.prompted != nil { out.append("prompted: " + list(observed.prompted.sorted(), \.rawValue)) }
        if let signals = expectation.signals, signals.value.allSatisfy(observed.signals.contains) {
            out.append("signals: " + list(signals.value, \.id))
        }
        if expectation.vote != nil, let vote { out.append("vote: \(vote.rawValue)") }
        return out
    }
}
