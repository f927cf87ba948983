import InterviewScript

/// Which questions each round asks, drawn once at the start of a session: pinned questions
/// first, then a seeded choice among the bank questions for the round's principles. No question
/// is asked twice in one loop, and no two near-duplicates (`QuestionSimilarity`) are asked in one
/// loop.
///
/// The draw (`DrawRule.ranked`) gives every question that could serve a round a rank: a hash of
/// the seed, the round's position in the loop and the question's id. The round takes its
/// questions in rank order (one per principle it assesses first, questions led by one of its
/// principles before others). So a round's draw depends only on the seed, the round and the
/// questions that could serve it: a question added anywhere else never moves it, and a question
/// added to its own pool moves it only where the new one outranks a drawn one.
public struct InterviewPlan: Sendable {
    /// How the questions are chosen. Sessions record their drawn questions in the journal
    /// (version 2); only version 1 journals, which did not, are drawn again with the rule of
    /// their time.
    public enum DrawRule: Sendable {
        /// Each candidate question ranked by a hash of seed, round position and question id.
        case ranked
        /// The pool shuffled with one random stream for the whole loop (mockloop before journal
        /// version 2): any question added to any bank moved every later round's draw.
        case shuffled
    }

    /// The questions of each round, in order.
    public let rounds: [[Question]]

    public init(loop: Loop, library: ScriptLibrary, seed: UInt64, rule: DrawRule = .ranked) {
        var random = SeededRandom(seed: seed)
        var similarity = QuestionSimilarity()
        var used = Set<String>()
        var asked: [Question] = []
        var rounds: [[Question]] = []
        for (position, round) in loop.rounds.enumerated() {
            var chosen: [Question] = []
            func take(_ question: Question) -> Bool {
                guard !used.contains(question.id) else { return false }
                if rule == .ranked, asked.contains(where: { similarity.nearlySame($0, question) }) { return false }
                used.insert(question.id)
                asked.append(question)
                chosen.append(question)
                return true
            }
            for pinned in round.pinned {
                if let question = library.questionsByID[pinned.value], !used.contains(question.id) {
                    // A pin is the coach's choice: asked even when it resembles another question.
                    used.insert(question.id)
                    asked.append(question)
                    chosen.append(question)
                }
            }
            let candidates = library.candidates(for: round, in: loop).filter { !used.contains($0.id) }
            let pool: [Question]
            switch rule {
            case .ranked:
                pool = candidates.map { (Self.rank(seed: seed, round: position, question: $0.id), $0) }
                    .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.id < $1.1.id }.map(\.1)
            case .shuffled:
                pool = random.shuffled(candidates)
            }
            // Prefer questions whose first principle is one of the round's, so each LP gets asked directly.
            let principles = Set(round.principleIDs)
            let ordered = pool.filter { principles.contains($0.principles[0]) } + pool.filter { !principles.contains($0.principles[0]) }
            var covered = Set(chosen.flatMap(\.principles))
            // First pass: one question per principle not yet covered; second pass: fill up.
            for question in ordered where chosen.count < round.questionCount {
                let lead = question.principles[0]
                if principles.contains(lead), !covered.contains(lead), take(question) {
                    covered.formUnion(question.principles)
                }
            }
            for question in ordered where chosen.count < round.questionCount {
                _ = take(question)
            }
            rounds.append(chosen)
        }
        self.rounds = rounds
    }

    public init(rounds: [[Question]]) {
        self.rounds = rounds
    }

    /// A question's rank in a round's draw: FNV-1a of its id, mixed with the seed and the
    /// round's position (SplitMix64's finaliser). Lower ranks are drawn first.
    static func rank(seed: UInt64, round: Int, question id: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        var random = SeededRandom(seed: seed ^ (UInt64(round) &* 0x9E37_79B9_7F4A_7C15) ^ hash)
        return random.next()
    }
}
