import Foundation
import InterviewScript

/// The learned STAR reader: a weight per feature and label (and per sentence tag), transition
/// weights between the parts of consecutive sentences, and the thresholds of the answer-level
/// flags. Read once from the model file compiled into the binary (data/model/star-reader.model,
/// trained by `swift run -c release analyzer-train`); summed in a fixed order, so deterministic.
public struct StarModel: Sendable {
    /// The sentence tags the model scores besides the part.
    enum Tag: Int, CaseIterable { case hypothetical, evasive }

    public let version: String
    public let corpusHash: String
    /// Feature rows: `stride` weights each (the labels, then the tags).
    var rows: [FeatureID: Int] { didSet { table = Self.table(rows) } }
    var weights: [Float]
    /// `rows` as a fast lookup table (the offset into `weights`).
    private(set) var table = HashTable()
    /// `transitions[from][to]`, with `from == labels` for the first sentence.
    var transitions: [[Float]]
    var thresholds: [String: Float]
    /// The names of the features, in file order (for writing the file again).
    var names: [String]

    static let labels = PartLabel.all.count
    static let stride = labels + Tag.allCases.count

    /// The model compiled into the binary.
    public static let builtIn: StarModel = (try? StarModel(parsing: EmbeddedData.model)) ?? .empty

    /// "star-reader-1 5f3a…": the version and a hash of the model file compiled in, stamped on
    /// journals and transcripts so a re-score can say when the reader has changed.
    public static let builtInStamp: String = "\(builtIn.version) \(Fingerprint.fnv1a(Array(EmbeddedData.model.utf8)))"

    static let empty = StarModel(version: "none", corpusHash: "", rows: [:], weights: [], transitions: Array(repeating: Array(repeating: 0, count: labels), count: labels + 1), thresholds: [:], names: [])

    init(version: String, corpusHash: String, rows: [FeatureID: Int], weights: [Float], transitions: [[Float]], thresholds: [String: Float], names: [String]) {
        self.version = version
        self.corpusHash = corpusHash
        self.rows = rows
        self.table = Self.table(rows)
        self.weights = weights
        self.transitions = transitions
        self.thresholds = thresholds
        self.names = names
    }

    func threshold(_ name: String, default value: Float) -> Float { thresholds[name] ?? value }

    /// The weight row of a feature, if the model knows it.
    @inline(__always)
    func row(_ id: FeatureID) -> Int? { table.value(id.raw).map(Int.init) }

    private static func table(_ rows: [FeatureID: Int]) -> HashTable {
        var table = HashTable(capacity: rows.count)
        for (id, row) in rows { table.set(id.raw, Int32(row)) }
        return table
    }

    struct ParseError: Error, CustomStringConvertible { let description: String }

    /// Reads the model file format (see `serialized`).
    init(parsing text: String) throws {
        var version = "", corpus = ""
        var rows: [FeatureID: Int] = [:]
        var weights: [Float] = []
        var transitions = Array(repeating: Array(repeating: Float(0), count: Self.labels), count: Self.labels + 1)
        var thresholds: [String: Float] = [:]
        var names: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let key = fields.first else { continue }
            switch key {
            case "version": version = String(fields.dropFirst().first ?? "")
            case "corpus": corpus = String(fields.dropFirst().first ?? "")
            case "threshold":
                guard fields.count == 3, let value = Float(fields[2]) else { throw ParseError(description: "bad threshold line: \(line)") }
                thresholds[String(fields[1])] = value
            case "start", "transition":
                let from = key == "start" ? Self.labels : (fields.count > 1 ? PartLabel.all.firstIndex { $0.description == fields[1] } : nil)
                let values = fields.dropFirst(key == "start" ? 1 : 2).compactMap { Float($0) }
                guard let from, values.count == Self.labels else { throw ParseError(description: "bad transition line: \(line)") }
                transitions[from] = values
            case "feature":
                let values = fields.dropFirst(2).compactMap { Float($0) }
                guard fields.count == Self.stride + 2, values.count == Self.stride else { throw ParseError(description: "bad feature line: \(line)") }
                let id = FeatureID.parse(fields[1])
                rows[id] = weights.count
                weights += values
                names.append(String(fields[1]))
            case "labels", "tags", "seed", "epochs": break
            default: throw ParseError(description: "unknown line: \(line)")
            }
        }
        self.init(version: version, corpusHash: corpus, rows: rows, weights: weights, transitions: transitions, thresholds: thresholds, names: names)
    }

    /// The model file: a header, thresholds, transitions and one line per feature, tab separated,
    /// weights with 4 decimals, features sorted by name; `comments` are written first.
    func serialized(comments: [String], seed: UInt64, epochs: Int) -> String {
        func number(_ value: Float) -> String {
            let text = String(format: "%.4f", Double(value))
            return text == "-0.0000" ? "0.0000" : text
        }
        var out = comments.map { "# " + $0 }.joined(separator: "\n") + "\n"
        out += "version\t\(version)\ncorpus\t\(corpusHash)\nseed\t\(seed)\nepochs\t\(epochs)\n"
        out += "labels\t" + PartLabel.all.map(\.description).joined(separator: "\t") + "\n"
        out += "tags\t" + ["hypothetical", "evasive"].joined(separator: "\t") + "\n"
        for key in thresholds.keys.sorted() { out += "threshold\t\(key)\t\(number(thresholds[key]!))\n" }
        out += "start\t" + transitions[Self.labels].map(number).joined(separator: "\t") + "\n"
        for (index, label) in PartLabel.all.enumerated() {
            out += "transition\t\(label)\t" + transitions[index].map(number).joined(separator: "\t") + "\n"
        }
        for name in names.sorted() {
            guard let row = rows[FeatureID.parse(Substring(name))] else { continue }
            out += "feature\t\(name)\t" + weights[row..<(row + Self.stride)].map(number).joined(separator: "\t") + "\n"
        }
        return out
    }
}
