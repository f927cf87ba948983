/// Picks the labels of an answer's sentences together: each sentence's own scores plus the
/// learned weight of going from the previous sentence's label to its own (Viterbi). Ties go to
/// the lower label index, so the result is deterministic.
enum SequenceDecoder {
    static func decode(_ emissions: [[Float]], transitions: [[Float]]) -> [Int] {
        decode(flat: emissions.flatMap { $0 }, count: emissions.count, transitions: transitions)
    }

    /// `emissions` holds `count` sentences' scores, `StarModel.labels` each, one after another.
    static func decode(flat emissions: [Float], count n: Int, transitions: [[Float]]) -> [Int] {
        let k = StarModel.labels
        guard n > 0 else { return [] }
        var score = (0..<k).map { transitions[k][$0] + emissions[$0] }
        var next = [Float](repeating: 0, count: k)
        var back = [Int](repeating: 0, count: n * k)
        for i in 1..<max(n, 1) where i < n {
            for to in 0..<k {
                var best = -Float.infinity, from = 0
                for f in 0..<k {
                    let s = score[f] + transitions[f][to]
                    if s > best { best = s; from = f }
                }
                back[i * k + to] = from
                next[to] = best + emissions[i * k + to]
            }
            swap(&score, &next)
        }
        var best = 0
        for j in 1..<k where score[j] > score[best] { best = j }
        var path = [Int](repeating: 0, count: n)
        path[n - 1] = best
        var i = n - 1
        while i > 0 { path[i - 1] = back[i * k + path[i]]; i -= 1 }
        return path
    }
}
