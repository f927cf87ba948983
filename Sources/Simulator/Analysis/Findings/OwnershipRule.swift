/// Counts "I" against "we" in the action sentences (or in every sentence when no sentence is
/// an action) and calls the answer we-heavy when "we" outnumbers "I" and appears at least
/// `AnalysisThresholds.weHeavyMinimum` times.
enum OwnershipRule {
    static func count(_ readings: [SentenceReading], parts: [SentencePart]) -> (i: Int, we: Int, spans: [(Int, ByteSpan)]) {
        let actionIndexes = parts.indices.filter { parts[$0] == .action }
        let indexes = actionIndexes.isEmpty ? Array(readings.indices) : actionIndexes
        var i = 0, we = 0
        var spans: [(Int, ByteSpan)] = []
        for index in indexes {
            i += readings[index].iCount
            we += readings[index].weCount
            for span in readings[index].ownershipSpans { spans.append((index, span)) }
        }
        return (i, we, spans)
    }

    static func isWeHeavy(i: Int, we: Int) -> Bool {
        we > i && we >= AnalysisThresholds.weHeavyMinimum
    }
}
