/// Parts told inside a sentence that was given another part, which still count as present for
/// the whole answer:
/// - a task, when a sentence states a goal outright ("my VP asked me to lead the recovery",
///   inside a scene-setting sentence) with task evidence of at least `taskEvidence`;
/// - a result, when an action sentence ends in an outcome ("I rewrote the query, which cut the
///   report from 40 to 12 seconds") with result evidence of at least `resultEvidence`.
/// Only an embedded result's change metrics ("by 40%", "from 40 to 12") count as quantified.
enum SecondaryParts {
    static let taskEvidence: Float = CueWeights.sharedGoal
    static let resultEvidence: Float = 2.4

    static func find(_ readings: [SentenceReading], _ parts: [SentencePart]) -> (task: [Int], result: [Int]) {
        var task: [Int] = [], result: [Int] = []
        for (i, r) in readings.enumerated() where !r.hypothetical {
            if parts[i] != .task && (r.ownedGoal || r.sharedGoal) && r.evidence(for: .task) >= taskEvidence { task.append(i) }
            if parts[i] == .action && r.evidence(for: .result) >= resultEvidence && r.concreteOutcome { result.append(i) }
        }
        return (task, result)
    }
}
