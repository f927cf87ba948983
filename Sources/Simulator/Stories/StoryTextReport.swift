import InterviewScript

/// The terminal text of `mockloop story check` and `mockloop stories`: a story's check, the
/// principles × stories matrix and a loop's story plan. Colour is left to the caller.
public struct StoryTextReport: Sendable {
    public typealias Role = AnalysisTextReport.Role
    public let style: @Sendable (String, Role) -> String

    public init(style: @escaping @Sendable (String, Role) -> String = { text, _ in text }) {
        self.style = style
    }

    static func symbol(_ strength: StoryCheck.Strength) -> String {
        switch strength {
        case .strong: "●"
        case .fair: "◐"
        case .weak: "○"
        }
    }

    private func role(_ strength: StoryCheck.Strength) -> Role {
        strength == .strong ? .good : strength == .fair ? .warning : .bad
    }

    private func role(_ strength: PartStrength) -> Role {
        strength == .strong ? .good : strength == .weak ? .warning : .bad
    }

    // MARK: story check

    public func render(_ check: StoryCheck) -> String {
        var out: [String] = []
        out.append(style("\(check.id) · \(check.title)", .heading) + " · " + style("\(check.strength.rawValue) (\(format(check.score)))", role(check.strength)))
        out.append(style("  \(check.file)", .dim))
        let aim = check.length == .good ? "" : check.length == .long ? " (long: aim for 2 to 3 min)" : " (short: aim for 2 to 3 min)"
        out.append("  \(check.words) words · about \(StoryCheck.duration(check.spokenSeconds)) to tell\(aim)")
        out.append("")
        out.append(style("STAR parts", .heading))
        for part in check.parts {
            let name = part.part.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            let heard = part.heard.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            let written = part.written ? "heading  " : "         "
            var line = "  \(name) \(style(heard, role(part.heard))) \(style(written, .dim))"
            if part.part == .result, check.quantifiedResult { line += "numbers: \(check.resultNumbers.joined(separator: ", "))" }
            else if part.part == .result, part.heard != .absent { line += style("no number", .warning) }
            out.append(line.trimmingTrailingSpaces())
        }
        out.append("")
        out.append(style("Told as", .heading))
        let ownership = "\"I\" \(check.iCount) · \"we\" \(check.weCount)"
        out.append("  ownership     " + (check.weHeavy ? style(ownership + " (mostly \"we\")", .bad) : ownership))
        out.append("  hypothetical  " + (check.hypothetical.isEmpty ? style("none", .good) : style(StoryCheck.quoted(check.hypothetical), .bad)))
        out.append("  vague         " + (check.vague.isEmpty ? style("none", .good) : style(StoryCheck.quoted(check.vague), .warning)))
        out.append("")
        out.append(style("Principles", .heading))
        if check.claimed.isEmpty {
            out.append("  meant for     " + style("none named in the front matter", .warning))
        } else {
            let claimed = check.claimed.map { check.heard.contains($0) ? $0.name : "\($0.name) (not heard)" }
            out.append("  meant for     " + claimed.joined(separator: "; "))
        }
        let also = check.heard.filter { !check.claimed.contains($0) }
        if !also.isEmpty { out.append("  also heard    " + also.map(\.name).joined(separator: "; ")) }
        if !check.followUps.isEmpty {
            out.append("")
            out.append(style("Follow-ups an interviewer would ask", .heading))
            for followUp in check.followUps { out.append("  - \(followUp.text) " + style("[\(followUp.kind.rawValue)]", .dim)) }
        }
        out.append("")
        out.append(style("What to fix first", .heading))
        if check.advice.isEmpty {
            out.append("  " + style("Nothing: the story is ready to tell.", .good))
        } else {
            for (n, advice) in check.advice.enumerated() { out.append("  \(n + 1). \(advice)") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: the matrix

    /// The matrix, its findings and (with a loop) the plan, with story columns split into
    /// blocks that fit `width`.
    public func render(_ matrix: StoryMatrix, width: Int = 80) -> String {
        var out: [String] = []
        let scope = matrix.loop.map { "the principles of \($0)" } ?? "the 16 Leadership Principles"
        out.append(style("\(matrix.columns.count) stor\(matrix.columns.count == 1 ? "y" : "ies") × \(scope)", .heading))
        out.append(style("  ● strong  ◐ fair  ○ weak story meant for the principle   · a story that also speaks to it", .dim))
        if matrix.columns.isEmpty {
            out.append("")
            out.append("  No stories yet. Write one with `mockloop story new \"A title\"`.")
            return out.joined(separator: "\n") + "\n"
        }
        let names = matrix.principles.map { "\($0.number). \($0.name)" }
        let labelWidth = min(names.map(\.count).max() ?? 0, 50)
        let numbers = matrix.columns.indices.map { String($0 + 1) }
        let cell = max(3, (numbers.last?.count ?? 1) + 1)
        let perBlock = max(1, (width - labelWidth - 2) / cell)
        for start in stride(from: 0, to: matrix.columns.count, by: perBlock) {
            let block = Array(matrix.columns.indices[start..<min(start + perBlock, matrix.columns.count)])
            out.append("")
            out.append(String(repeating: " ", count: labelWidth + 2) + block.map { numbers[$0].leftPadded(to: cell) }.joined())
            for (row, principle) in matrix.principles.enumerated() {
                let label = String(names[row].prefix(labelWidth)).padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                var line = "  " + label
                for index in block {
                    switch matrix.mark(principle, matrix.columns[index]) {
                    case .serves(let strength): line += String(repeating: " ", count: cell - 1) + style(Self.symbol(strength), role(strength))
                    case .alsoSpeaksTo: line += String(repeating: " ", count: cell - 1) + style("·", .dim)
                    case nil: line += String(repeating: " ", count: cell)
                    }
                }
                out.append(line.trimmingTrailingSpaces())
            }
        }
        out.append("")
        out.append(style("Stories", .heading))
        for (n, column) in matrix.columns.enumerated() {
            let strength = style("\(column.strength.rawValue) \(format(column.score))", role(column.strength))
            out.append("  \(numbers[n].leftPadded(to: numbers.last!.count))  \(column.id)  \(strength)  \(style(column.title, .dim))")
        }
        out.append("")
        out.append(style("Findings", .heading))
        var findings = 0
        if !matrix.uncovered.isEmpty {
            out.append("  " + style("No story for: ", .bad) + matrix.uncovered.map(\.name).joined(separator: "; "))
            findings += 1
        }
        for id in matrix.stretched {
            let count = matrix.columns.first { $0.id == id }?.claimed.count ?? 0
            out.append("  " + style("Stretched: ", .warning) + "\(id) is meant for \(count) principles; a story carries two or three well")
            findings += 1
        }
        for pair in matrix.sameEvent {
            out.append("  " + style("Same event: ", .warning) + "\(pair.first) and \(pair.second) tell one event (\(Int((pair.overlap * 100).rounded()))% of their telling words shared); never tell both in one loop")
            findings += 1
        }
        if findings == 0 { out.append("  " + style("Every principle has a story; no story is stretched or told twice.", .good)) }
        if let plan = matrix.plan { out.append(""); out.append(render(plan, loop: matrix.loop ?? "")) }
        return out.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }

    // MARK: the plan

    public func render(_ plan: StoryPlan, loop: String) -> String {
        var out: [String] = [style("A plan for \(loop): one story per principle, none told to two interviewers", .heading)]
        let labelWidth = min(plan.rounds.flatMap(\.slots).map(\.principle.name.count).max() ?? 0, 44)
        for round in plan.rounds {
            out.append("  Round \(round.round) · \(round.title) (\(round.interviewer))\(round.barRaiser ? " [Bar Raiser]" : "")")
            for slot in round.slots {
                let label = slot.principle.name.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                if let story = slot.story, let strength = slot.strength {
                    out.append("    \(label)  \(style(Self.symbol(strength), role(strength))) \(story)  \(style(slot.title ?? "", .dim))")
                } else {
                    out.append("    \(label)  " + style("gap: \(slot.gap ?? "no story")", .bad))
                }
            }
        }
        let gaps = plan.gaps.count
        out.append("  " + (gaps == 0 ? style("No gaps.", .good) : style("\(gaps) gap\(gaps == 1 ? "" : "s"): write a story for each before the loop.", .bad)))
        if !plan.unused.isEmpty { out.append("  Spare stories: " + plan.unused.joined(separator: ", ")) }
        return out.joined(separator: "\n")
    }

    private func format(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return "\(hundredths / 100).\(String(hundredths % 100).leftPadded(to: 2, with: "0"))"
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }

    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }

    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
