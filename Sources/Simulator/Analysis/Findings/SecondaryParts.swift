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

    /// The sentences, given another part, that state a goal outright.
    static func tasks(_ readings: [SentenceReading], _ parts: [SentencePart]) -> [Int] {
        readings.indices.filter { i in
            let r = readings[i]
            return !r.hypothetical && parts[i] != .task && (r.ownedGoal || r.sharedGoal) && r.evidence(for: .task) >= taskEvidence
        }
    }

    /// The action sentences that end in an outcome.
    static func results(_ readings: [SentenceReading], _ parts: [SentencePart]) -> [Int] {
        readings.indices.filter { i in
            let r = readings[i]
            return !r.hypothetical && parts[i] == .action && r.evidence(for: .result) >= resultEvidence && r.concreteOutcome
        }
    }
}
