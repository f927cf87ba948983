import Foundation

/// Trains the learned sentence cutter (`CutModel`): an L2-regularised logistic regression over
/// the features of each place to cut, fitted by AdaGrad over the examples in a seeded order.
/// Deterministic: the same examples, seed and epochs give the same weights, bit for bit; the
/// weights are rounded to the model file's 4 decimals, so the model read back is the one trained.
struct CutTrainer {
    /// One place to cut: its features (with names) and whether a sentence starts there.
    typealias Example = (features: [(FeatureID, String)], cut: Bool)

    var epochs = 5
    var seed: UInt64 = 1
    /// A feature seen at fewer places than this is left out of the model.
    var minimumCount = 5
    /// The L2 penalty per example and step.
    var l2: Float = 1e-4
    var learningRate: Float = 0.5

    func train(_ examples: [Example]) -> CutModel {
        var counts: [FeatureID: Int] = [:], names: [FeatureID: String] = [:]
        for example in examples {
            for (id, name) in example.features {
                counts[id, default: 0] += 1
                if names[id] == nil { names[id] = name }
            }
        }
        // Kept features in name order, so indices (and the sums) do not depend on hashing.
        let kept = names.filter { counts[$0.key, default: 0] >= minimumCount && CutFeatures.parse(Substring($0.value)) == $0.key }
            .sorted { $0.value < $1.value }
        var index: [FeatureID: Int] = [:]
        for (i, entry) in kept.enumerated() { index[entry.key] = i }
        let rows = examples.map { example in (example.features.compactMap { index[$0.0] }, example.cut) }
        var weights = [Float](repeating: 0, count: kept.count), squares = [Float](repeating: 1e-8, count: kept.count)
        var random = SeededRandom(seed: seed &+ 31)
        var order = Array(rows.indices)
        for _ in 0..<epochs {
            order = random.shuffled(order)
            for r in order {
                let (features, cut) = rows[r]
                var z: Float = 0
                for f in features { z += weights[f] }
                let p = 1 / (1 + Float(exp(Double(-z))))
                let gradient = p - (cut ? 1 : 0)
                for f in features {
                    let g = gradient + l2 * weights[f]
                    squares[f] += g * g
                    weights[f] -= learningRate * g / squares[f].squareRoot()
                }
            }
        }
        let rounded = weights.map { ($0 * 10_000).rounded() / 10_000 }
        let named = kept.indices.filter { rounded[$0] != 0 }.map { (name: kept[$0].value, weight: rounded[$0]) }
        return CutModel(named: named)
    }
}
