/// A list of lowercase phrases from a data file, matched against a sentence's word hashes:
/// every place a phrase starts, with the token index after it. Hyphens and apostrophes are
/// part of words, as the tokenizer keeps them.
struct PhraseList {
    /// The phrases that start with each first word, longest first; each phrase is its words' hashes.
    private var groups: [[[UInt64]]] = []
    /// First-word hash to its index in `groups`.
    private var byFirst = HashTable()
    /// The one-word phrases, for lists used as sets.
    private var words = HashTable()

    /// The phrases as word hashes, in file order.
    typealias Phrases = [[UInt64]]
    private(set) var phrases: Phrases = []

    init(_ text: String) {
        var grouped: [UInt64: [[UInt64]]] = [:]
        var order: [UInt64] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let phrase = content.split(separator: " ").map { WordHash.hash(String($0).lowercased()) }
            guard let first = phrase.first else { continue }
            phrases.append(phrase)
            if grouped[first] == nil { order.append(first) }
            grouped[first, default: []].append(phrase)
            if phrase.count == 1 { words.set(first, 0) }
        }
        for first in order {
            byFirst.set(first, Int32(groups.count))
            groups.append(grouped[first]!.sorted { $0.count > $1.count })
        }
    }

    /// The longest phrase starting at word `index` of `hashes`: its length in words, or 0.
    @inline(__always)
    func match(_ hashes: [UInt64], at index: Int) -> Int {
        guard let group = byFirst.value(hashes[index]) else { return 0 }
        for phrase in groups[Int(group)] where index + phrase.count <= hashes.count {
            var same = true
            for k in 1..<max(phrase.count, 1) where hashes[index + k] != phrase[k] { same = false; break }
            if same { return phrase.count }
        }
        return 0
    }

    func contains(_ hash: UInt64) -> Bool { words.contains(hash) }
}

/// The phrase tables the feature detectors use, read once from the data files compiled into
/// the binary (data/lexicon/*.txt, embedded by `analyzer-train generate`).
struct FeatureLexicon {
    let goal, outcome, evasion, hedge, hypothetical, lesson, meta, background, timeAnchor: PhraseList
    let subordinators, negation, months, dataWords: PhraseList
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
        months = list("months"); dataWords = list("data-words")
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
