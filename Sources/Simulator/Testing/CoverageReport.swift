import InterviewScript

/// Which interviewer covers which principle in a loop (gaps and overlaps), and after running
/// the loop's test plans, which questions and follow-ups the plans never reached.
public struct CoverageReport: Sendable {
    public let loop: Loop
    /// Rows: every principle the loop targets or assesses; columns: rounds.
    public let principles: [LeadershipPrinciple]
    public let gaps: [LeadershipPrinciple]
    public let overlaps: [LeadershipPrinciple]
    /// Questions a round could draw that no test plan asked, per round.
    public let unaskedQuestions: [[String]]
    /// Follow-up kinds of the loop's probing order that no plan fired.
    public let unfiredProbes: [ProbeKind]
    public let plansRun: Int

    public init(loop: Loop, library: ScriptLibrary, results: [TestPlanRunner.PlanResult]) {
        self.loop = loop
        let assessed = loop.rounds.flatMap(\.principleIDs)
        principles = LeadershipPrinciple.allCases.filter { assessed.contains($0) || loop.principles.map(\.value).contains($0) }
        gaps = loop.principles.map(\.value).filter { !assessed.contains($0) }
        overlaps = LeadershipPrinciple.allCases.filter { principle in Set(loop.rounds.filter { $0.principleIDs.contains(principle) }.map(\.interviewer)).count > 1 }
        let asked = results.reduce(into: Set<String>()) { $0.formUnion($1.questionsAsked) }
        unaskedQuestions = loop.rounds.map { round in
            (round.pinned.map(\.value) + library.candidates(for: round, in: loop).map(\.id)).filter { !asked.contains($0) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        }
        let fired = Set(results.flatMap(\.probesFired).compactMap { $0.split(separator: "/").last.flatMap { ProbeKind(rawValue: String($0)) } })
        unfiredProbes = loop.probing.order.filter { !fired.contains($0) }
        plansRun = results.count
    }

    /// The report as text: the table, then the gaps, overlaps and unreached parts.
    public func render() -> String {
        let headers = loop.rounds.enumerated().map { index, round in "R\(index + 1)\(round.isBarRaiser ? "*" : "")" }
        let nameWidth = max(10, principles.map(\.name.count).max() ?? 0)
        var lines = ["\(loop.id): \(loop.title)", ""]
        lines.append("principle".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + headers.map { $0.padding(toLength: 4, withPad: " ", startingAt: 0) }.joined())
        for principle in principles {
            let cells = loop.rounds.map { $0.principleIDs.contains(principle) ? "■   " : "·   " }.joined()
            var note = ""
            if gaps.contains(principle) { note = "  gap: targeted, assessed by no round" }
            if overlaps.contains(principle) { note = "  overlap: more than one interviewer" }
            lines.append(principle.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + cells + note)
        }
        lines.append("")
        for (index, round) in loop.rounds.enumerated() {
            lines.append("R\(index + 1)\(round.isBarRaiser ? "*" : ""): \(round.title), \(round.interviewer)\(round.isBarRaiser ? " (Bar Raiser)" : "")")
        }
        lines.append("")
        lines.append(gaps.isEmpty ? "No gaps." : "Gaps: \(gaps.map(\.name).joined(separator: ", ")).")
        lines.append(overlaps.isEmpty ? "No overlaps." : "Overlaps: \(overlaps.map(\.name).joined(separator: ", ")).")
        if plansRun == 0 {
            lines.append("No test plans ran, so nothing is known about which questions and follow-ups they reach.")
        } else {
            lines.append("After \(plansRun) test plan\(plansRun == 1 ? "" : "s"):")
            for (index, unasked) in unaskedQuestions.enumerated() where !unasked.isEmpty {
                lines.append("  R\(index + 1) questions never asked: \(unasked.joined(separator: ", "))")
            }
            if unaskedQuestions.allSatisfy(\.isEmpty) { lines.append("  every question was asked") }
            lines.append(unfiredProbes.isEmpty ? "  every kind of follow-up fired" : "  follow-ups never fired: \(unfiredProbes.map(\.rawValue).joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }
}
