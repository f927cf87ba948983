import InterviewScript

/// Picks each sentence's part: the evidence from its own words (`SentenceReading.evidence`),
/// plus a positional prior (stories open with the situation and close with the result), plus a
/// small continuity bonus for the part of the previous sentence (a story stays in a part for a
/// few sentences), plus a bias toward the part a follow-up asked about, plus the part of an
/// explicit label line ("Action:") for the lines under it. The highest score wins; ties go to
/// the previous sentence's part, then in the order action, situation, result, task, none.
/// Positions count story sentences only: talk about the answer ("Great question.") is not
/// part of the story's shape.
struct PartClassifier {
    /// The part a follow-up answer is expected to supply, if any.
    let answering: SentencePart?

    /// One decision: the part, and the context cues (position, continuity...) that were added
    /// for it, stored after the reading cues in `ReadingStore.cues`.
    struct Decision {
        var part: SentencePart
        var context: Range<Int>
        /// Set when the whole answer is hypothetical (see `reframeHypothetical`).
        var hypotheticalFrame = false
    }

    func classify(_ readings: [SentenceReading], store: inout ReadingStore) -> [Decision] {
        var decisions: [Decision] = []
        decisions.reserveCapacity(readings.count)
        let n = readings.reduce(0) { $0 + ($1.isMeta ? 0 : 1) }
        var storyIndex = -1
        var previous: SentencePart? = nil
        var header: SentencePart? = nil
        for reading in readings {
            if !reading.isMeta { storyIndex += 1 }
            let i = max(storyIndex, 0)
            let contextStart = store.cues.count
            var scores = SIMD8<Float>(reading.evidence.0, reading.evidence.1, reading.evidence.2, reading.evidence.3,
                                      reading.evidence.4 + CueWeights.noneBase, 0, 0, 0)
            func add(_ part: SentencePart, _ weight: Float, _ label: Cue.Label, _ note: Cue.Note) {
                store.cues.append(Cue(part: part, weight: weight, label: label, start: 0, end: 0, note: note))
                scores[part.index] += weight
            }
            if n >= 2 && !reading.isMeta {
                let r = Float(i) / Float(n - 1)
                if i == 0 {
                    add(.situation, CueWeights.openingSituation, .position, .opening)
                    add(.result, CueWeights.openingResult, .position, .opening)
                    add(.action, CueWeights.openingAction, .position, .opening)
                } else if i == n - 1 && n >= 3 {
                    // The closing position strengthens an outcome; it does not make one.
                    if reading.evidence.3 > 0 { add(.result, CueWeights.closingResult, .position, .closing) }
                    add(.situation, CueWeights.closingSituation, .position, .closing)
                } else if r < 0.25 {
                    add(.situation, CueWeights.earlySituation, .position, .early)
                    add(.result, CueWeights.earlyResult, .position, .early)
                } else if r > 0.75 {
                    if reading.evidence.3 > 0 { add(.result, CueWeights.lateResult, .position, .late) }
                    add(.situation, CueWeights.lateSituation, .position, .late)
                } else {
                    add(.action, CueWeights.middleAction, .position, .middle)
                }
            }
            if let previous { add(previous, CueWeights.continuity, .follows, previous.note) }
            if let answering { add(answering, CueWeights.answering, .answering, answering.note) }
            if let labelled = store.cues[reading.cues].first(where: { $0.label == .label }) {
                header = labelled.part
            } else if let header {
                add(header, CueWeights.labelContext, .label, header.note)
            }
            var best: SentencePart = previous ?? .action
            var bestScore = scores[best.index]
            for part in [SentencePart.action, .situation, .result, .task, .none] where scores[part.index] > bestScore {
                best = part
                bestScore = scores[part.index]
            }
            decisions.append(Decision(part: best, context: contextStart..<store.cues.count))
            if best != .none { previous = best }
        }
        return decisions
    }

    /// In an answer that is hypothetical as a whole there is no past event, so no situation or
    /// result: each sentence that is not past narrative becomes `action` when it describes steps
    /// ("I would call the customer") and `none` when it is a general claim ("customers come
    /// first"). Past-narrative sentences keep their part.
    static func reframeHypothetical(_ readings: [SentenceReading], _ decisions: inout [Decision], store: ReadingStore) {
        for (i, r) in readings.enumerated() where r.hypothetical || r.pastVerbs == 0 {
            let steps = store.cues[r.cues].contains { $0.part == .action && $0.weight > 0 }
            decisions[i].part = steps ? .action : .none
            decisions[i].hypotheticalFrame = true
        }
    }
}

extension SentencePart {
    /// The part's name as a cue note ("follows: action").
    var note: Cue.Note {
        switch self {
        case .situation: .situation
        case .task: .task
        case .action: .action
        case .result: .result
        case .none: .none
        }
    }

    /// The part a follow-up of this kind asks the candidate to supply.
    init?(answering probe: ProbeKind) {
        switch probe {
        case .situation: self = .situation
        case .task: self = .task
        case .action, .ownership, .vague: self = .action
        case .result, .metrics: self = .result
        case .hypothetical: return nil
        case .decision, .data, .conflict: self = .action
        case .learned, .differently: self = .result
        }
    }
}
