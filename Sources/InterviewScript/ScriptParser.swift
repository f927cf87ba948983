import Yams

/// What a script file turned out to be.
public enum ScriptDocument: Sendable {
    case bank(QuestionBank)
    case loop(Loop)
}

/// One script after parsing: the document (when it could be read at all), its text for
/// printing source lines under diagnostics, and every diagnostic found in this file alone.
public struct ParsedScript: Sendable {
    public var file: String
    public var text: String
    public var document: ScriptDocument?
    public var diagnostics: [Diagnostic]
    /// A stable fingerprint of the file's bytes (FNV-1a, 64 bits, in hex).
    public var fingerprint: String

    public var loop: Loop? { if case .loop(let loop) = document { loop } else { nil } }
    public var bank: QuestionBank? { if case .bank(let bank) = document { bank } else { nil } }
}

/// Turns a script's bytes into the model, reporting every problem with its place. It does no
/// I/O: the caller reads the file (within ScriptLimits.maxBytes) and passes the bytes in.
public enum ScriptParser {
    public static func parse(_ bytes: [UInt8], file: String) -> ParsedScript {
        let fingerprint = Fingerprint.fnv1a(bytes)
        let (decoded, textDiagnostics) = ScriptText.decode(bytes, file: file)
        guard let text = decoded else {
            return ParsedScript(file: file, text: "", document: nil, diagnostics: textDiagnostics, fingerprint: fingerprint)
        }
        let root: Node
        do {
            // The basic resolver: every scalar stays text (the shape checker gives values their
            // types), and no tag is resolved by regular expression, which was most of the parse time.
            guard let composed = try Yams.compose(yaml: text, .basic) else {
                let empty = Diagnostic(.emptyDocument, "the file holds only comments; start it with `kind: loop` or `kind: question-bank`", file: file)
                return ParsedScript(file: file, text: text, document: nil, diagnostics: [empty], fingerprint: fingerprint)
            }
            root = composed
        } catch {
            return ParsedScript(file: file, text: text, document: nil, diagnostics: recovered(from: error, text: text, file: file), fingerprint: fingerprint)
        }
        var checker = ShapeChecker(file: file, budget: ScriptLimits.maxValues(forBytes: bytes.count))
        let builder = ModelBuilder(file: file)
        guard root.mapping != nil else {
            checker.check(root, as: .object(Format.loop), name: "the document")
            return ParsedScript(file: file, text: text, document: nil, diagnostics: checker.diagnostics + [checker.unrecordedSummary].compactMap { $0 }, fingerprint: fingerprint)
        }
        let kindNode = root["kind"]
        let kind = kindNode?.scalar?.string
        let document: ScriptDocument?
        switch kind {
        case "loop":
            checker.check(root, as: .object(Format.loop), name: "the loop")
            document = checker.exhausted ? nil : .loop(builder.loop(from: root))
        case "question-bank":
            checker.check(root, as: .object(Format.bank), name: "the question bank")
            document = checker.exhausted ? nil : .bank(builder.bank(from: root))
        default:
            let place = kindNode.map(builder.location(of:)) ?? builder.location(of: root)
            let message: String
            if let kind {
                message = "'\(kind)' is not a kind of script: use `kind: loop` or `kind: question-bank`" + Suggestion.didYouMean(kind, in: ["loop", "question-bank"])
            } else {
                message = "the file does not say what it is: add `kind: loop` or `kind: question-bank` at the top"
            }
            return ParsedScript(file: file, text: text, document: nil, diagnostics: [Diagnostic(.unknownKind, message, at: place)], fingerprint: fingerprint)
        }
        return ParsedScript(file: file, text: text, document: document, diagnostics: checker.diagnostics + [checker.unrecordedSummary].compactMap { $0 }, fingerprint: fingerprint)
    }
}

extension ScriptParser {
    /// The most syntax errors mended in one file to go on checking it.
    static let maxRepairs = 5

    /// A syntax error's diagnostics and, where mockloop knows how to mend its cause (an unclosed
    /// string, a misindented line), every independent problem after it: the mended text is
    /// parsed again, up to `maxRepairs` times. The file still has an error and no document.
    static func recovered(from error: Error, text: String, file: String) -> [Diagnostic] {
        var (diagnostics, repair) = YAMLErrorTranslation.translate(error, text: text, file: file)
        var current = text
        var repairs = 0
        var mendedLines: Set<Int> = []
        while let mend = repair, repairs < maxRepairs {
            repairs += 1
            current = mend.apply(to: current)
            mendedLines.insert(mend.line)
            do {
                guard let root = try Yams.compose(yaml: current, .basic) else { break }
                // Shape problems of the mended file, as if it had been written that way.
                var checker = ShapeChecker(file: file, budget: ScriptLimits.maxValues(forBytes: current.utf8.count))
                let kind = root["kind"]?.scalar?.string
                checker.check(root, as: .object(kind == "question-bank" ? Format.bank : Format.loop), name: kind == "question-bank" ? "the question bank" : "the loop")
                // What the mended lines say now is the mend's, not the coach's.
                diagnostics += checker.diagnostics.filter { !mendedLines.contains($0.location?.line ?? 0) } + [checker.unrecordedSummary].compactMap { $0 }
                break
            } catch {
                let next = YAMLErrorTranslation.translate(error, text: current, file: file)
                // The same place again means the mend did not help: stop there.
                if next.diagnostics.first?.location == diagnostics.last(where: { $0.code == .yamlSyntax })?.location { break }
                diagnostics += next.diagnostics
                repair = next.repair
            }
        }
        return diagnostics
    }
}

/// A small, stable, dependency-free fingerprint for files and scripts.
public enum Fingerprint {
    /// Inlinable, so that each caller's kind of bytes is hashed by a loop made for it; contiguous
    /// bytes (an array, a native string's UTF-8) are read straight from their storage.
    @inlinable
    public static func fnv1a<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let read: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        if read == nil {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
