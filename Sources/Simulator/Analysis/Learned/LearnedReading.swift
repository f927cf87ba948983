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
        precondition(k <= 8 && StarModel.stride >= 8, "the sums below read 8 floats of a row and hold at most 8 labels")
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
                                // A row holds the labels' weights then the tags' (at least 8 floats),
                                // so 8 can be read at once; the lanes past the labels are never used.
                                let w = UnsafeRawPointer(weights.baseAddress! + row).loadUnaligned(as: SIMD8<Float>.self)
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
        // Per family, the strongest feature so far for the sentence's label: its weight and place.
        var bestWeight = [Float](repeating: 0, count: FeatureFamily.allCases.count)
        var bestPlace = [Int](repeating: 0, count: FeatureFamily.allCases.count)
        for (index, result) in results.enumerated() {
            let label = PartLabel.all[path[index]]
            let isHypothetical = tagScores[index].0 > 0
            let isEvasive = tagScores[index].1 > 0
            // The strongest features for the label, one per family, strongest first (of equals,
            // the one that became its family's strongest first).
            var touched: UInt32 = 0
            let position = SentenceFeaturizer.position(index: index, of: results.count)
            let count = result.features.count
            for (f, row) in rows[rowStarts[index]..<rowStarts[index + 1]].enumerated() where row >= 0 {
                let family = f < count ? result.features[f].family : position.family
                guard family != .bias && family != .context else { continue }
                let weight = model.weights[row + path[index]] * (f < count ? result.value(of: family) : 1)
                guard weight > 0 else { continue }
                let slot = Int(family.rawValue)
                if touched & family.bit == 0 || weight > bestWeight[slot] {
                    bestWeight[slot] = weight
                    bestPlace[slot] = f
                    touched |= family.bit
                }
            }
            var shown: [FiredFeature] = []
            shown.reserveCapacity(Self.reasonsShown)
            while touched != 0 && shown.count < Self.reasonsShown {
                var pick = -1
                var rest = touched
                while rest != 0 {
                    let slot = rest.trailingZeroBitCount
                    rest &= rest - 1
                    if pick < 0 || bestWeight[slot] > bestWeight[pick] || (bestWeight[slot] == bestWeight[pick] && bestPlace[slot] < bestPlace[pick]) { pick = slot }
                }
                touched &= ~(UInt32(1) << UInt32(pick))
                shown.append(bestPlace[pick] < count ? result.features[bestPlace[pick]] : position)
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
