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
    /// The outcome numbers of the result sentences that made it quantified: the evidence for it.
    var outcomeMetrics: [(sentence: Int, span: ByteSpan)]
    /// "I" and "we" as subjects in action sentences, clause by clause.
    var iActions: Int
    var weActions: Int
    /// The action sentences with "I" and with "we" as a subject: the evidence for those counts.
    var iActionSentences: [Int]
    var weActionSentences: [Int]

    static let reasonsShown = 4

    /// The feature ids of each sentence, position features included.
    static func featureIDs(_ results: [SentenceFeaturizer.Result]) -> [[FeatureID]] {
        results.enumerated().map { index, result in
            result.features.map(\.id) + [SentenceFeaturizer.position(index: index, of: results.count).id]
        }
    }

    /// The values of those features, in the same order.
    static func featureValues(_ results: [SentenceFeaturizer.Result]) -> [[Float]] {
        results.map { $0.values + [1] }
    }

    init(_ results: [SentenceFeaturizer.Result], model: StarModel) {
        let k = StarModel.labels
        let evasionOnly = StarModel.evasionOnlyMask, tagBlind = StarModel.tagBlindMask
        // Each sentence's features as rows of the model, found once and used for every sum:
        // sentence i's rows are rows[rowStarts[i]..<rowStarts[i + 1]], its position feature last.
        let total = results.reduce(0) { $0 + $1.features.count + 1 }
        var rows = [Int](repeating: -1, count: total)
        var rowStarts = [Int](repeating: 0, count: results.count + 1)
        var emissions = [Float](repeating: 0, count: results.count * k)
        var tagScores = [(Float, Float)](repeating: (0, 0), count: results.count)
        precondition(k <= 8, "the sums below hold at most 8 labels")
        model.weights.withUnsafeBufferPointer { weights in
            rows.withUnsafeMutableBufferPointer { rows in
                var next = 0
                for index in results.indices {
                    // The label sums in one vector, each label's terms added in feature order.
                    var sums = SIMD8<Float>(repeating: 0)
                    var hypothetical: Float = 0, evasive: Float = 0
                    let position = SentenceFeaturizer.position(index: index, of: results.count)
                    let wordValue = results[index].wordValue
                    results[index].features.withUnsafeBufferPointer { features in
                        let count = features.count
                        for f in 0...count {
                            let feature = f < count ? features[f] : position
                            let row = model.row(feature.id) ?? -1
                            rows[next] = row
                            next += 1
                            guard row >= 0 else { continue }
                            let family = feature.family
                            let value = f < count ? SentenceFeaturizer.Result.value(of: family, wordValue: wordValue) : 1
                            let bit = family.bit
                            if bit & evasionOnly == 0 {
                                var w = SIMD8<Float>(repeating: 0)
                                for j in 0..<k { w[j] = weights[row + j] }
                                sums += value * w
                                hypothetical += value * weights[row + k + StarModel.Tag.hypothetical.rawValue]
                            }
                            guard bit & tagBlind == 0 else { continue }
                            evasive += value * weights[row + k + StarModel.Tag.evasive.rawValue]
                        }
                    }
                    for j in 0..<k { emissions[index * k + j] = sums[j] }
                    rowStarts[index + 1] = next
                    tagScores[index] = (hypothetical, evasive)
                }
            }
        }
        let path = SequenceDecoder.decode(flat: emissions, count: results.count, transitions: model.transitions)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(results.count)
        var iActions = 0, weActions = 0, hypothetical = 0, evasive = 0, story = 0, substance = 0
        var outcomeMetrics: [(sentence: Int, span: ByteSpan)] = []
        var iActionSentences: [Int] = [], weActionSentences: [Int] = []
        var shownWeights: [Float] = []
        shownWeights.reserveCapacity(Self.reasonsShown + 1)
        for (index, result) in results.enumerated() {
            let label = PartLabel.all[path[index]]
            let isHypothetical = tagScores[index].0 > 0
            let isEvasive = tagScores[index].1 > 0
            // The strongest features for the label, one per family, strongest first.
            var shown: [FiredFeature] = []
            shown.reserveCapacity(Self.reasonsShown + 1)
            shownWeights.removeAll(keepingCapacity: true)
            let position = SentenceFeaturizer.position(index: index, of: results.count)
            for (f, row) in rows[rowStarts[index]..<rowStarts[index + 1]].enumerated() where row >= 0 {
                let feature = f < result.features.count ? result.features[f] : position
                guard feature.family != .bias && feature.family != .context else { continue }
                let weight = model.weights[row + path[index]] * (f < result.features.count ? result.value(of: feature.family) : 1)
                guard weight > 0 else { continue }
                if let same = shown.firstIndex(where: { $0.family == feature.family }) {
                    guard weight > shownWeights[same] else { continue }
                    shown.remove(at: same)
                    shownWeights.remove(at: same)
                }
                // Kept strongest first, after the equally strong ones already kept.
                if shown.count == Self.reasonsShown && shownWeights[shown.count - 1] >= weight { continue }
                shown.append(feature)
                shownWeights.append(weight)
                var at = shown.count - 1
                while at > 0 && shownWeights[at - 1] < weight {
                    shown.swapAt(at, at - 1)
                    shownWeights.swapAt(at, at - 1)
                    at -= 1
                }
                if shown.count > Self.reasonsShown { shown.removeLast(); shownWeights.removeLast() }
            }
            sentences.append(Sentence(label: label, hypothetical: isHypothetical, evasive: isEvasive, reasons: shown))
            if label.tells(.action) && !isHypothetical {
                iActions += result.iSubjects
                weActions += result.weSubjects
                if result.iSubjects > 0 { iActionSentences.append(index) }
                if result.weSubjects > 0 { weActionSentences.append(index) }
            }
            if label.part != .none || isHypothetical || isEvasive { story += 1 }
            // "I'd have called her first" is tagged, but judges a real event: the answer is not
            // hypothetical for it.
            if isHypothetical && !result.counterfactualPast { hypothetical += 1 }
            if isEvasive { evasive += 1 }
            if !isEvasive && !isHypothetical && (label.tells(.action) || label.tells(.result)) { substance += 1 }
            if label.tells(.result), let metric = result.outcomeMetric, !isHypothetical, !isEvasive { outcomeMetrics.append((index, metric)) }
        }
        self.sentences = sentences
        let stories = Float(max(story, 1))
        self.hypothetical = story > 0 && Float(hypothetical) / stories >= model.threshold("hypothetical", default: 0.5)
        // Evasive: enough of it dodges, and the dodges are not outweighed by real steps or outcomes.
        self.evasive = story > 0 && Float(evasive) / stories >= model.threshold("evasive", default: 0.5) && evasive >= substance
        // We-heavy: more than the share of the steps told with "we", and at least two of them
        // (one "we talked it through" in a short reply is not yet a pattern; as the old rules had it).
        self.weHeavy = weActions >= AnalysisThresholds.weHeavyMinimum && Float(weActions) / Float(weActions + iActions) > model.threshold("we-heavy", default: 0.5)
        self.quantifiedResult = !outcomeMetrics.isEmpty
        self.outcomeMetrics = outcomeMetrics
        self.iActions = iActions
        self.weActions = weActions
        self.iActionSentences = iActionSentences
        self.weActionSentences = weActionSentences
    }
}
