import InterviewScript

/// Picks each sentence's part: the evidence from its own words (`SentenceReading.evidence`),
/// plus a positional prior (stories open with the situation and close with the result), plus a
/// small continuity bonus for the part of the previous sentence (a story stays in a part for a
/// few sentences), plus a bias toward the part a follow-up asked about. The highest score wins;
/// ties go to the previous sentence's part, then in the order action, situation, result, task.
struct PartClassifier {
    /// The part a follow-up answer is expected to supply, if any.
    let answering: SentencePart?

    /// One decision: the part and the cues (strongest first) that voted for it.
    struct Decision {
        var part: SentencePart
        var cues: [Cue]
    }

    func classify(_ readings: [SentenceReading]) -> [Decision] {
        var decisions: [Decision] = []
        decisions.reserveCapacity(readings.count)
        // Positions count story sentences only: talk about the answer ("Great question.") is not
        // part of the story's shape.
        let isMeta = readings.map { r in r.cues.contains { $0.label == .meta || $0.label == .fragment } }
        let n = isMeta.filter { !$0 }.count
        var storyIndex = -1
        var previous: SentencePart? = nil
        var header: SentencePart? = nil
        for (position, reading) in readings.enumerated() {
            if !isMeta[position] { storyIndex += 1 }
            let i = max(storyIndex, 0)
            var extra: [Cue] = []
            func add(_ part: SentencePart, _ weight: Float, _ label: Cue.Label, _ note: StaticString) {
                extra.append(Cue(part: part, weight: weight, label: label, start: 0, end: 0, note: note))
            }
            // Positional prior.
            if n >= 2 && !isMeta[position] {
                let r = Float(i) / Float(n - 1)
                if i == 0 {
                    add(.situation, CueWeights.openingSituation, .position, "opening")
                    add(.result, CueWeights.openingResult, .position, "opening")
                    add(.action, CueWeights.openingAction, .position, "opening")
                } else if i == n - 1 && n >= 3 {
                    add(.result, CueWeights.closingResult, .position, "closing")
                    add(.situation, CueWeights.closingSituation, .position, "closing")
                } else if r < 0.25 {
                    add(.situation, CueWeights.earlySituation, .position, "early")
                    add(.result, CueWeights.earlyResult, .position, "early")
                } else if r > 0.75 {
                    add(.result, CueWeights.lateResult, .position, "late")
                    add(.situation, CueWeights.lateSituation, .position, "late")
                } else {
                    add(.action, CueWeights.middleAction, .position, "middle")
                }
            }
            if let previous {
                add(previous, CueWeights.continuity, .follows, previous.note)
            }
            if let answering {
                add(answering, CueWeights.answering, .answering, answering.note)
            }
            let labelled = reading.cues.first { $0.label == .label }
            if let labelled {
                header = labelled.part
            } else if let header {
                add(header, CueWeights.labelContext, .label, header.note)
            }

            var scores: [Float] = [reading.evidence.0, reading.evidence.1, reading.evidence.2, reading.evidence.3,
                                   reading.evidence.4 + CueWeights.noneBase]
            for cue in extra { scores[cue.part.index] += cue.weight }
            var best: SentencePart = previous ?? .action
            var bestScore = scores[best.index]
            for part in [SentencePart.action, .situation, .result, .task, .none] where scores[part.index] > bestScore {
                best = part
                bestScore = scores[part.index]
            }
            // A sentence with words but no evidence at all stays with its neighbour.
            let voting = (reading.cues + extra).filter { $0.part == best && $0.weight > 0 }
                .sorted { $0.weight > $1.weight }
            decisions.append(Decision(part: best, cues: voting))
            if best != .none { previous = best }
        }
        return decisions
    }
}

extension PartClassifier {
    /// In an answer that is hypothetical as a whole there is no past event, so no situation or
    /// result: each sentence that is not past narrative becomes `action` when it describes steps
    /// ("I would call the customer") and `none` when it is a general claim ("customers come
    /// first"). Past-narrative sentences keep their part.
    static func reframeHypothetical(_ readings: [SentenceReading], _ decisions: inout [Decision]) {
        for (i, r) in readings.enumerated() where r.hypothetical || r.pastVerbs == 0 {
            let steps = r.cues.contains { $0.part == .action && $0.weight > 0 }
            let part: SentencePart = steps ? .action : .none
            var cues = decisions[i].cues
            if let span = r.hypotheticalSpan {
                cues.insert(Cue(part: part, weight: 0, label: .hypothetical, start: span.start, end: span.end), at: 0)
            }
            decisions[i] = Decision(part: part, cues: steps ? cues.filter { $0.part == .action || $0.label == .hypothetical } : cues.filter { $0.label == .hypothetical })
        }
    }
}

extension SentencePart {
    /// The part's name as a static string, for positional and context cues.
    var note: StaticString {
        switch self {
        case .situation: "situation"
        case .task: "task"
        case .action: "action"
        case .result: "result"
        case .none: "none"
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
        }
    }
}
