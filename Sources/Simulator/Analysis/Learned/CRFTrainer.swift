import Foundation

/// Trains the part weights of the STAR reader as a regularised linear-chain CRF: the labels of an
/// answer's sentences are one sequence, scored by a weight per feature and label plus a weight
/// per pair of consecutive labels (the model `SequenceDecoder` decodes), fitted by maximising the
/// L2-penalised log-likelihood of the gold labels (forward-backward, AdaGrad steps). It leaves the
/// sentence tags' columns at zero (`ReaderTrainer` takes them from the perceptron).
/// Deterministic: the same answers, seed, epochs, penalty and rate give the same weights, bit for
/// bit (every sum runs in a fixed order).
struct CRFTrainer {
    var epochs = 20
    var seed: UInt64 = 1
    /// A feature seen in fewer sentences than this is left out of the model.
    var minimumCount = 2
    /// The L2 penalty on each weight a training answer touches, per answer (chosen by
    /// cross-validation among 1e-5 to 3e-2; accuracy moved by under 0.005 in that range).
    var penalty = 1e-2
    /// AdaGrad's base step (chosen by cross-validation among 0.02, 0.05, 0.1, 0.2 and 0.5).
    var rate = 0.05

    func train(_ answers: [PerceptronTrainer.Answer], names: [FeatureID: String], version: String, corpusHash: String) -> StarModel {
        let k = StarModel.labels, stride = StarModel.stride
        let table = TrainedRows(answers, names: names, minimumCount: minimumCount)
        let kept = table.kept, rows = table.rows
        var weights = [Double](repeating: 0, count: kept.count * stride)
        var squares = [Double](repeating: 0, count: kept.count * stride)
        // (k + 1) x k: from each label, and from the start, to each label.
        var transitions = [Double](repeating: 0, count: (k + 1) * k)
        var transitionSquares = transitions
        let prepared = answers.map { answer in
            zip(answer.features, answer.values).map { ids, values in zip(ids, values).compactMap { id, value in rows[id].map { ($0, Double(value)) } } }
        }
        let evasionOnly = Set(kept.filter { StarModel.isEvasionOnly(name: names[$0]!) }.map { rows[$0]! })
        let preparedForRest = prepared.map { answer in answer.map { sentence in sentence.filter { !evasionOnly.contains($0.0) } } }

        func step(_ value: inout Double, _ square: inout Double, _ gradient: Double) {
            let g = gradient + penalty * value
            square += g * g
            value -= rate * g / (square.squareRoot() + 1e-8)
        }

        var random = SeededRandom(seed: seed)
        var gradient = [Double](repeating: 0, count: k)
        var transitionGradient = [Double](repeating: 0, count: (k + 1) * k)
        for _ in 0..<epochs {
            for a in random.shuffled(Array(answers.indices)) {
                let answer = answers[a], sentences = preparedForRest[a], n = sentences.count
                guard n > 0 else { continue }
                var emissions = [Double](repeating: 0, count: n * k)
                for (i, sentence) in sentences.enumerated() {
                    for (row, value) in sentence { for j in 0..<k { emissions[i * k + j] += value * weights[row + j] } }
                }
                // Forward and backward in log space.
                var alpha = [Double](repeating: 0, count: n * k), beta = [Double](repeating: 0, count: n * k)
                for j in 0..<k { alpha[j] = transitions[k * k + j] + emissions[j] }
                for i in 1..<n {
                    for to in 0..<k {
                        alpha[i * k + to] = emissions[i * k + to] + Self.logSumExp((0..<k).map { alpha[(i - 1) * k + $0] + transitions[$0 * k + to] })
                    }
                }
                var i = n - 2
                while i >= 0 {
                    for from in 0..<k {
                        beta[i * k + from] = Self.logSumExp((0..<k).map { transitions[from * k + $0] + emissions[(i + 1) * k + $0] + beta[(i + 1) * k + $0] })
                    }
                    i -= 1
                }
                let logZ = Self.logSumExp((0..<k).map { alpha[(n - 1) * k + $0] })
                for t in transitionGradient.indices { transitionGradient[t] = 0 }
                for i in 0..<n {
                    let gold = answer.gold[i]
                    for j in 0..<k { gradient[j] = exp(alpha[i * k + j] + beta[i * k + j] - logZ) - (j == gold ? 1 : 0) }
                    if i == 0 {
                        for j in 0..<k { transitionGradient[k * k + j] += gradient[j] }
                    } else {
                        for from in 0..<k {
                            for to in 0..<k {
                                transitionGradient[from * k + to] += exp(alpha[(i - 1) * k + from] + transitions[from * k + to] + emissions[i * k + to] + beta[i * k + to] - logZ)
                            }
                        }
                        transitionGradient[answer.gold[i - 1] * k + gold] -= 1
                    }
                    for (row, value) in sentences[i] {
                        for j in 0..<k { step(&weights[row + j], &squares[row + j], value * gradient[j]) }
                    }
                }
                for t in transitions.indices { step(&transitions[t], &transitionSquares[t], transitionGradient[t]) }
            }
        }
        let finalTransitions = (0...k).map { from in (0..<k).map { Float(transitions[from * k + $0]) } }
        return table.model(weights: weights.map { Float($0) }, transitions: finalTransitions, names: names, version: version, corpusHash: corpusHash)
    }

    static func logSumExp(_ values: [Double]) -> Double {
        let top = values.max() ?? 0
        guard top.isFinite else { return top }
        var sum = 0.0
        for value in values { sum += exp(value - top) }
        return top + log(sum)
    }
}
