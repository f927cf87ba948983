/// Picks the labels of an answer's sentences together: each sentence's own scores plus the
/// learned weight of going from the previous sentence's label to its own (Viterbi). Ties go to
/// the lower label index, so the result is deterministic.
enum SequenceDecoder {
    /// The scores of each label for each sentence, from its features.
    static func emissions(_ features: [[FeatureID]], model: StarModel) -> [[Float]] {
        features.map { ids in
            var scores = [Float](repeating: 0, count: StarModel.labels)
            for id in ids {
                guard let row = model.row(id) else { continue }
                for k in 0..<StarModel.labels { scores[k] += model.weights[row + k] }
            }
            return scores
        }
    }

    /// The score of each tag for a sentence (positive: the tag applies).
    static func tagScore(_ ids: [FeatureID], _ tag: StarModel.Tag, model: StarModel) -> Float {
        var score: Float = 0
        for id in ids { if let row = model.row(id) { score += model.weights[row + StarModel.labels + tag.rawValue] } }
        return score
    }

    static func decode(_ emissions: [[Float]], transitions: [[Float]]) -> [Int] {
        let n = emissions.count, k = StarModel.labels
        guard n > 0 else { return [] }
        var score = (0..<k).map { transitions[k][$0] + emissions[0][$0] }
        var back = [[Int]](repeating: [Int](repeating: 0, count: k), count: n)
        for i in 1..<max(n, 1) where i < n {
            var next = [Float](repeating: -.infinity, count: k)
            for to in 0..<k {
                for from in 0..<k {
                    let s = score[from] + transitions[from][to]
                    if s > next[to] { next[to] = s; back[i][to] = from }
                }
                next[to] += emissions[i][to]
            }
            score = next
        }
        var best = 0
        for j in 1..<k where score[j] > score[best] { best = j }
        var path = [Int](repeating: 0, count: n)
        path[n - 1] = best
        var i = n - 1
        while i > 0 { path[i - 1] = back[i][path[i]]; i -= 1 }
        return path
    }
}
