import InterviewScript

/// The vocabulary the analyzer listens for: the built-in English cue words and phrases that
/// decide STAR parts and bar-raiser signals, plus signal phrases for each Leadership Principle.
///
/// The cue vocabulary is fixed and compiled once per process; the principle phrases default to
/// `defaultPrinciplePhrases` and can be replaced, e.g. by a team's own wording. Phrases are
/// lowercase words matched case-insensitively on word boundaries, with simple inflection
/// ("coach" finds "coached", "root cause" finds "root causes").
public struct SignalLexicon: Sendable {
    /// The built-in lexicon with the default principle phrases.
    public static let builtIn = SignalLexicon()

    /// mockloop's own signal phrases for all 16 principles (8 to 16 each).
    public static var defaultPrinciplePhrases: [LeadershipPrinciple: [String]] { PrincipleSignalDefaults.phrases }

    /// The principle phrases this lexicon matches.
    public let principlePhrases: [LeadershipPrinciple: [String]]

    let words: WordTable
    let cues: PhraseTrie
    let principles: PhraseTrie

    /// A lexicon whose principle phrases are `principlePhrases` (principles left out have none).
    public init(principlePhrases: [LeadershipPrinciple: [String]] = SignalLexicon.defaultPrinciplePhrases) {
        self.principlePhrases = principlePhrases
        self.words = CompiledVocabulary.shared.words
        self.cues = CompiledVocabulary.shared.cues
        self.principles = SignalLexicon.compile(principlePhrases)
    }

    /// The tag used in principle tries for a principle.
    static func tag(of principle: LeadershipPrinciple) -> UInt16 {
        UInt16(LeadershipPrinciple.allCases.firstIndex(of: principle)!)
    }

    static func principle(ofTag tag: UInt16) -> LeadershipPrinciple {
        LeadershipPrinciple.allCases[Int(tag)]
    }

    /// Compiles principle phrases into a trie (in principle order, then phrase order).
    static func compile(_ phrases: [LeadershipPrinciple: [String]]) -> PhraseTrie {
        var items: [(UInt16, String)] = []
        for principle in LeadershipPrinciple.allCases {
            for phrase in phrases[principle] ?? [] {
                let cleaned = phrase.trimmingWhitespace().lowercased()
                if !cleaned.isEmpty { items.append((tag(of: principle), cleaned)) }
            }
        }
        return PhraseTrie(items)
    }
}

/// The built-in word table and cue-phrase trie, compiled once per process.
final class CompiledVocabulary: Sendable {
    static let shared = CompiledVocabulary()

    let words: WordTable
    let cues: PhraseTrie

    private init() {
        var table: [String: WordTraits] = [:]
        func add(_ traits: WordTraits, _ list: String) {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) where !word.isEmpty {
                table[String(word), default: []].formUnion(traits)
            }
        }
        for (traits, list) in FunctionWords.lists { add(traits, list) }
        for base in ContentWords.actionVerbs.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let base = String(base)
            for form in VerbForms.presentForms(of: base) { table[form, default: []].insert(.actionBase) }
            for form in VerbForms.pastForms(of: base) { table[form, default: []].formUnion([.past, .actionPast]) }
        }
        add([.past, .actionPast], ContentWords.irregularActionPasts)
        add(.past, ContentWords.irregularOtherPasts)
        add([.past, .changeVerb], ContentWords.changeVerbs)
        add(.outcomeWord, ContentWords.outcomeWords)
        add(.resultNoun, ContentWords.resultNouns)
        add(.vaguePositive, ContentWords.vaguePositive)
        add(.problemWord, ContentWords.problemWords)
        add(.goalWord, ContentWords.goalWords)
        // Forms that look like regular pasts of listed verbs but are mostly adjectives.
        for word in ["based", "used", "supposed", "interested", "excited", "experienced", "dedicated", "related", "detailed"] {
            table[word, default: []].remove(.actionPast)
        }
        words = WordTable(table)
        cues = PhraseTrie(CuePhrases.lists.flatMap { category, list in
            list.split(separator: "\n").map { (category.rawValue, $0.trimmingWhitespace()) }.filter { !$0.1.isEmpty }
        })
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
