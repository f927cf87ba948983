import InterviewScript

/// Chooses the follow-ups an interviewer would ask after an answer, most fundamental first:
/// 1. `hypothetical` when the answer is not one past event (nothing else matters until it is);
/// 2. each STAR part that is absent or weak, in STAR order (the situation probe is skipped for
///    a hypothetical answer, whose probe already asks for a specific time);
/// 3. `ownership` when the actions are told with "we";
/// 4. `metrics` when no result sentence has a measurement;
/// 5. `vague` when filler with nothing concrete after it remains.
enum FollowUpPlanner {
    static func plan(parts: PartFindings, hypothetical: Bool, weHeavy: Bool, quantified: Bool, vagueFiller: VagueFillerFinding) -> [FollowUp] {
        var followUps: [FollowUp] = []
        if hypothetical { followUps.append(FollowUp(kind: .hypothetical, text: FollowUpTexts.text(for: .hypothetical))) }
        for part in StarPart.allCases {
            if part == .situation && hypothetical { continue }
            let strength = parts[part].strength
            guard strength != .strong else { continue }
            let kind = ProbeKind(part)
            followUps.append(FollowUp(kind: kind, text: FollowUpTexts.text(for: kind, weak: strength == .weak)))
        }
        if weHeavy { followUps.append(FollowUp(kind: .ownership, text: FollowUpTexts.text(for: .ownership))) }
        if !quantified { followUps.append(FollowUp(kind: .metrics, text: FollowUpTexts.text(for: .metrics))) }
        if let first = vagueFiller.evidence.first {
            followUps.append(FollowUp(kind: .vague, text: FollowUpTexts.text(for: .vague, phrase: first.text)))
        }
        return followUps
    }
}
