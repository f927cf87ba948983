/// Runs every feature detector over one sentence. Detectors emit named features with the
/// bytes that caused them and decide nothing; the learned model (`StarModel`) weighs them.
/// One featurizer reads an answer's sentences in turn and reuses its working storage.
struct SentenceFeaturizer {
    let lexicon = FeatureLexicon.shared
    private var sink = FeatureSink()
    private let seen = ReusableHashSet()
    private var metrics: [MetricScanner.Span] = []
    private var wordIndices: [Int] = []
    private var hashes: [UInt64] = []

    /// What one sentence gave: its features, and the facts the answer-level findings use.
    struct Result {
        /// Each feature once (the first place it fired).
        var features: [FiredFeature]
        /// The value of the word and word-pair features (see `value(of:)`).
        var wordValue: Float
        /// `SubjectVerbFeature` codes.
        var subject: Int
        var verb: Int
        /// The first number that can measure an outcome (`MetricRoleFeature`), if any.
        var outcomeMetric: ByteSpan?
        /// "I" and "we" subjects, clause by clause (for ownership).
        var iSubjects = 0
        var weSubjects = 0
        /// "I'd have called her first": what would have been done in a real past event.
        var counterfactualPast = false

        /// A feature's value: 1, except words and word pairs, which weigh less in a long
        /// sentence (so that its many words do not drown its few telling features).
        @inline(__always)
        func value(of family: FeatureFamily) -> Float { Self.value(of: family, wordValue: wordValue) }

        @inline(__always)
        static func value(of family: FeatureFamily, wordValue: Float) -> Float { family == .word || family == .bigram ? wordValue : 1 }

        /// Each feature's value, in the order of `features`.
        var values: [Float] { features.map { value(of: $0.family) } }
    }

    mutating func features(_ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>, base: UnsafePointer<UInt8>, bullet: Bool,
                           answering: String?, naming: Bool = false) -> Result {
        let view = SentenceView(tokens: tokens, range: range, base: base, reusing: Self.take(&wordIndices), Self.take(&hashes))
        defer { wordIndices = view.wordIndices; hashes = view.hashes }
        sink.fired.removeAll(keepingCapacity: true)
        sink.fired.reserveCapacity(view.count * 2 + 24)
        LayoutFeature.detect(view, bullet: bullet, answering: answering, lexicon: lexicon, into: &sink)
        let (subject, verb) = SubjectVerbFeature.detect(view, lexicon: lexicon, into: &sink)
        if let answering { sink.add(AnsweringFeature.feature(answering, verb: verb)) }
        PhraseFeature.detect(view, lexicon: lexicon, into: &sink)
        let outcome = MetricRoleFeature.detect(view, range: range, lexicon: lexicon, scratch: &metrics, into: &sink)
        ContentFeature.detect(view, lexicon: lexicon, into: &sink)
        WordFeature.detect(view, naming: naming, into: &sink)
        let counts = SubjectVerbFeature.subjectCounts(view)
        seen.removeAll(expecting: sink.fired.count)
        // Each feature once; with room for the neighbours' features too (`addContext`), so
        // they do not move the array.
        let fired = sink.fired, seen = self.seen
        let features = [FiredFeature](unsafeUninitializedCapacity: fired.count + 32) { buffer, initialized in
            var n = 0
            fired.withUnsafeBufferPointer { fired in
                for feature in fired where seen.insert(feature.id.raw) {
                    (buffer.baseAddress! + n).initialize(to: feature)
                    n += 1
                }
            }
            initialized = n
        }
        return Result(features: features, wordValue: Self.wordValue(words: view.count), subject: subject, verb: verb, outcomeMetric: outcome,
                      iSubjects: counts.i, weSubjects: counts.we, counterfactualPast: SubjectVerbFeature.isCounterfactualPast(view))
    }

    /// Moves an array out of its variable, leaving it empty, so its storage can be reused.
    private static func take<T>(_ array: inout [T]) -> [T] {
        let taken = array
        array = []
        return taken
    }

    /// The value of a word feature in a sentence of `words` words: 1 up to 12 words, then
    /// falling with the square root of the length.
    static func wordValue(words: Int) -> Float {
        words <= 12 ? 1 : (12 / Float(words)).squareRoot()
    }

    /// The features that depend on the whole answer: the sentence's place in it.
    static func position(index: Int, of count: Int) -> FiredFeature {
        if count == 1 { return positions[0] }
        if index == 0 { return positions[1] }
        if index == count - 1 { return positions[2] }
        if index == 1 { return positions[3] }
        return positions[4 + min(3, (index * 4) / count)]
    }

    /// The families a sentence's neighbours see of it ("<goal": the sentence before states a goal).
    static let contextFamilies: UInt32 = FeatureFamily.mask([.subjectVerb, .goal, .outcome, .metric, .timeAnchor, .background, .header,
                                                             .hypothetical, .lesson, .evasion, .hedge, .meta])

    /// Adds to each sentence the telling features of the sentence before and after it, each
    /// once, as `.context` features (their bytes are the neighbour's).
    mutating func addContext(_ results: inout [Result], naming: Bool) {
        guard results.count > 1 else { return }
        // Each sentence's own telling features, before any neighbour's were added, one list
        // after another: sentence i's are telling[starts[i]..<starts[i + 1]].
        var telling: [FiredFeature] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(results.count + 1)
        for result in results {
            for feature in result.features where feature.family.bit & Self.contextFamilies != 0 { telling.append(feature) }
            starts.append(telling.count)
        }
        telling.withUnsafeBufferPointer { telling in
            for i in results.indices {
                seen.removeAll(expecting: 64)
                let before = i > 0 ? starts[i] - starts[i - 1] : 0, after = i + 1 < results.count ? starts[i + 2] - starts[i + 1] : 0
                results[i].features.reserveCapacity(results[i].features.count + before + after)
                if i > 0 {
                    Self.append(UnsafeBufferPointer(rebasing: telling[starts[i - 1]..<starts[i]]), before: true, to: &results[i].features, seen: seen, naming: naming)
                }
                if i + 1 < results.count {
                    Self.append(UnsafeBufferPointer(rebasing: telling[starts[i + 1]..<starts[i + 2]]), before: false, to: &results[i].features, seen: seen, naming: naming)
                }
            }
        }
    }

    /// Appends a neighbour's telling features, each once, as seen from the sentence `before` or after it.
    private static func append(_ neighbour: UnsafeBufferPointer<FiredFeature>, before: Bool, to features: inout [FiredFeature], seen: ReusableHashSet, naming: Bool) {
        for feature in neighbour {
            let id = before ? FeatureID.previous(feature.id) : FeatureID.next(feature.id)
            guard seen.insert(id.raw) else { continue }
            let name = naming ? feature.name.map { FeatureName((before ? "<" : ">") + $0) } : nil
            features.append(FiredFeature(id: id, family: .context, start: feature.start, end: feature.end, featureName: name))
        }
    }

    private static let positions = ["only", "first", "last", "second", "rel0", "rel1", "rel2", "rel3"].map { FiredFeature("pos=" + $0, .position) }
}
