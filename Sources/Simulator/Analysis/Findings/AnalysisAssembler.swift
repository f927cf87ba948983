import InterviewScript

/// Turns the per-sentence readings and part decisions into the public `AnswerAnalysis`:
/// copies out sentence and evidence texts, picks each sentence's top cues, grades the parts,
/// and applies the answer-level rules (ownership, quantified result, hypothetical, signals,
/// length) and the follow-up plan.
struct AnalysisAssembler {
    let base: UnsafePointer<UInt8>
    let lexicon: SignalLexicon
    let extraPrinciples: PhraseTrie?
    /// The learned model's version, stamped on the analysis.
    var modelVersion = ""
    /// How many cues to show per sentence.
    static let cuesShown = 4

    private func text(_ span: ByteSpan) -> String {
        String(decoding: UnsafeBufferPointer(start: base + span.start, count: span.end - span.start), as: UTF8.self)
    }

    private func evidence(_ sentence: Int, _ span: ByteSpan) -> Evidence {
        Evidence(sentence: sentence, start: span.start, end: span.end, text: text(span))
    }

    /// "label: matched words" with the words lowercased and on one line.
    private func cueText(_ cue: Cue) -> String {
        if let note = cue.note { return CueTexts.text(cue.label, note) }
        if cue.label == .learned, let family = cue.learned {
            guard cue.end > cue.start else {
                return family.label + ": " + (cue.name?.value ?? "")
            }
            return spanText(cue, prefix: FeatureFamily.prefixes[Int(family.rawValue)])
        }
        switch cue.label {
        case .firstPersonSubject, .weSubject, .fragment: return cue.label.text
        default:
            guard cue.end > cue.start else { return cue.label.text }
            return spanText(cue, prefix: CueTexts.prefix(cue.label))
        }
    }

