/// Trains the STAR reader's weights: an averaged structured perceptron over whole answers (the
/// labels of all sentences decoded together with `SequenceDecoder`, so the transitions are
/// learned too) and an averaged perceptron per sentence tag. Deterministic: the same answers,
/// seed and epochs give the same weights, bit for bit. `ReaderTrainer` uses its tags and a share of
/// its part weights.
struct PerceptronTrainer {
    /// One answer of the training set as the reader sees it.
    struct Answer {
        var features: [[FeatureID]]
        /// Each feature's value (see `SentenceFeaturizer.Result.values`).
        var values: [[Float]]
        var gold: [Int]
        /// Per sentence, per `StarModel.Tag`.
        var tags: [[Bool]]
    }

    var epochs = 20
    var seed: UInt64 = 1
    /// A feature seen in fewer sentences than this is left out of the model.
    var minimumCount = 2

    func train(_ answers: [Answer], names: [FeatureID: String], version: String, corpusHash: String) -> StarModel {
        let k = StarModel.labels, stride = StarModel.stride
        let table = TrainedRows(answers, names: names, minimumCount: minimumCount)
        let kept = table.kept, rows = table.rows
        var weights = [Float](repeating: 0, count: kept.count * stride)
        var totals = weights
        var transitions = [[Float]](repeating: [Float](repeating: 0, count: k), count: k + 1)
        var transitionTotals = transitions
        let prepared = answers.map { answer in
            zip(answer.features, answer.values).map { ids, values in zip(ids, values).compactMap { id, value in rows[id].map { ($0, value) } } }
        }
        let tagBlind = Set(kept.filter { StarModel.isTagBlind(name: names[$0]!) }.map { rows[$0]! })
        let evasionOnly = Set(kept.filter { StarModel.isEvasionOnly(name: names[$0]!) }.map { rows[$0]! })
        let preparedForTags = prepared.map { answer in answer.map { sentence in sentence.filter { !tagBlind.contains($0.0) } } }
        let preparedForRest = prepared.map { answer in answer.map { sentence in sentence.filter { !evasionOnly.contains($0.0) } } }
        var step: Float = 1
        var random = SeededRandom(seed: seed)
        for _ in 0..<epochs {
            for a in random.shuffled(Array(answers.indices)) {
                let answer = answers[a], sentences = preparedForRest[a]
                let emissions = sentences.map { rowsOfSentence -> [Float] in
                    var scores = [Float](repeating: 0, count: k)
                    for (row, value) in rowsOfSentence { for j in 0..<k { scores[j] += value * weights[row + j] } }
                    return scores
                }
                let predicted = SequenceDecoder.decode(emissions, transitions: transitions)
                for (i, rowsOfSentence) in sentences.enumerated() {
                    let gold = answer.gold[i], guess = predicted[i]
                    if gold != guess {
                        for (row, value) in rowsOfSentence {
                            weights[row + gold] += value; totals[row + gold] += value * step
                            weights[row + guess] -= value; totals[row + guess] -= value * step
                        }
                    }
                    let goldFrom = i == 0 ? k : answer.gold[i - 1], guessFrom = i == 0 ? k : predicted[i - 1]
                    if goldFrom != guessFrom || gold != guess {
                        transitions[goldFrom][gold] += 1; transitionTotals[goldFrom][gold] += step
                        transitions[guessFrom][guess] -= 1; transitionTotals[guessFrom][guess] -= step
                    }
                    for tag in StarModel.Tag.allCases {
                        let tagRows = tag == .evasive ? preparedForTags[a][i] : rowsOfSentence
                        var score: Float = 0
                        for (row, value) in tagRows { score += value * weights[row + k + tag.rawValue] }
                        let truth = answer.tags[i][tag.rawValue]
                        if (score > 0) != truth {
                            let delta: Float = truth ? 1 : -1
                            for (row, value) in tagRows { weights[row + k + tag.rawValue] += delta * value; totals[row + k + tag.rawValue] += delta * value * step }
                        }
                    }
                }
                step += 1
            }
        }
        // Averaging: the mean of the weights over every step of training.
        for i in weights.indices { weights[i] -= totals[i] / step }
        for i in transitions.indices { for j in 0..<k { transitions[i][j] -= transitionTotals[i][j] / step } }
        return table.model(weights: weights, transitions: transitions, names: names, version: version, corpusHash: corpusHash)
    }
}
