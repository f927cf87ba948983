import InterviewScript

/// The one rule for whether an answer counts as evidence, shared by the interviewer (what it
/// still needs to ask) and the scorer (what the write-up credits), so the two never disagree.
///
/// A dodge ("I'd have to check") never counts, nor does a hypothetical reply to a follow-up that
/// asked for a real event ("usually, yes"). A reply to a follow-up that asks for reflection
/// ("what would you do differently?", "what did you learn?") is naturally told in the
/// conditional or the habitual ("I'd bring finance in earlier", "now I always check..."), so
/// there hypothetical framing is the answer asked for, not a dodge; evasion still is. A reply of
/// a word or three that tells nothing ("Yes.", "Not really.") is no answer to a follow-up either.
enum ReplyEvidence {
    /// Follow-ups whose honest answer is conditional or habitual.
    static let reflective: Set<ProbeKind> = [.differently, .learned]

    /// A reply to a follow-up this short, with no part of a story and no number in it, tells nothing.
    static let thinReplyWords = 3

    /// "Yes.", "Not really.", "Cost, mostly.": too short to answer a follow-up (a number such as
    /// "About 40%." is an answer, and so is any part of a story the reader hears).
    static func isThin(_ findings: AnswerFindings) -> Bool {
        findings.words <= thinReplyWords && findings.metrics.isEmpty && !findings.quantifiedResult
            && StarPart.allCases.allSatisfy { findings[$0] == .absent }
    }

    /// Why a reply to a follow-up is no evidence for it, as the interviewer names it when it presses.
    enum Dodge: Sendable, Equatable {
        /// "I'd have to check", "the team handled that".
        case evasive
        /// What would usually happen, not what did.
        case hypothetical
        /// A word or three that tells nothing (`isThin`).
        case thin
    }

    /// The dodge in a reply to `probe`, or nil when it counts (or answers no follow-up).
    static func dodge(_ findings: AnswerFindings, replyingTo probe: ProbeKind?) -> Dodge? {
        guard probe != nil, !counts(findings, replyingTo: probe) else { return nil }
        if findings.evasive { return .evasive }
        return findings.hypothetical ? .hypothetical : .thin
    }

    static func counts(_ findings: AnswerFindings, replyingTo probe: ProbeKind?) -> Bool {
        // A reply that tells two or more things the candidate did is not a dodge, whatever
        // else it says ("My part was the checklist. I wrote..., and I trained...").
        let ownSteps = findings.iCount >= 2 && !findings.weHeavy
        let evaded = findings.evasive && !ownSteps
        guard let probe else { return !evaded }
        return !evaded && !isThin(findings) && (!findings.hypothetical || reflective.contains(probe))
    }
}
