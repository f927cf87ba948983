import Foundation
import InterviewScript
import Yams

/// The listening engine's corpus (corpus/README.md): answers and follow-up replies written by
/// separately briefed writers, each sentence labelled with its part(s) and tags, each item with
/// its flags; and the frozen split of writers into a training part and a test part.
public struct ReaderCorpus: Sendable {
    /// One labelled item.
    public struct Item: Sendable {
        public var id: String
        public var writer: String
        public var isReply: Bool
        public var answering: ProbeKind?
        public var text: String
        /// Gold sentences: byte range in `text`, label, tags.
        public var sentences: [(start: Int, end: Int, label: PartLabel, hypothetical: Bool, evasive: Bool)]
        public var hypothetical, weHeavy, quantifiedResult, evasive: Bool

        /// Parts some sentence tells.
        public var parts: Set<StarPart> { Set(sentences.flatMap { $0.label.parts.compactMap(\.starPart) }) }
    }

    public struct Failure: Error, CustomStringConvertible { public let description: String }

    public var items: [Item]
    public var trainWriters: [String]
    public var testWriters: [String]
    /// FNV-1a over the training writers' files (names and bytes, sorted): what a model was trained on.
    public var trainingHash: String

    public var training: [Item] { items.filter { trainWriters.contains($0.writer) } }
    public var test: [Item] { items.filter { testWriters.contains($0.writer) } }

    /// Whether `folder` holds a corpus in this format (a split.yaml).
    public static func isCorpus(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("split.yaml").path)
    }

    public init(folder: URL) throws {
        let splitText = try String(contentsOf: folder.appendingPathComponent("split.yaml"), encoding: .utf8)
        guard let split = try Yams.load(yaml: splitText) as? [String: Any],
              let train = split["train"] as? [String], let test = split["test"] as? [String] else {
            throw Failure(description: "\(folder.path)/split.yaml: needs `train:` and `test:` lists of writer folders")
        }
        trainWriters = train
        testWriters = test
        items = []
        var hashed: [UInt8] = []
        for writer in (train + test) {
            let writerFolder = folder.appendingPathComponent(writer)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: writerFolder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            for name in names {
                let data = try Data(contentsOf: writerFolder.appendingPathComponent(name))
                if train.contains(writer) { hashed += Array("\(writer)/\(name)\n".utf8) + Array(data) }
                guard let list = try Yams.load(yaml: String(decoding: data, as: UTF8.self)) as? [[String: Any]] else {
                    throw Failure(description: "\(writer)/\(name): not a list of items")
                }
                for entry in list { items.append(try Self.item(entry, writer: writer, file: "\(writer)/\(name)")) }
            }
        }
        trainingHash = Fingerprint.fnv1a(hashed)
    }

    private static func item(_ entry: [String: Any], writer: String, file: String) throws -> Item {
        let id = entry["id"] as? String ?? "?"
        guard let raw = entry["sentences"] as? [[Any]], let flags = entry["flags"] as? [String: Bool] else {
            throw Failure(description: "\(file): \(id): needs sentences and flags")
        }
        let separator = (entry["layout"] as? String) == "lines" ? "\n" : " "
        var text = ""
        var sentences: [(Int, Int, PartLabel, Bool, Bool)] = []
        for s in raw {
            guard s.count >= 2, let partText = s[0] as? String, let label = PartLabel(corpus: partText), let sentence = s[1] as? String else {
                throw Failure(description: "\(file): \(id): bad sentence \(s)")
            }
            let tags = s.count > 2 ? ((s[2] as? [String]) ?? [(s[2] as? String) ?? ""]) : []
            if !text.isEmpty { text += separator }
            let start = text.utf8.count
            text += sentence
            sentences.append((start, text.utf8.count, label, tags.contains("hypothetical"), tags.contains("evasive")))
        }
        let isReply = (entry["kind"] as? String) == "reply"
        let answering = isReply ? (entry["followUp"] as? String).flatMap(Self.probe) : nil
        return Item(id: id, writer: writer, isReply: isReply, answering: answering, text: text, sentences: sentences,
                    hypothetical: flags["hypothetical"] ?? false, weHeavy: flags["weHeavy"] ?? false,
                    quantifiedResult: flags["quantifiedResult"] ?? false, evasive: flags["evasive"] ?? false)
    }

    /// The corpus's follow-up kinds as the format's probe kinds (depth kinds have none yet).
    private static func probe(_ kind: String) -> ProbeKind? {
        switch kind {
        case "metric": ProbeKind(rawValue: "metrics")
        case "specific": ProbeKind(rawValue: "hypothetical")
        case "filler": ProbeKind(rawValue: "vague")
        default: ProbeKind(rawValue: kind)
        }
    }
}
