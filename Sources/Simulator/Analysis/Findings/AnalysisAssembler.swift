import InterviewScript

/// Turns the per-sentence readings and part decisions into the public `AnswerAnalysis`:
/// copies out sentence and evidence texts, grades the parts, and applies the answer-level
/// rules (ownership, quantified result, hypothetical, signals, length) and the follow-up plan.
struct AnalysisAssembler {
    let base: UnsafePointer<UInt8>

    private func text(_ span: ByteSpan) -> String {
        String(decoding: UnsafeBufferPointer(start: base + span.start, count: span.end - span.start), as: UTF8.self)
    }

    private func evidence(_ sentence: Int, _ span: ByteSpan) -> Evidence {
        Evidence(sentence: sentence, start: span.start, end: span.end, text: text(span))
    }

    private func cueText(_ cue: Cue) -> String {
        if let note = cue.note { return "\(cue.label.rawValue): \(note)" }
        switch cue.label {
        case .firstPersonSubject, .weSubject, .fragment: return cue.label.rawValue
        default:
            guard cue.end > cue.start else { return cue.label.rawValue }
            var words = text(ByteSpan(start: cue.start, end: min(cue.end, cue.start + 120))).lowercased()
            if words.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
                words = words.split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == " " }).joined(separator: " ")
            }
            return "\(cue.label.rawValue): \(words)"
        }
    }

    func assemble(_ readings: [SentenceReading], _ decisions: [PartClassifier.Decision]) -> AnswerAnalysis {
        let parts = decisions.map(\.part)
        var sentences: [AnalyzedSentence] = []
        sentences.reserveCapacity(readings.count)
        var wordsPerPart = [0, 0, 0, 0, 0]
        var totalWords = 0
        for (i, r) in readings.enumerated() {
            var cues: [String] = []
            var seen: Set<String> = []
            for cue in decisions[i].cues where cues.count < 4 {
                let key = cue.label.rawValue
                if seen.insert(key).inserted { cues.append(cueText(cue)) }
            }
            sentences.append(AnalyzedSentence(index: i, text: text(ByteSpan(start: r.start, end: r.end)), start: r.start, end: r.end,
                                              words: r.words, part: parts[i], cues: cues, hypothetical: r.hypothetical))
            wordsPerPart[parts[i].index] += r.words
            totalWords += r.words
        }

        let all = readings
        func partReadings(_ part: SentencePart) -> [SentenceReading] {
            all.indices.filter { parts[$0] == part }.map { all[$0] }
        }
        let balance = LengthRule.balance(words: totalWords, perPart: wordsPerPart)
        func finding(_ part: SentencePart, _ graded: (PartStrength, String)) -> PartFinding {
            let shares = [balance.situation, balance.task, balance.action, balance.result, balance.none]
            return PartFinding(strength: graded.0, sentences: all.indices.filter { parts[$0] == part },
                               words: wordsPerPart[part.index], share: shares[part.index], reason: graded.1)
        }
        let partFindings = PartFindings(
            situation: finding(.situation, PartStrengthRules.situation(partReadings(.situation))),
            task: finding(.task, PartStrengthRules.task(partReadings(.task))),
            action: finding(.action, PartStrengthRules.action(partReadings(.action))),
            result: finding(.result, PartStrengthRules.result(partReadings(.result))))
        let missing = StarPart.allCases.filter { !partFindings[$0].present }

        let counted = OwnershipRule.count(all, parts: parts)
        let weHeavy = OwnershipRule.isWeHeavy(i: counted.i, we: counted.we)
        let ownership = OwnershipFinding(i: counted.i, we: counted.we, weHeavy: weHeavy,
                                         evidence: counted.spans.map { evidence($0.0, $0.1) })

        var metrics: [String] = []
        var metricEvidence: [Evidence] = []
        var hypotheticalEvidence: [Evidence] = []
        var data: [Evidence] = [], lessons: [Evidence] = [], disagreements: [Evidence] = [], commitments: [Evidence] = []
        var vague: [Evidence] = [], supported: [Evidence] = []
        var principleSignals: [PrincipleSignalMatch] = []
        for (i, r) in all.enumerated() {
            if parts[i] == .result && !r.hypothetical {
                for m in r.metrics where QuantifiedResultRule.counts(m) {
                    let e = evidence(i, m.span)
                    metrics.append(e.text)
                    metricEvidence.append(e)
                }
            }
            if r.hypothetical, let span = r.hypotheticalSpan { hypotheticalEvidence.append(evidence(i, span)) }
            data += r.data.map { evidence(i, $0) }
            lessons += r.lessons.map { evidence(i, $0) }
            disagreements += r.disagreements.map { evidence(i, $0) }
            commitments += r.commitments.map { evidence(i, $0) }
            for hit in r.vagueFiller {
                if hit.supported { supported.append(evidence(i, hit.span)) } else { vague.append(evidence(i, hit.span)) }
            }
            for hit in r.principleHits.sorted(by: { ($0.span.start, $0.tag) < ($1.span.start, $1.tag) }) {
                principleSignals.append(PrincipleSignalMatch(principle: SignalLexicon.principle(ofTag: hit.tag), phrase: hit.phrase,
                                                             evidence: evidence(i, hit.span)))
            }
        }
        let quantified = !metrics.isEmpty
        let hypothetical = HypotheticalRule.isHypothetical(all)
        let dataDriven = SignalFinding(present: !data.isEmpty, evidence: data)
        let disagree = DisagreeAndCommitFinding(disagreed: !disagreements.isEmpty, usedData: !disagreements.isEmpty && !data.isEmpty,
                                                committed: !commitments.isEmpty, evidence: disagreements + commitments)
        let vagueFiller = VagueFillerFinding(evidence: vague, supported: supported)
        let followUps = FollowUpPlanner.plan(parts: partFindings, hypothetical: hypothetical, weHeavy: weHeavy,
                                             quantified: quantified, vagueFiller: vagueFiller)
        return AnswerAnalysis(
            words: totalWords, sentences: sentences, parts: partFindings, missing: missing, ownership: ownership,
            quantifiedResult: quantified, metrics: metrics, metricEvidence: metricEvidence,
            hypothetical: hypothetical, hypotheticalEvidence: hypotheticalEvidence,
            dataDriven: dataDriven, lessonsLearned: SignalFinding(present: !lessons.isEmpty, evidence: lessons),
            disagreeAndCommit: disagree, vagueFiller: vagueFiller, balance: balance,
            lengthVerdicts: LengthRule.verdicts(words: totalWords, balance: balance),
            principleSignals: principleSignals, followUps: followUps)
    }
}
