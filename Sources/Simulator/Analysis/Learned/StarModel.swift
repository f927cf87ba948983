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
    /// Where to cut a run of words with no sentence marks into sentences (transcribed speech).
    var cuts: CutModel = .empty

    /// The features the evasion tag does not read: where the sentence sits in the answer. Given
    /// it, the tag had learned that a one-sentence reply is most likely a dodge, and pressed
    /// short, genuine lessons as dodges; it reads what the sentence says and how much specific
    /// content it has (`evasionOnlyFamilies`) instead.
    static let tagBlindFamilies: Set<FeatureFamily> = [.position]

    /// Whether a feature, by its model-file name, is one the evasion tag does not read.
    static func isTagBlind(name: String) -> Bool { name.hasPrefix("pos=") }

    /// The features only the evasion tag reads (the parts and the hypothetical tag do not):
    /// how many specific words the sentence has (`ContentFeature`).
    static let evasionOnlyFamilies: Set<FeatureFamily> = [.content]

    /// The two sets as bit masks of `FeatureFamily.bit`, for the reader's inner loop.
    static let tagBlindMask = FeatureFamily.mask(tagBlindFamilies), evasionOnlyMask = FeatureFamily.mask(evasionOnlyFamilies)

    /// Whether a feature, by its model-file name, is one only the evasion tag reads.
    static func isEvasionOnly(name: String) -> Bool { name.hasPrefix("content=") }

    static let labels = PartLabel.all.count
    static let stride = labels + Tag.allCases.count

    /// The model compiled into the binary.
    public static let builtIn: StarModel = (try? StarModel(parsing: EmbeddedData.model, keepingNames: false)) ?? .empty

    /// "star-reader-2 5f3a…": the version and a hash of the model file compiled in, stamped on
    /// journals and transcripts so a re-score can say when the reader has changed. Worked out
    /// when the data file was generated (`stamp(of:)`), so start-up does not hash the model.
    public static let builtInStamp: String = EmbeddedData.modelStamp

    /// The stamp of a model file's text: its version line and an FNV-1a hash of the whole text.
    static func stamp(of model: String) -> String {
        let version = model.split(separator: "\n", maxSplits: 40).first { $0.hasPrefix("version\t") }.map { String($0.dropFirst("version\t".count)) } ?? "none"
        var h = WordHash.offsetBasis
        for byte in model.utf8 { h = WordHash.mix(h, byte) }
        return "\(version) \(String(h, radix: 16))"
    }

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

    /// Reads the model file format (see `serialized`). Feature lines, nearly all of the file, are
    /// read straight from the bytes (no strings made), so the model compiled in loads in a few
    /// milliseconds; `keepingNames` keeps the feature names, which only writing the file needs.
    init(parsing text: String, keepingNames: Bool = true) throws {
        var version = "", corpus = ""
        var rows: [FeatureID: Int] = [:]
        var weights: [Float] = []
        weights.reserveCapacity(text.utf8.count / 8)
        var transitions = Array(repeating: Array(repeating: Float(0), count: Self.labels), count: Self.labels + 1)
        var thresholds: [String: Float] = [:]
        var names: [String] = []
        var otherLines: [String] = []
        var cutWeights: [(name: String, weight: Float)] = []
        var failure: String? = nil
        var utf8 = text
        utf8.withUTF8 { bytes in
            let feature = Array("feature\t".utf8)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                guard end > start, bytes[start] != UInt8(ascii: "#") else { continue }
                guard end - start > feature.count, (0..<feature.count).allSatisfy({ bytes[start + $0] == feature[$0] }) else {
                    otherLines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                    continue
                }
                var field = start + feature.count
                var nameEnd = field
                while nameEnd < end && bytes[nameEnd] != 0x09 { nameEnd += 1 }
                let name = UnsafeBufferPointer(rebasing: bytes[field..<nameEnd])
                field = nameEnd + 1
                var values = 0
                while field < end {
                    var fieldEnd = field
                    while fieldEnd < end && bytes[fieldEnd] != 0x09 { fieldEnd += 1 }
                    guard let value = Self.number(UnsafeBufferPointer(rebasing: bytes[field..<fieldEnd])) else { failure = "bad number in a feature line"; return }
                    weights.append(value)
                    values += 1
                    field = fieldEnd + 1
                }
                guard values == Self.stride else { failure = "a feature line has \(values) weights, not \(Self.stride)"; return }
                rows[FeatureID.parse(bytes: name)] = weights.count - Self.stride
                if keepingNames { names.append(String(decoding: name, as: UTF8.self)) }
            }
        }
        if let failure { throw ParseError(description: failure) }
        for line in otherLines {
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
            case "cut":
                guard fields.count == 3, let value = Float(fields[2]) else { throw ParseError(description: "bad cut line: \(line)") }
                cutWeights.append((String(fields[1]), value))
            case "labels", "tags", "seed", "epochs": break
            default: throw ParseError(description: "unknown line: \(line)")
            }
        }
        self.init(version: version, corpusHash: corpus, rows: rows, weights: weights, transitions: transitions, thresholds: thresholds, names: names)
        if !cutWeights.isEmpty { cuts = CutModel(named: cutWeights, keepingNames: keepingNames) }
    }

    /// A decimal number as the model file writes it ("-1.2345").
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Float? {
        var i = 0, negative = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var whole: Double = 0, fraction: Double = 0, scale: Double = 1, digits = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { whole = whole * 10 + Double(bytes[i] - 0x30); i += 1; digits += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { fraction = fraction * 10 + Double(bytes[i] - 0x30); scale *= 10; i += 1; digits += 1 }
        }
        guard i == bytes.count, digits > 0 else { return nil }
        let value = Float(whole + fraction / scale)
        return negative ? -value : value
    }

    /// The model file: a header, thresholds, transitions and one line per feature, tab separated,
    /// the cutter's weights, weights with 4 decimals, features sorted by name; `comments` are written first.
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
        for line in cuts.lines(format: number) { out += line + "\n" }
        for name in names.sorted() {
            guard let row = rows[FeatureID.parse(Substring(name))] else { continue }
            out += "feature\t\(name)\t" + weights[row..<(row + Self.stride)].map(number).joined(separator: "\t") + "\n"
        }
        return out
    }
}
