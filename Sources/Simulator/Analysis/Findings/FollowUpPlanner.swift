import InterviewScript

/// The follow-ups an interviewer would ask after one answer, for `mockloop analyze`: the
/// interviewer's own policy (`DrillDown`, with the default probing order) and its own wording
/// (`InterviewerLines`), so what `analyze` suggests is what a loop would ask. Every gap the
/// interviewer would probe, in the order it would; when the story has no gap, the first
/// follow-up that digs into it.
enum FollowUpPlanner {
    static func plan(for analysis: AnswerAnalysis, answering: ProbeKind?, policy: ProbingPolicy = ProbingPolicy()) -> [FollowUp] {
        let findings = AnswerFindings(analysis, quoting: false)
        var drill = DrillDown(questionID: "")
        drill.add(.init(text: "", findings: findings, replyingTo: answering))
        let gaps = policy.order.filter { drill.needs($0) }
        let kinds = gaps.isEmpty ? Array(drill.nextProbe(policy: policy).map { [$0] } ?? []) : gaps
        return kinds.map { kind in
            let weak = kind.starPart.map { drill.strength(of: $0) == .weak } ?? false
            return FollowUp(kind: kind, text: InterviewerLines.defaultProbe(kind, variant: 0, weak: weak,
                                                                             phrase: kind == .vague ? findings.vagueFiller.first : nil))
        }
    }
}
