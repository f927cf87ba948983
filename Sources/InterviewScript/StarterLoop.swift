/// A commented starter loop for `mockloop new`: valid as written, with one passing test plan,
/// ready for a coach to edit.
public enum StarterLoop {
    /// The principles each area's starter loop gives its four rounds.
    static func rounds(for area: Area) -> [(title: String, interviewer: String, persona: String, principles: [LeadershipPrinciple], barRaiser: Bool)] {
        switch area {
        case .aws:
            return [
                ("Hiring manager", "Jordan Ellis", "Leads the team you would join; wants to hear the customer in every story.", [.customerObsession, .earnTrust], false),
                ("Senior peer", "Amara Osei", "Works the same problems you would; asks for the detail and the data behind each decision.", [.diveDeep, .learnAndBeCurious], false),
                ("Bar Raiser", "Priyanka Shah", "From another organisation; calm, and listens for what you did yourself.", [.haveBackbone, .areRightALot], true),
                ("Cross-team partner", "Lucas Moreau", "Depends on your work; wants to know you finish what you start.", [.ownership, .deliverResults], false),
            ]
        case .retail:
            return [
                ("Operations manager", "Rosa Delgado", "Runs the building; practical, always asks what the rate was.", [.deliverResults, .ownership], false),
                ("Senior area manager", "Marcus Reed", "Came up through the floor; cares about people and safety.", [.striveToBeEarthsBestEmployer, .hireAndDevelopTheBest], false),
                ("Bar Raiser", "Ayesha Khan", "From another site; patient, keeps asking for the data behind a decision.", [.diveDeep, .areRightALot], true),
                ("Process lead", "Tom Becker", "Improves processes; asks how fast you acted and whether the fix stayed fixed.", [.biasForAction, .insistOnTheHighestStandards], false),
            ]
        }
    }

    /// The starter script. `schemaPath` is written into the editor schema line.
    public static func text(id: String, title: String, area: Area, role: String, schemaPath: String) -> String {
        let rounds = rounds(for: area)
        let targets = rounds.flatMap(\.principles).map(\.id).joined(separator: ", ")
        var lines: [String] = [
            "# yaml-language-server: $schema=\(schemaPath)",
            "# A starter loop made by `mockloop new`. Edit it, then check it with:",
            "#   mockloop validate THIS-FILE     (every problem, with its line and column)",
            "#   mockloop test THIS-FILE         (runs the test plans at the bottom)",
            "#   mockloop run THIS-FILE          (try it as a candidate)",
            "# The format is described in docs/loop-format.md.",
            "kind: loop",
            "id: \(id)",
            "title: \(quoted(title))",
            "area: \(area.rawValue)          # aws or retail",
            "role: \(quoted(role))",
            "level: L5",
            "version: \"0.1\"            # bump it whenever you change the loop",
            "description: \(quoted("A practice loop for \(role) candidates: four behavioral interviews, one run by the Bar Raiser."))",
            "# The principles this loop targets; the validator warns when no round assesses one.",
            "principles: [\(targets)]",
            "intro: \(quoted("Welcome to your \(role) loop. Each interviewer asks about real situations from your past: tell one specific story per question, say what you did yourself, and give the result in numbers."))",
            "question-minutes: 20       # budget of one question with its follow-ups",
            "rounds:                    # in order; exactly one has bar-raiser: true",
        ]
        for round in rounds {
            lines += [
                "  - title: \(quoted(round.title))",
                "    interviewer: \(quoted(round.interviewer))",
                "    persona: \(quoted(round.persona))",
            ]
            if round.barRaiser { lines.append("    bar-raiser: true") }
            lines += [
                "    principles: [\(round.principles.map(\.id).joined(separator: ", "))]   # 2 or 3 per interviewer",
                "    questions: 2",
                "    minutes: 50            # 2 questions × 20 minutes + 5 for the closing fits",
                "    # pinned: [question-id]  # ask these bank questions first",
            ]
        }
        lines += [
            "closing:",
            "  minutes: 5",
            "  prompt: \"That's all from me. What would you like to ask me?\"",
            "probing:",
            "  max-probes: 3            # follow-ups per question at most",
            "  depth-probes: 1          # once a story is complete: why, the data, who disagreed, learned, differently",
            "  # order: [hypothetical, action, ownership, result, metrics, situation, task, vague]",
            "# rubric:                  # defaults shown",
            "#   weights: {star: 0.35, ownership: 0.2, metrics: 0.2, specificity: 0.1, signals: 0.15}",
            "#   thresholds: {strong-hire: 0.8, inclined: 0.6, not-inclined: 0.4}",
            "tests:                     # run with `mockloop test`",
            "  - name: strong first answer",
            "    seed: 1",
            "    steps:",
            "      # A complete, specific, first-person story with a number: no gap to fill, so the",
            "      # interviewer digs into it with one depth follow-up, then moves on.",
            "      - answer: |",
            "          Last March our team's weekly report was going out two days late, and three customers had complained about it.",
            "          My goal was to get it out on Monday mornings within a month.",
            "          I mapped every step of the report myself, found that two manual exports took most of the time, and wrote a script to replace them.",
            "          I tested it against four past weeks of data and trained my two colleagues to run it.",
            "          The report has gone out on Monday at 9am for the last 12 weeks, and the complaints stopped completely.",
            "        expect:",
            "          next: probe",
            "          missing: []",
            "      - answer: |",
            "          I chose a script over buying a reporting tool because the two exports took 80% of the time and the tool would have cost $4,000 a year.",
            "          I learned to time each step before choosing a fix.",
            "        expect:",
            "          next: question",
            "          missing: []",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
