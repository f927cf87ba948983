/// What the learned model reads in one answer: each sentence's label (part, and second part),
/// its tags (hypothetical, evasive), the features that weighed most for its label, and the
/// answer-level flags the findings use.
struct LearnedReading {
    struct Sentence {
        var label: PartLabel
        var hypothetical: Bool
        var evasive: Bool
        /// The fired features with the largest positive weight for the label, strongest first.
        var reasons: [FiredFeature]
    }

    var sentences: [Sentence]
    var hypothetical: Bool
    var evasive: Bool
    var weHeavy: Bool
    var quantifiedResult: Bool
    /// "I" and "we" as the subjects of action sentences.
    var iActions: Int
    var weActions: Int

    static let reasonsShown = 4

    /// The feature ids of each sentence, position features included.
    static func featureIDs(_ results: [SentenceFeaturizer.Result]) -> [[FeatureID]] {
        results.enumerated().map { index, result in
            result.features.map(\.id) + [SentenceFeaturizer.position(index: index, of: results.count).id]
        }
    }

    init(_ results: [SentenceFeaturizer.Result], model: StarModel) {
        let ids = Self.featureIDs(results)
        let emissions = SequenceDecoder.emissions(ids, model: model)
        let path = SequenceDecoder.decode(emissions, transitions: model.transitions)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(results.count)
        var iActions = 0, weActions = 0, hypothetical = 0, evasive = 0, story = 0
        var quantified = false
        for (index, result) in results.enumerated() {
            let label = PartLabel.all[path[index]]
            let isHypothetical = SequenceDecoder.tagScore(ids[index], .hypothetical, model: model) > 0
            let isEvasive = SequenceDecoder.tagScore(ids[index], .evasive, model: model) > 0
            var reasons: [(FiredFeature, Float)] = []
            let fired = result.features + [SentenceFeaturizer.position(index: index, of: results.count)]
            for feature in fired where feature.family != .bias {
                guard let row = model.row(feature.id) else { continue }
                let weight = model.weights[row + path[index]]
                if weight > 0 { reasons.append((feature, weight)) }
            }
            reasons.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.start < $1.0.start }
            var shown: [FiredFeature] = []
            for (feature, _) in reasons where shown.count < Self.reasonsShown && !shown.contains(where: { $0.family == feature.family }) {
                shown.append(feature)
            }
            sentences.append(Sentence(label: label, hypothetical: isHypothetical, evasive: isEvasive, reasons: shown))
            if label.parts.contains(.action) && !isHypothetical {
                if result.subject == "I" { iActions += 1 } else if result.subject == "we" { weActions += 1 }
            }
            if label.part != .none || isHypothetical || isEvasive { story += 1 }
            if isHypothetical { hypothetical += 1 }
            if isEvasive { evasive += 1 }
            if label.parts.contains(.result) && result.outcomeMetric && !isHypothetical && !isEvasive { quantified = true }
        }
        self.sentences = sentences
        let stories = Float(max(story, 1))
        self.hypothetical = story > 0 && Float(hypothetical) / stories >= model.threshold("hypothetical", default: 0.5)
        self.evasive = story > 0 && Float(evasive) / stories >= model.threshold("evasive", default: 0.5)
        self.weHeavy = weActions > 0 && Float(weActions) / Float(weActions + iActions) > model.threshold("we-heavy", default: 0.5)
        self.quantifiedResult = quantified
        self.iActions = iActions
        self.weActions = weActions
    }
}
