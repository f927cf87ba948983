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
    /// The cue phrases (tags are `CueCategory` raw values) and the principle phrases (tags are
    /// `principleTagBase` plus the principle's index) in one trie, matched in one walk.
    let phrases: PhraseTrie

    /// The first tag used for principle phrases in `phrases`.
    static let principleTagBase: UInt16 = 256

    /// A lexicon whose principle phrases are `principlePhrases` (principles left out have none).
    public init(principlePhrases: [LeadershipPrinciple: [String]] = SignalLexicon.defaultPrinciplePhrases) {
        let shared = CompiledVocabulary.shared
        self.principlePhrases = principlePhrases
        if principlePhrases == PrincipleSignalDefaults.phrases {
            self.words = shared.words
            self.phrases = shared.phrases
        } else {
            // New phrase words need their inflections in the word table.
            self.words = WordTable(shared.wordTraits, phraseWords: shared.phraseWords.union(SignalLexicon.words(of: principlePhrases)))
            self.phrases = PhraseTrie(shared.cuePhrases + SignalLexicon.items(principlePhrases, tagBase: SignalLexicon.principleTagBase))
        }
    }

    /// Every word of the given phrases.
    static func words(of phrases: [LeadershipPrinciple: [String]]) -> Set<String> {
        Set(phrases.values.joined().flatMap { PhraseTrie.words(of: $0) })
    }

    /// The tag used in principle tries for a principle.
    static func tag(of principle: LeadershipPrinciple) -> UInt16 {
        UInt16(LeadershipPrinciple.allCases.firstIndex(of: principle)!)
    }

    static func principle(ofTag tag: UInt16) -> LeadershipPrinciple {
        LeadershipPrinciple.allCases[Int(tag)]
    }

    /// Compiles principle phrases into a trie (in principle order, then phrase order); tags are
    /// the principles' indexes.
    static func compile(_ phrases: [LeadershipPrinciple: [String]]) -> PhraseTrie {
        PhraseTrie(items(phrases, tagBase: 0))
    }

    /// Principle phrases as trie items tagged `tagBase` plus the principle's index.
    static func items(_ phrases: [LeadershipPrinciple: [String]], tagBase: UInt16) -> [(UInt16, String)] {
        var items: [(UInt16, String)] = []
        for principle in LeadershipPrinciple.allCases {
            for phrase in phrases[principle] ?? [] {
                let cleaned = phrase.trimmingWhitespace().lowercased()
                if !cleaned.isEmpty { items.append((tagBase + tag(of: principle), cleaned)) }
            }
        }
        return items
    }
}

/// The built-in word table and cue-phrase trie, compiled once per process.
final class CompiledVocabulary: Sendable {
    static let shared = CompiledVocabulary()

    let words: WordTable
    /// Cue phrases and default principle phrases in one trie.
    let phrases: PhraseTrie
    /// The cue phrases, the lexicon's word traits and the words used in built-in phrases (to
    /// build custom lexicons).
    let cuePhrases: [(UInt16, String)]
    let wordTraits: [String: WordTraits]
    let phraseWords: Set<String>

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
        add(.clauseOpener, Words.subordinatingList)
        add(.discoveryVerb, Words.discoveryList)
        // Forms that look like regular pasts of listed verbs but are mostly adjectives.
        for word in ["based", "used", "supposed", "interested", "excited", "experienced", "dedicated", "related", "detailed"] {
            table[word, default: []].remove(.actionPast)
        }
        let cuePhrases = CuePhrases.lists.flatMap { category, list in
            list.split(separator: "\n").map { (category.rawValue, $0.trimmingWhitespace()) }.filter { !$0.1.isEmpty }
        }
        var phraseWords = SignalLexicon.words(of: PrincipleSignalDefaults.phrases)
        for (_, phrase) in cuePhrases { phraseWords.formUnion(PhraseTrie.words(of: phrase)) }
        wordTraits = table
        self.phraseWords = phraseWords
        words = WordTable(table, phraseWords: phraseWords)
        self.cuePhrases = cuePhrases
        phrases = PhraseTrie(cuePhrases + SignalLexicon.items(PrincipleSignalDefaults.phrases, tagBase: SignalLexicon.principleTagBase))
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
