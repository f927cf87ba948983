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
        for script in scripts {
            switch script.document {
            case .loop(let loop): loops.append(loop)
            case .bank(let bank): banks.append(bank)
            case nil: break
            }
        }
        let primaryIDs = Set(banks.flatMap(\.questions).map(\.id))
        for script in fallbackBanks {
            guard var bank = script.bank else { continue }
            bank.questions.removeAll { primaryIDs.contains($0.id) }
            banks.append(bank)
        }
        for question in allQuestions where questionsByID[question.id] == nil {
            questionsByID[question.id] = question
        }
    }

    /// Every question in every bank, in file order.
    public var allQuestions: [Question] { banks.flatMap(\.questions) }

    /// The loop with this id.
    public func loop(id: String) -> Loop? { loops.first { $0.id == id } }

    /// The questions a round may draw from: those of the loop's area assessing any of the
    /// round's principles, in bank order.
    public func candidates(for round: Round, in loop: Loop) -> [Question] {
        let principles = Set(round.principleIDs)
        return allQuestions.filter { question in
            questionsByID[question.id]?.location == question.location
                && question.areas.contains(loop.area)
                && !principles.isDisjoint(with: question.principles)
        }
    }
}