    /// `prefix` and the cue's words, lowercased and on one line, at most 120 bytes of them.
    private func spanText(_ cue: Cue, prefix label: [UInt8]) -> String {
        let end = min(cue.end, cue.start + 120)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: label.count + (end - cue.start)) { out in
            var n = label.count
            label.withUnsafeBufferPointer { out.baseAddress!.initialize(from: $0.baseAddress!, count: $0.count) }
            var lastSpace = false
            for k in cue.start..<end {
                var b = base[k]
                if b == 0x0A || b == 0x0D || b == 0x09 { b = 0x20 }
                if b == 0x20 && lastSpace { continue }
                lastSpace = b == 0x20
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                out[n] = b; n += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<n]), as: UTF8.self)
        }
    }

    /// The strongest cues for `part` among a sentence's cues and its context cues, one per label.
    /// The indices of two ranges, one after the other, without making an array.
    private static func concatenated(_ a: Range<Int>, _ b: Range<Int>) -> some Sequence<Int> {
        (0..<(a.count + b.count)).lazy.map { $0 < a.count ? a.lowerBound + $0 : b.lowerBound + $0 - a.count }
    }

    private func topCues(_ store: borrowing ReadingStore, _ reading: SentenceReading, _ decision: PartClassifier.Decision) -> [String] {
        // The strongest cue per label for the chosen part, strongest first (no allocation).
        var chosen = SIMD4<Int32>(repeating: -1)
        var weights = SIMD4<Float>(repeating: 0)
        var labels = SIMD4<Int32>(repeating: -1)
        var count = 0
        for index in Self.concatenated(reading.cues, decision.context) {
            let cue = store.cues[index]
            guard cue.part == decision.part, cue.weight > 0 else { continue }
            if decision.hypotheticalFrame && (cue.label == .position || cue.label == .follows) { continue }
            let label = Int32(cue.label.rawValue)
            var duplicate = -1
            for s in 0..<count where labels[s] == label { duplicate = s }
            if duplicate >= 0 {
                if weights[duplicate] >= cue.weight { continue }
                for s in duplicate..<(count - 1) { chosen[s] = chosen[s + 1]; weights[s] = weights[s + 1]; labels[s] = labels[s + 1] }
                count -= 1
            }
            var position = 0
            while position < count && weights[position] >= cue.weight { position += 1 }
            guard position < Self.cuesShown else { continue }
            var s = min(count, Self.cuesShown - 1)
            while s > position { chosen[s] = chosen[s - 1]; weights[s] = weights[s - 1]; labels[s] = labels[s - 1]; s -= 1 }
            chosen[position] = Int32(index)
            weights[position] = cue.weight
            labels[position] = label
            count = min(count + 1, Self.cuesShown)
        }
        var texts: [String] = []
        texts.reserveCapacity(count + 1)
        if decision.hypotheticalFrame && reading.hypothetical && reading.hypotheticalSpan.end > reading.hypotheticalSpan.start {
            texts.append(cueText(Cue(part: decision.part, weight: 0, label: .hypothetical,
                                     start: reading.hypotheticalSpan.start, end: reading.hypotheticalSpan.end)))
        }
        for slot in 0..<count where texts.count < Self.cuesShown { texts.append(cueText(store.cues[Int(chosen[slot])])) }
        return texts
    }

    func assemble(_ readings: [SentenceReading], _ decisions: [PartClassifier.Decision], _ store: ReadingStore, learned: LearnedReading?) -> AnswerAnalysis {
        let parts = decisions.map(\.part)
        var sentences: [AnalyzedSentence] = []
        sentences.reserveCapacity(readings.count)
        var wordsPerPart = [0, 0, 0, 0, 0]
        var totalWords = 0
        for (i, r) in readings.enumerated() {
            sentences.append(AnalyzedSentence(index: i, text: text(ByteSpan(start: r.start, end: r.end)), start: r.start, end: r.end,
                                              words: r.words, part: parts[i], cues: topCues(store, r, decisions[i]),
                                              hypothetical: r.hypothetical, evasive: learned?.sentences[i].evasive ?? false,
                                              alsoTells: learned?.sentences[i].label.second))
            wordsPerPart[parts[i].index] += r.words
            totalWords += r.words
        }

        var indexesByPart: [[Int]] = [[], [], [], [], []]
        for (i, part) in parts.enumerated() { indexesByPart[part.index].append(i) }
        func partReadings(_ part: SentencePart) -> [SentenceReading] {
            indexesByPart[part.index].map { readings[$0] }
        }
        let balance = LengthRule.balance(words: totalWords, perPart: wordsPerPart)
        let shares = [balance.situation, balance.task, balance.action, balance.result, balance.none]
        func finding(_ part: SentencePart, _ graded: (PartStrength, String)) -> PartFinding {
            PartFinding(strength: graded.0, sentences: indexesByPart[part.index],
                        words: wordsPerPart[part.index], share: shares[part.index], reason: graded.1)
        }
        var partFindings = PartFindings(
            situation: finding(.situation, PartStrengthRules.situation(partReadings(.situation))),
            task: finding(.task, PartStrengthRules.task(partReadings(.task))),
            action: finding(.action, PartStrengthRules.action(partReadings(.action))),
            result: finding(.result, PartStrengthRules.result(partReadings(.result))))
        // A part can also be told inside a sentence that mostly tells another one.
        // The model's two-part sentences: a task inside a situation, a result inside an action.
        // With the model, a goal stated in a situation sentence it did not read as task ("and I
        // volunteered to lead the work") still counts (the rule readings' goal phrases).
        let tasks = SecondaryParts.tasks(readings, parts)
        var embedded: (task: [Int], result: [Int]) = learned == nil ? (tasks, SecondaryParts.results(readings, parts))
                                                                    : (tasks.filter { parts[$0] == .situation }, [])
        for (i, sentence) in (learned?.sentences ?? []).enumerated() {
            if sentence.label.second == .task { embedded.task.append(i) }
            if sentence.label.second == .result { embedded.result.append(i) }
        }
        if !partFindings.task.present, !embedded.task.isEmpty {
            let graded = PartStrengthRules.task(embedded.task.map { readings[$0] })
            partFindings.task = PartFinding(strength: graded.0, sentences: [], words: 0, share: 0, reason: graded.1 + ", inside another part's sentence")
        }
        if !partFindings.result.present, !embedded.result.isEmpty {
            let graded = PartStrengthRules.result(embedded.result.map { readings[$0] })
            partFindings.result = PartFinding(strength: graded.0, sentences: [], words: 0, share: 0, reason: graded.1 + ", inside an action sentence")
        }
        let missing = StarPart.allCases.filter { !partFindings[$0].present }

        let counted = OwnershipRule.count(readings, parts: parts, store: store)
        let weHeavy = learned?.weHeavy ?? OwnershipRule.isWeHeavy(counted, hasActions: parts.contains(.action))
        // With the learned reader, ownership is counted from the subjects of action sentences only.
        let ownership = OwnershipFinding(i: counted.i, we: counted.we, iSubjects: learned?.iActions ?? counted.iSubjects,
                                         weSubjects: learned?.weActions ?? counted.weSubjects,
                                         weHeavy: weHeavy, evidence: counted.spans.map { evidence($0.0, $0.1) },
                                         iSentences: learned?.iActionSentences ?? [], weSentences: learned?.weActionSentences ?? [])

        var metrics: [String] = []
        var metricEvidence: [Evidence] = []
        var hypotheticalEvidence: [Evidence] = []
        var data: [Evidence] = [], lessons: [Evidence] = [], disagreements: [Evidence] = [], commitments: [Evidence] = []
        var vague: [Evidence] = [], supported: [Evidence] = []
        var principleSignals: [PrincipleSignalMatch] = []
        for (i, r) in readings.enumerated() {
            let embeddedResult = embedded.result.contains(i) && partFindings.result.sentences.isEmpty
            if (parts[i] == .result || embeddedResult) && !r.hypothetical && !decisions[i].hypotheticalFrame {
                for m in store.metrics[r.metrics] where QuantifiedResultRule.counts(m) && (!embeddedResult || m.isChange) {
                    let e = evidence(i, m.span)
                    metrics.append(e.text)
                    metricEvidence.append(e)
                }
            }
            if r.hypothetical && r.hypotheticalSpan.end > r.hypotheticalSpan.start { hypotheticalEvidence.append(evidence(i, r.hypotheticalSpan)) }
            for tagged in store.spans[r.spans] {
                switch tagged.kind {
                case .ownership: break
                case .data: data.append(evidence(i, tagged.span))
                case .lesson: lessons.append(evidence(i, tagged.span))
                case .disagreement: disagreements.append(evidence(i, tagged.span))
                case .commitment: commitments.append(evidence(i, tagged.span))
                case .fillerSupported: supported.append(evidence(i, tagged.span))
                case .fillerUnsupported: vague.append(evidence(i, tagged.span))
                }
            }
            let hits = r.hits.count > 1 ? Array(store.hits[r.hits].sorted { ($0.span.start, $0.tag) < ($1.span.start, $1.tag) }) : Array(store.hits[r.hits])
            for hit in hits {
                let trie = hit.fromCaller ? (extraPrinciples ?? lexicon.phrases) : lexicon.phrases
                principleSignals.append(PrincipleSignalMatch(principle: SignalLexicon.principle(ofTag: hit.tag),
                                                             phrase: trie.phrases[Int(hit.phrase)], evidence: evidence(i, hit.span)))
            }
        }
        let quantified = learned?.quantifiedResult ?? !metrics.isEmpty
        if !quantified { metrics = []; metricEvidence = [] }
        // The learned reader found an outcome number the rules do not count: show that number.
        if quantified, metricEvidence.isEmpty, let learned {
            metricEvidence = learned.outcomeMetrics.map { evidence($0.sentence, $0.span) }
            metrics = metricEvidence.map(\.text)
        }
        let hypothetical = learned?.hypothetical ?? HypotheticalRule.isHypothetical(readings) { index in text(readings[index].hypotheticalSpan) }
        var evasionEvidence: [Evidence] = []
        for (i, sentence) in (learned?.sentences ?? []).enumerated() where sentence.evasive {
            evasionEvidence.append(evidence(i, ByteSpan(start: readings[i].start, end: readings[i].end)))
        }
        let dataDriven = SignalFinding(present: !data.isEmpty, evidence: data)
        let disagree = DisagreeAndCommitFinding(disagreed: !disagreements.isEmpty, usedData: !disagreements.isEmpty && !data.isEmpty,
                                                committed: !commitments.isEmpty, evidence: disagreements + commitments)
        let vagueFiller = VagueFillerFinding(evidence: vague, supported: supported)
        return AnswerAnalysis(
            words: totalWords, sentences: sentences, parts: partFindings, missing: missing, ownership: ownership,
            quantifiedResult: quantified, metrics: metrics, metricEvidence: metricEvidence,
            hypothetical: hypothetical, hypotheticalEvidence: hypotheticalEvidence,
            dataDriven: dataDriven, lessonsLearned: SignalFinding(present: !lessons.isEmpty, evidence: lessons),
            disagreeAndCommit: disagree, vagueFiller: vagueFiller, balance: balance,
            lengthVerdicts: LengthRule.verdicts(words: totalWords, balance: balance),
            principleSignals: principleSignals, followUps: [],
            evasive: learned?.evasive ?? false, evasionEvidence: evasionEvidence, modelVersion: modelVersion)
    }
}
