/// A list of lowercase phrases from a data file, as word hashes. Hyphens and apostrophes are
/// part of words, as the tokenizer keeps them.
struct PhraseList {
    /// The phrases as word hashes, in file order (matched through `PhraseFeature.Index`).
    typealias Phrases = [[UInt64]]
    private(set) var phrases: Phrases = []
    /// The one-word phrases, for lists used as sets.
    private var words = HashTable()

    init(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let phrase = content.split(separator: " ").map { WordHash.hash(String($0).lowercased()) }
            guard let first = phrase.first else { continue }
            phrases.append(phrase)
            if phrase.count == 1 { words.set(first, 0) }
        }
    }

    func contains(_ hash: UInt64) -> Bool { words.contains(hash) }
}

/// The phrase tables the feature detectors use, read once from the data files compiled into
/// the binary (data/lexicon/*.txt, embedded by `analyzer-train generate`).
struct FeatureLexicon {
    let goal, outcome, evasion, hedge, hypothetical, lesson, meta, background, timeAnchor: PhraseList
    let subordinators, negation, months, dataWords, generic: PhraseList
    /// Header word hashes ("result", "s") to the part they label.
    let headers: [[UInt64]: String]
    /// The tables `PhraseFeature` runs, in order.
    private(set) var phraseTables: [PhraseFeature.Table] = []
    /// All of them in one index by first word.
    private(set) var phraseIndex = PhraseFeature.Index(lists: [])

    static let shared = FeatureLexicon()

    private init() {
        func list(_ name: String) -> PhraseList { PhraseList(EmbeddedData.lexicon[name] ?? "") }
        goal = list("goal"); outcome = list("outcome"); evasion = list("evasion"); hedge = list("hedge")
        hypothetical = list("hypothetical"); lesson = list("lesson"); meta = list("meta"); background = list("background")
        timeAnchor = list("time-anchor"); subordinators = list("subordinators"); negation = list("negation")
        months = list("months"); dataWords = list("data-words"); generic = list("generic-words")
        var headers: [[UInt64]: String] = [:]
        for line in (EmbeddedData.lexicon["headers"] ?? "").split(separator: "\n") where !line.hasPrefix("#") {
            var words = line.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            let part = words.removeLast()
            headers[words.map { WordHash.hash($0) }] = part
        }
        self.headers = headers
        phraseTables = PhraseFeature.tables(self)
        phraseIndex = PhraseFeature.Index(lists: phraseTables.map(\.list.phrases))
    }
}
