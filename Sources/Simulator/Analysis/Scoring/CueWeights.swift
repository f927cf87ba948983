/// The weights of the sentence scoring model, in one place so the documentation
/// (docs/analyzer.md) and the code agree. A sentence's score for a part is the sum of the
/// weights of the cues voting for it plus the positional prior and context terms.
enum CueWeights {
    // Action.
    static let firstPersonSubject: Float = 0.6
    static let firstPersonActionVerb: Float = 1.6
    static let firstPersonPastVerb: Float = 1.2
    static let firstPersonCommunication: Float = 1.4
    static let weSubject: Float = 0.3
    static let weActionVerb: Float = 1.1
    static let wePastVerb: Float = 0.8
    static let thinkingAction: Float = 0.5
    static let thinkingSituation: Float = 0.3
    static let subjectlessAction: Float = 1.6
    static let looseActionVerb: Float = 0.5
    static let actionPhrase: Float = 1.2
    static let sequenceWord: Float = 0.6
    static let plannedAction: Float = 1.2
    static let dataAction: Float = 0.5
    static let genericAction: Float = 1.2
    static let pushback: Float = 0.8
    static let resultNoun: Float = 0.6
    static let ableAction: Float = 1.0
    static let ableResult: Float = 0.6
    static let changeByMeAction: Float = 1.0
    static let changeByMeResult: Float = 0.7

    // Task.
    static let ownedGoal: Float = 2.8
    static let sharedGoal: Float = 2.0
    static let goalWord: Float = 0.8

    // Situation.
    static let timeAnchor: Float = 1.4
    static let contextPhrase: Float = 1.2
    static let background: Float = 1.0
    static let pastState: Float = 0.7
    static let problemWord: Float = 0.7
    static let presentContext: Float = 0.4

    // Result.
    static let outcomePhrase: Float = 1.8
    static let strongMetricChange: Float = 2.2
    static let strongMetric: Float = 0.9
    static let quantityChange: Float = 1.4
    static let quantity: Float = 0.4
    static let bareChange: Float = 0.9
    static let bare: Float = 0.2
    static let impersonalChange: Float = 1.5
    static let weChange: Float = 1.0
    static let outcomeWord: Float = 0.8
    static let outcomeVerbByMe: Float = 1.0
    static let outcomeVerbByUs: Float = 1.2
    static let passiveOutcome: Float = 1.2
    static let passiveResultForMe: Float = 1.4
    static let vagueOutcomePhrase: Float = 1.4
    static let vaguePositiveWord: Float = 0.4
    static let lesson: Float = 1.6
    static let outcomeConnective: Float = 1.2
    static let finallyEach: Float = 0.4
    static let presentAfter: Float = 1.0

    // None.
    static let meta: Float = 3.0
    static let fragment: Float = 0.8
    static let opinion: Float = 1.6
    static let noneBase: Float = 0.25

    // Labels typed by the candidate ("Result: ...").
    static let label: Float = 4.0
    static let labelContext: Float = 2.0

    // Positional prior.
    static let openingSituation: Float = 0.9
    static let openingResult: Float = -0.6
    static let openingAction: Float = -0.2
    static let earlySituation: Float = 0.4
    static let earlyResult: Float = -0.3
    static let middleAction: Float = 0.3
    static let lateResult: Float = 0.4
    static let lateSituation: Float = -0.4
    static let closingResult: Float = 0.8
    static let closingSituation: Float = -0.6

    // Context.
    static let continuity: Float = 0.35
    static let answering: Float = 1.0
}
