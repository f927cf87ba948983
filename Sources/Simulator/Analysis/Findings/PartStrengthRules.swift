/// The rules that grade each STAR part over the whole answer (documented in docs/analyzer.md).
///
/// - Situation: strong when its sentences have at least `strongSituationWords` words and something
///   specific (a time anchor, a context phrase, a problem, a name or a number); weak otherwise.
/// - Task: strong when a goal is stated outright ("my goal was", "I was asked to", "we needed
///   to") in at least `strongTaskWords` words or with a number; weak when only implied.
/// - Action: strong with at least `strongActionSentences` concrete first-person action sentences
///   ("I migrated...", or a bullet "Rewrote..."), or one such sentence with three or more action
///   verbs; weak when the actions are the team's, planned, or filler.
/// - Result: strong when a result sentence has a measurement or a concrete outcome (a change
///   verb, "launched", "adopted", "no longer", "on time"); weak when it is only praise ("it went
///   well", "the team was happy") or only a lesson.
enum PartStrengthRules {
    static func situation(_ readings: [SentenceReading]) -> (PartStrength, String) {
        guard !readings.isEmpty else { return (.absent, "no sentence sets the scene") }
        let words = readings.reduce(0) { $0 + $1.words }
        let specific = readings.contains { $0.hasTimeAnchor || $0.properNouns > 0 || $0.hasMetrics }
            || (readings.contains { $0.hasProblem } && words >= 20)
        if words >= AnalysisThresholds.strongSituationWords && specific { return (.strong, "specific context") }
        return (.weak, specific ? "context is very brief" : "context is generic")
    }

    static func task(_ readings: [SentenceReading]) -> (PartStrength, String) {
        guard !readings.isEmpty else { return (.absent, "no goal or responsibility is stated") }
        let stated = readings.contains { $0.ownedGoal || $0.sharedGoal }
        let words = readings.reduce(0) { $0 + $1.words }
        let measured = readings.contains { $0.hasMetrics || $0.hasTimeAnchor }
        if stated && (words >= AnalysisThresholds.strongTaskWords || measured) {
            return (.strong, readings.contains { $0.ownedGoal } ? "own goal stated" : "goal stated")
        }
        return (.weak, stated ? "goal stated only briefly" : "goal only implied")
    }

    static func action(_ readings: [SentenceReading]) -> (PartStrength, String) {
        guard !readings.isEmpty else { return (.absent, "no sentence says what was done") }
        var concrete = 0
        var rich = false
        for r in readings where r.firstPersonActions > 0 && !r.hypothetical && !(r.unsupportedFiller && r.contentWords < 6) {
            concrete += 1
            if r.firstPersonActions >= 3 { rich = true }
        }
        if concrete >= AnalysisThresholds.strongActionSentences || rich {
            return (.strong, "\(concrete) concrete first-person action sentence\(concrete == 1 ? "" : "s")")
        }
        if readings.allSatisfy({ $0.hypothetical }) { return (.weak, "actions are hypothetical") }
        if concrete == 0 && readings.contains(where: { $0.weCount > $0.iCount }) { return (.weak, "actions are the team's") }
        return (.weak, concrete == 0 ? "no concrete first-person action" : "only one concrete first-person action")
    }

    static func result(_ readings: [SentenceReading]) -> (PartStrength, String) {
        guard !readings.isEmpty else { return (.absent, "no outcome is told") }
        let told = readings.filter { !$0.hypothetical }
        if told.isEmpty { return (.weak, "the outcome is hypothetical") }
        let readings = told
        if readings.contains(where: { $0.hasMetrics }) { return (.strong, "measured outcome") }
        if readings.contains(where: { $0.concreteOutcome }) { return (.strong, "concrete outcome") }
        if readings.contains(where: { $0.vagueOutcome }) { return (.weak, "outcome is vague praise") }
        if readings.contains(where: { $0.lesson }) { return (.weak, "only a lesson, no outcome") }
        return (.weak, "outcome is not concrete")
    }
}

/// Which metrics make a result quantified: any number or measurement in a result sentence,
/// digits or words ("four of the six tutors", "zero turnover"). Years, ordinals and labels
/// ("version 2") are not metrics at all (see `MetricScanner`), and vague amounts ("a lot",
/// "noticeably") are not numbers.
enum QuantifiedResultRule {
    static func counts(_ metric: MetricFinding) -> Bool { true }
}
