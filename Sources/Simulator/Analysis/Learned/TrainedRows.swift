/// The feature rows both trainers work on: the features seen in at least `minimumCount`
/// sentences of the training answers (and named), sorted, each given `StarModel.stride` weights;
/// and the step back from trained weights to a model, rounded as the model file writes them.
struct TrainedRows {
    let kept: [FeatureID]
    /// The offset of each kept feature's first weight.
    let rows: [FeatureID: Int]

    init(_ answers: [PerceptronTrainer.Answer], names: [FeatureID: String], minimumCount: Int) {
        var counts: [FeatureID: Int] = [:]
        for answer in answers { for sentence in answer.features { for id in Set(sentence) { counts[id, default: 0] += 1 } } }
        kept = counts.filter { $0.value >= minimumCount && names[$0.key] != nil }.keys.sorted()
        var rows: [FeatureID: Int] = [:]
        for (index, id) in kept.enumerated() { rows[id] = index * StarModel.stride }
        self.rows = rows
    }

    /// Rounded to 4 decimals, so a model read back from its file scores the same.
    static func rounded(_ value: Float) -> Float { (value * 10_000).rounded() / 10_000 }

    /// The model of trained `weights` (laid out by `rows`) and `transitions`; a feature whose
    /// weights all round to zero is left out.
    func model(weights: [Float], transitions: [[Float]], names: [FeatureID: String], version: String, corpusHash: String) -> StarModel {
        let stride = StarModel.stride
        var finalRows: [FeatureID: Int] = [:], finalWeights: [Float] = [], finalNames: [String] = []
        for id in kept {
            let row = rows[id]!
            let values = weights[row..<(row + stride)].map(Self.rounded)
            guard values.contains(where: { $0 != 0 }) else { continue }
            finalRows[id] = finalWeights.count
            finalWeights += values
            finalNames.append(names[id]!)
        }
        return StarModel(version: version, corpusHash: corpusHash, rows: finalRows, weights: finalWeights,
                         transitions: transitions.map { $0.map(Self.rounded) }, thresholds: [:], names: finalNames)
    }
}
