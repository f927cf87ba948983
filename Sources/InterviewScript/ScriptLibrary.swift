/// The loops and question banks that belong together: a loop can ask any question of the
/// library's banks. Built from parsed scripts; knows nothing of files or folders.
///
/// Banks come in two layers: the primary scripts (those beside the loops) and fallback banks
/// (the shipped ones). A fallback question is left out when a primary bank defines its id, so
/// a coach can copy and change a shipped question without a duplicate-id error.
public struct ScriptLibrary: Sendable {
    public private(set) var loops: [Loop] = []
    public private(set) var banks: [QuestionBank] = []
    /// Every question by id (the first one wins when an id is defined twice).
    public private(set) var questionsByID: [String: Question] = [:]

    public init(scripts: [ParsedScript], fallbackBanks: [ParsedScript] = []) {
        var loops: [Loop] = [], banks: [QuestionBank] = []
        for script in scripts {
            switch script.document {
            case .loop(let loop): loops.append(loop)
            case .bank(let bank): banks.append(bank)
            case nil: break
            }
        }
        self.init(loops: loops, banks: banks, fallbackBanks: fallbackBanks.compactMap(\.bank))
    }

    /// The library of loops and banks already built (a fallback question is left out when a
    /// primary bank defines its id).
    public init(loops: [Loop], banks: [QuestionBank], fallbackBanks: [QuestionBank] = []) {
        self.loops = loops
        self.banks = banks
        let primaryIDs = Set(banks.flatMap(\.questions).map(\.id))
        for var bank in fallbackBanks {
            bank.questions.removeAll { primaryIDs.contains($0.id) }
            self.banks.append(bank)
        }
        allQuestions = self.banks.flatMap(\.questions)
        for question in allQuestions where questionsByID[question.id] == nil {
            questionsByID[question.id] = question
        }
        // For each principle, the questions (the first definition of each id) assessing it.
        for (index, question) in allQuestions.enumerated() where questionsByID[question.id]?.location == question.location {
            for principle in Set(question.principles) { principleIndex[principle, default: []].append(index) }
        }
    }

    /// Every question in every bank, in file order.
    public private(set) var allQuestions: [Question] = []
    /// Indexes into `allQuestions` by the principles each question assesses.
    private var principleIndex: [LeadershipPrinciple: [Int]] = [:]

    /// The loop with this id.
    public func loop(id: String) -> Loop? { loops.first { $0.id == id } }

    /// The questions a round may draw from: those of the loop's area assessing any of the
    /// round's principles, in bank order.
    public func candidates(for round: Round, in loop: Loop) -> [Question] {
        var indexes = Set<Int>()
        for principle in Set(round.principleIDs) { indexes.formUnion(principleIndex[principle] ?? []) }
        return indexes.sorted().map { allQuestions[$0] }.filter { $0.areas.contains(loop.area) }
    }
}
