/// Picks the labels of an answer's sentences together: each sentence's own scores plus the
/// learned weight of going from the previous sentence's label to its own (Viterbi). Ties go to
/// the lower label index, so the result is deterministic.
enum SequenceDecoder {
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
