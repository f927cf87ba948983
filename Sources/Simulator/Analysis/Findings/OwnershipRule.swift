/// Counts "I" against "we" in the action sentences (or in every sentence when no sentence is
/// an action).
///
/// Two counts are kept: the words (I, me, my, myself, mine against we, our, us, ourselves,
/// ours, "the team", "my team", "our team"), reported as `i` and `we`; and the grammatical
/// subjects (I, I'd, the implied "I" of a subjectless bullet, against we, we'd, "the team ..."
/// before a past verb), reported as `iSubjects` and `weSubjects`. "We-heavy" is about who
/// acted, so the verdict uses the subjects: the answer is we-heavy when "we" subjects
/// outnumber "I" subjects and there are at least `AnalysisThresholds.weHeavyMinimum` of them.
/// Possessives like "our customers" or "my manager" say nothing about who did the work.
enum OwnershipRule {
    struct Counts {
        var i = 0, we = 0, iSubjects = 0, weSubjects = 0
        var spans: [(Int, ByteSpan)] = []
    }

    static func count(_ readings: [SentenceReading], parts: [SentencePart], store: ReadingStore) -> Counts {
        let actionIndexes = parts.indices.filter { parts[$0] == .action }
        let indexes = actionIndexes.isEmpty ? Array(readings.indices) : actionIndexes
        var counts = Counts()
        for index in indexes {
            let r = readings[index]
            counts.i += r.iCount
            counts.we += r.weCount
            counts.iSubjects += r.iSubjects
            counts.weSubjects += r.weSubjects
            for tagged in store.spans[r.spans] where tagged.kind == .ownership { counts.spans.append((index, tagged.span)) }
        }
        return counts
    }

    /// We-heavy is about who acted: with no action sentence there is no evidence either way,
    /// so an answer that is all set-up is never called we-heavy (its "we" subjects describe the
    /// situation, not the work).
    static func isWeHeavy(_ counts: Counts, hasActions: Bool) -> Bool {
        hasActions && counts.weSubjects > counts.iSubjects && counts.weSubjects >= AnalysisThresholds.weHeavyMinimum
    }
}
