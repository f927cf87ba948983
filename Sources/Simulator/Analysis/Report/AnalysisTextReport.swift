import InterviewScript

/// Renders an `AnswerAnalysis` as the human-readable breakdown of `mockloop analyze`: each
/// sentence tagged with its part and cues, the parts' strengths, the findings with their
/// evidence, then the follow-ups. Colour is left to the caller through `style`.
public struct AnalysisTextReport: Sendable {
    /// What a piece of text is, so the caller can style it.
    public enum Role: Sendable, Equatable {
        case heading, dim, evidence, good, warning, bad
        case part(SentencePart)
    }

    public let style: @Sendable (String, Role) -> String

    /// A report with the given styling (plain text by default).
    public init(style: @escaping @Sendable (String, Role) -> String = { text, _ in text }) {
        self.style = style
    }

    public func render(_ a: AnswerAnalysis, title: String? = nil) -> String {
        var out: [String] = []
        let header = "\(title.map { "\($0) · " } ?? "")\(a.words) word\(a.words == 1 ? "" : "s") · \(a.sentences.count) sentence\(a.sentences.count == 1 ? "" : "s")"
        out.append(style(header, .heading))
        out.append("")
        out.append(style("Sentences", .heading))
        let width = String(a.sentences.count).count
        for s in a.sentences {
            let number = String(repeating: " ", count: width - String(s.index + 1).count) + String(s.index + 1)
            let tag = s.part.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            out.append("  \(number)  \(style(tag, .part(s.part)))  \(oneLine(s.text))")
            let indent = String(repeating: " ", count: width + 15)
            let cues = s.cues.joined(separator: " · ") + (s.hypothetical ? (s.cues.isEmpty ? "" : " · ") + "hypothetical" : "")
            if !cues.isEmpty { out.append(indent + style(cues, .dim)) }
        }
        out.append("")
        out.append(style("STAR parts", .heading))
        for part in StarPart.allCases {
            let f = a.parts[part]
            let role: Role = f.strength == .strong ? .good : f.strength == .weak ? .warning : .bad
            let percent = "\(Int((f.share * 100).rounded()))%"
            out.append("  \(style(part.title.padding(toLength: 10, withPad: " ", startingAt: 0), .part(SentencePart(part))))"
                + "\(style(f.strength.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0), role))"
                + "\(percent.padding(toLength: 6, withPad: " ", startingAt: 0))\(style(f.reason, .dim))")
        }
        out.append("")
        out.append(style("Findings", .heading))
        let o = a.ownership
        let ownershipText = "I \(o.i) · we \(o.we) (as subjects: I \(o.iSubjects) · we \(o.weSubjects))"
        out.append(row("Ownership", o.weHeavy ? style("we-heavy", .warning) + ": " + ownershipText : ownershipText))
        out.append(row("Quantified", a.quantifiedResult ? style("yes", .good) + ": " + quoted(a.metricEvidence) : style("no number in the result", .warning)))
        out.append(row("Hypothetical", a.hypothetical ? style("yes", .bad) + ": " + quoted(a.hypotheticalEvidence) : "no"))
        out.append(row("Data used", a.dataDriven.present ? style("yes", .good) + ": " + quoted(a.dataDriven.evidence) : "no"))
        out.append(row("Lessons", a.lessonsLearned.present ? style("yes", .good) + ": " + quoted(a.lessonsLearned.evidence) : "no"))
        let d = a.disagreeAndCommit
        let disagreeText: String
        if d.present {
            disagreeText = style("yes", .good) + (d.usedData ? " (with data)" : "") + ": " + quoted(d.evidence)
        } else if d.disagreed {
            disagreeText = "disagreed, no commitment told: " + quoted(d.evidence)
        } else {
            disagreeText = "no"
        }
        out.append(row("Disagree+commit", disagreeText))
        out.append(row("Vague filler", a.vagueFiller.present ? style("yes", .warning) + ": " + quoted(a.vagueFiller.evidence) : "none"))
        let v = a.lengthVerdicts
        var shape: [String] = []
        if v.tooShort { shape.append(style("too short", .warning)) }
        if v.rambling { shape.append(style("rambling", .warning)) }
        if v.setupHeavy { shape.append(style("set-up heavy", .warning)) }
        if v.thinAction { shape.append(style("thin action", .warning)) }
        let b = a.balance
        let shares = "S \(pct(b.situation)) · T \(pct(b.task)) · A \(pct(b.action)) · R \(pct(b.result))"
        out.append(row("Shape", (shape.isEmpty ? "fine" : shape.joined(separator: ", ")) + style(" (\(shares))", .dim)))
        if !a.principleSignals.isEmpty {
            var grouped: [(LeadershipPrinciple, [Evidence])] = []
            for match in a.principleSignals {
                if let i = grouped.firstIndex(where: { $0.0 == match.principle }) { grouped[i].1.append(match.evidence) }
                else { grouped.append((match.principle, [match.evidence])) }
            }
            for (n, (principle, evidence)) in grouped.sorted(by: { $0.0 < $1.0 }).enumerated() {
                out.append(row(n == 0 ? "Principles" : "", "\(principle.name): \(quoted(evidence))"))
            }
        }
        out.append("")
        out.append(style("Follow-ups an interviewer would ask", .heading))
        if a.followUps.isEmpty { out.append("  none: a complete, specific answer") }
        if !a.followUps.isEmpty, a.followUps.allSatisfy(\.kind.isDepth) { out.append("  no gaps: a complete, specific answer; a bar raiser would dig in:") }
        for (n, f) in a.followUps.enumerated() {
            out.append("  \(n + 1). \(style("[\(f.kind.rawValue)]", .dim)) \(f.text)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func row(_ label: String, _ value: String) -> String {
        "  \(label.padding(toLength: 17, withPad: " ", startingAt: 0))\(value)"
    }

    private func pct(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    private func quoted(_ evidence: [Evidence]) -> String {
        var seen: Set<String> = []
        var items: [String] = []
        for e in evidence {
            let text = oneLine(e.text)
            let key = text.lowercased()
            guard seen.insert(key).inserted else { continue }
            items.append(style("\"\(text)\"", .evidence) + style(" (s\(e.sentence + 1))", .dim))
            if items.count == 6 { break }
        }
        let more = Set(evidence.map { oneLine($0.text).lowercased() }).count - items.count
        return items.joined(separator: ", ") + (more > 0 ? style(" and \(more) more", .dim) : "")
    }

    private func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) else { return text }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == " " }).joined(separator: " ")
    }
}
