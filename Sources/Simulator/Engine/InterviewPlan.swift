import InterviewScript

/// Which questions each round asks, drawn once at the start of a session: pinned questions
/// first, then a seeded random choice among the bank questions for the round's principles.
/// No question is asked twice in one loop.
public struct InterviewPlan: Sendable {
    /// The questions of each round, in order.
    public let rounds: [[Question]]

    public init(loop: Loop, library: ScriptLibrary, seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var used = Set<String>()
        var rounds: [[Question]] = []
        for round in loop.rounds {
            var chosen: [Question] = []
            for pinned in round.pinned {
                if let question = library.questionsByID[pinned.value], used.insert(question.id).inserted {
                    chosen.append(question)
                }
            }
            let pool = random.shuffled(library.candidates(for: round, in: loop).filter { !used.contains($0.id) })
            // Prefer questions whose first principle is one of the round's, so each LP gets asked directly.
            let principles = Set(round.principleIDs)
            let ordered = pool.filter { principles.contains($0.principles[0]) } + pool.filter { !principles.contains($0.principles[0]) }
            var covered = Set(chosen.flatMap(\.principles))
            // First pass: one question per principle not yet covered; second pass: fill up.
            for question in ordered where chosen.count < round.questionCount {
                let lead = question.principles[0]
                if principles.contains(lead), !covered.contains(lead), used.insert(question.id).inserted {
                    chosen.append(question)
                    covered.formUnion(question.principles)
                }
            }
            for question in ordered where chosen.count < round.questionCount {
                if used.insert(question.id).inserted { chosen.append(question) }
            }
            rounds.append(chosen)
        }
        self.rounds = rounds
    }

    public init(rounds: [[Question]]) {
        self.rounds = rounds
    }
}
