/// The loops and question banks that belong together: a loop can ask any question of the
/// library's banks. Built from parsed scripts; knows nothing of files or folders.
public struct ScriptLibrary: Sendable {
    public private(set) var loops: [Loop] = []
    public private(set) var banks: [QuestionBank] = []
    /// Every question by id (the first one wins when an id is defined twice).
    public private(set) var questionsByID: [String: Question] = [:]

    public init(scripts: [ParsedScript]) {
        for script in scripts {
            switch script.document {
            case .loop(let loop): loops.append(loop)
            case .bank(let bank): banks.append(bank)
            case nil: break
            }
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
