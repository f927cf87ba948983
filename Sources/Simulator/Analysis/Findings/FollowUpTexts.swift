import InterviewScript

/// mockloop's built-in wording for follow-up questions, per probe kind and (for STAR parts)
/// per strength. A loop script may supply its own text for the same kind.
public enum FollowUpTexts {
    /// The default text for a probe; `weak` picks the drill-down wording for a part that is
    /// present but thin; `phrase` quotes the filler for a `.vague` probe.
    public static func text(for kind: ProbeKind, weak: Bool = false, phrase: String? = nil) -> String {
        switch kind {
        case .situation:
            weak ? "Give me a little more context. When was this, and what was at stake, and for whom?"
                : "Set the scene for me: when was this, where were you, and what was going on?"
        case .task:
            weak ? "What exactly were you aiming for, and how would you know you had got there?"
                : "What were you personally responsible for here? What did success look like?"
        case .action:
            weak ? "What did you do yourself? Take the most important step and walk me through it in detail."
                : "Walk me through what you personally did, step by step."
        case .result:
            weak ? "How did you know it worked? What changed, and by how much?"
                : "How did it turn out? What happened as a result of what you did?"
        case .ownership:
            "You said \"we\" a lot. What was your own part, as distinct from the team's?"
        case .metrics:
            "Can you put a number on the outcome? How did you measure it?"
        case .hypothetical:
            "That sounds like how you would handle it in general. Tell me about one specific time it actually happened."
        case .decision, .data, .conflict, .learned, .differently:
            InterviewerLines.defaultProbe(kind, variant: 0)
        case .vague:
            if let phrase {
                "You said \"\(phrase)\". What did that involve concretely: who, what, and what did you do yourself?"
            } else {
                "Can you make that concrete: who was involved, what exactly happened, and what did you do?"
            }
        }
    }
}
