/// The learned sentence cutter: one weight per feature of a place to cut (`CutFeatures`), a
/// logistic regression trained on where the corpus's labelled sentences start
/// (`CutTrainer`). A place is cut when its summed weights are above zero. Part of the reader's
/// model file (`cut` lines), so it is versioned and hashed with the rest.
struct CutModel: Sendable {
    /// The weight of each feature, by `table`'s index.
    private(set) var weights: [Float]
    /// The features' model-file names, by index (empty unless kept for writing the file).
    private(set) var names: [String]
    private var table: HashTable

    /// A cutter with no weights: the reader then cuts long runs by rule (`LongRunSplitter`).
    static let empty = CutModel(weights: [], names: [], ids: [])

    var isEmpty: Bool { weights.isEmpty }

    init(weights: [Float], names: [String], ids: [FeatureID]) {
        self.weights = weights
        self.names = names
        table = HashTable(capacity: ids.count)
        for (index, id) in ids.enumerated() { table.set(id.raw, Int32(index)) }
    }

    /// The weights by feature name, each name read back to its id with `CutFeatures.parse`.
    init(named: [(name: String, weight: Float)], keepingNames: Bool = true) {
        self.init(weights: named.map(\.weight), names: keepingNames ? named.map(\.name) : [],
                  ids: named.map { CutFeatures.parse(Substring($0.name)) })
    }

    /// The weight of one feature (0 when the model does not know it).
    @inline(__always)
    func weight(_ id: FeatureID) -> Float {
        guard let index = table.value(id.raw) else { return 0 }
        return weights[Int(index)]
    }

    /// The summed weights of a place: above zero means cut there.
    @inline(__always)
    func score(_ place: CutFeatures.Place, base: UnsafePointer<UInt8>) -> Float {
        var sum: Float = 0
        CutFeatures.features(of: place, base: base, naming: false) { id, _ in sum += weight(id) }
        return sum
    }

    /// The model file's `cut` lines, sorted by name.
    func lines(format number: (Float) -> String) -> [String] {
        names.indices.sorted { names[$0] < names[$1] }.map { "cut\t\(names[$0])\t\(number(weights[$0]))" }
    }
}
