/// Hashes of individual function words the sentence reader tests by identity.
enum Words {
    static let to = WordHash.hash("to")
    static let have = WordHash.hash("have")
    static let been = WordHash.hash("been")
    static let going = WordHash.hash("going")
    static let the = WordHash.hash("the")
    static let my = WordHash.hash("my")
    static let our = WordHash.hash("our")
    static let able = WordHash.hash("able")
    static let `if` = WordHash.hash("if")
    static let `in` = WordHash.hash("in")
    static let since = WordHash.hash("since")
    static let during = WordHash.hash("during")
    static let by = WordHash.hash("by")
    static let from = WordHash.hash("from")
    static let down = WordHash.hash("down")
    static let up = WordHash.hash("up")
    static let under = WordHash.hash("under")
    static let over = WordHash.hash("over")
    static let finally = WordHash.hash("finally")
    static let iD = WordHash.hash("i'd")
    static let weD = WordHash.hash("we'd")
    static let iM = WordHash.hash("i'm")
    static let weRe = WordHash.hash("we're")
    static let iVe = WordHash.hash("i've")
    static let weVe = WordHash.hash("we've")
    static let i = WordHash.hash("i")
    static let you = WordHash.hash("you")
    static let then = WordHash.hash("then")
    static let and = WordHash.hash("and")
    static let because = WordHash.hash("because")

    /// Conjunctions that open a subordinate clause in the middle of a sentence.
    static let subordinating: Set<UInt64> = Set(["because", "although", "though", "whereas", "while", "since", "unless", "until", "if", "whenever"].map(WordHash.hash))

    /// Words after "I was" that make the candidate the receiver of an outcome.
    static let passiveResult: Set<UInt64> = Set([
        "promoted", "recognized", "recognised", "praised", "thanked", "awarded", "rewarded", "credited",
        "commended", "congratulated",
    ].map(WordHash.hash))

    /// Verbs of finding out: after "I" they report a step of an investigation (an action).
    static let discovery: Set<UInt64> = Set([
        "noticed", "realized", "realised", "saw", "spotted", "recognized", "recognised", "understood", "heard",
    ].map(WordHash.hash))

    /// Words after "I was" that state an obligation (the task): left to the goal phrases.
    static let passiveGoal: Set<UInt64> = Set([
        "asked", "tasked", "assigned", "expected", "supposed", "responsible", "charged", "brought",
        "hired", "put", "told", "accountable", "in",
    ].map(WordHash.hash))
}
