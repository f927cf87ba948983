import Yams

/// Walks a composed YAML tree against the format's shapes and reports every unknown key,
/// missing field, wrong type and invalid value, each at its own place.
///
/// The walk visits at most `budget` values: a document whose aliases expand beyond that
/// ("billion laughs") is stopped with one diagnostic instead of running out of memory or time.
struct ShapeChecker {
    let file: String
    /// What the walk found, kept in a box so that a message is built only when it is kept.
    private final class Found {
        var diagnostics: [Diagnostic] = []
        var unrecorded = 0
        var unrecordedErrors = 0
    }
    private let found = Found()
    var diagnostics: [Diagnostic] { found.diagnostics }
    private var budget: Int
    private(set) var exhausted = false

    init(file: String, budget: Int) {
        self.file = file
        self.budget = budget
    }

    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// At most this many diagnostics are made for one file; the rest are only counted, so a
    /// hostile file of a million wrong values costs a count, not a million messages to sort.
    static var recordLimit: Int { [Diagnostic].shownPerFile }
    private func report(_ code: DiagnosticCode, _ message: @autoclosure () -> String, at node: Node) {
        guard found.diagnostics.count < Self.recordLimit else {
            found.unrecorded += 1
            if code.defaultSeverity == .error { found.unrecordedErrors += 1 }
            return
        }
        found.diagnostics.append(Diagnostic(code, message(), at: location(of: node)))
    }

    /// One diagnostic counting the problems beyond `recordLimit`, if there were any.
    var unrecordedSummary: Diagnostic? {
        guard found.unrecorded > 0 else { return nil }
        return Diagnostic.moreNotShown(file: file, errors: found.unrecordedErrors, warnings: found.unrecorded - found.unrecordedErrors)
    }

    /// Checks `node` against `type`; `name` says what the value is, for messages.
    mutating func check(_ node: Node, as type: ValueType, name: String) {
        guard !exhausted else { return }
        budget -= 1
        if budget < 0 {
            exhausted = true
            report(.tooManyValues, "the document expands to more values than a file of this size can hold; remove aliases (*name) that refer to other aliases", at: node)
            return
        }
        switch type {
        case .text:
            if node.scalar == nil { report(.wrongType, "\(name) must be text, not \(describe(node))", at: node) }
        case .identifier:
            guard let value = scalarText(node, name: name, expected: "an id") else { return }
            if !ScriptIdentifier.isValid(value) {
                report(.invalidValue, "'\(value)' is not a valid id for \(name): use lower-case letters, digits and hyphens, e.g. '\(ScriptIdentifier.suggestion(for: value))'", at: node)
            }
        case .integer(let range):
            guard let value = scalarText(node, name: name, expected: "a whole number") else { return }
            if node.scalar?.style != .plain, Int(value) != nil {
                report(.wrongType, "\(name) must be a number, not the quoted text \"\(value)\"; write \(value) without quotes", at: node)
                return
            }
            guard let number = Int(value) else {
                report(.wrongType, "\(name) must be a whole number, not '\(value)'", at: node)
                return
            }
            if !range.contains(number) { report(.invalidValue, "\(name) must be \(describe(range)), not \(number)", at: node) }
        case .number(let range):
            guard let value = scalarText(node, name: name, expected: "a number") else { return }
            if node.scalar?.style != .plain, Double(value) != nil {
                report(.wrongType, "\(name) must be a number, not the quoted text \"\(value)\"; write \(value) without quotes", at: node)
                return
            }
            guard let number = Double(value), number.isFinite else {
                report(.wrongType, "\(name) must be a number, not '\(value)'", at: node)
                return
            }
            if !range.contains(number) { report(.invalidValue, "\(name) must be between \(range.lowerBound) and \(range.upperBound), not \(value)", at: node) }
        case .boolean:
            guard let value = scalarText(node, name: name, expected: "true or false") else { return }
            if node.scalar?.style != .plain || Self.boolean(value) == nil {
                // YAML 1.2: only a plain true or false. yes/no/on/off (YAML 1.1) and quoted text are not.
                let meant = Self.yaml11Boolean(value)
                let fix = meant.map { "; write \($0)" } ?? ""
                let shown = node.scalar?.style == .plain ? "'\(value)'" : "the quoted text \"\(value)\""
                report(.wrongType, "\(name) must be true or false, not \(shown)\(fix)", at: node)
            }
        case .choice(let choices):
            guard let value = scalarText(node, name: name, expected: "one of \(choices.joined(separator: ", "))") else { return }
            if !choices.contains(value) {
                let hint = Suggestion.didYouMean(value, in: choices)
                report(.invalidValue, "'\(value)' is not a valid \(name): use \(listOr(choices))\(hint)", at: node)
            }
        case .principle:
            guard let value = scalarText(node, name: name, expected: "a Leadership Principle id") else { return }
            if LeadershipPrinciple(id: value) == nil {
                let ids = LeadershipPrinciple.allCases.map(\.id)
                let hint = Suggestion.closest(to: value, in: ids).map { "; did you mean '\($0)'?" } ?? "; run `mockloop schema` or see docs/loop-format.md for the 16 ids"
                report(.unknownPrinciple, "unknown Leadership Principle id '\(value)'\(hint)", at: node)
            }
        case .list(let element, let count, let unique):
            guard let sequence = node.sequence else {
                report(.wrongType, "\(name) must be a list, not \(describe(node))\(listHint(node))", at: node)
                return
            }
            if sequence.count < count.lowerBound {
                let what = count.lowerBound == 1 ? "at least one entry" : "at least \(count.lowerBound) entries"
                report(.invalidValue, "\(name) needs \(what)", at: node)
            } else if sequence.count > count.upperBound {
                report(.invalidValue, "\(name) may have at most \(count.upperBound) entries, not \(sequence.count)", at: node)
            }
            var seen = Set<String>()
            for item in sequence {
                check(item, as: element, name: "an entry of \(name)")
                if unique, let value = item.scalar?.string, !seen.insert(value).inserted {
                    report(.duplicateID, "'\(value)' is listed twice in \(name)", at: item)
                }
            }
        case .object(let shape):
            checkObject(node, shape: shape, name: name)
        case .principleMap(let valueType):
            guard let mapping = node.mapping else {
                report(.wrongType, "\(name) must be a mapping from principle ids to values, not \(describe(node))", at: node)
                return
            }
            for (key, value) in mapping {
                check(key, as: .principle, name: "a key of \(name)")
                let keyName = key.scalar?.string ?? "?"
                check(value, as: valueType, name: "'\(keyName)' in \(name)")
            }
        }
    }

    private mutating func checkObject(_ node: Node, shape: Shape, name: String) {
        guard let mapping = node.mapping else {
            report(.wrongType, "\(name) must be a mapping of keys to values, not \(describe(node))", at: node)
            return
        }
        var present = Set<String>()
        /// Required keys an unknown (misspelt) key was taken for: the typo is the one diagnostic.
        var meant = Set<String>()
        for (key, value) in mapping {
            guard let keyText = key.scalar?.string else {
                report(.wrongType, "keys in \(name) must be words, not \(describe(key))", at: key)
                continue
            }
            guard let field = shape.field(keyText) else {
                let keys = shape.fields.map(\.key)
                let present = Set(mapping.compactMap { $0.key.scalar?.string })
                // Suggest a key that is not already there ("time:" beside "title:" means minutes).
                let absent = keys.filter { !present.contains($0) }
                let alias = shape.fields.first { !present.contains($0.key) && $0.aliases.contains(keyText.lowercased()) }?.key
                let closest = alias ?? Suggestion.closest(to: keyText, in: absent) ?? Suggestion.closest(to: keyText, in: keys)
                let hint = closest.map { "; did you mean '\($0)'?" } ?? "; \(shape.name) keys are \(keys.joined(separator: ", "))"
                if let closest, shape.field(closest)?.isRequired == true, !present.contains(closest) {
                    meant.insert(closest)
                    report(.unknownKey, "unknown key '\(keyText)' in \(shape.name); did you mean '\(closest)'? (it is required, and missing)", at: key)
                } else {
                    report(.unknownKey, "unknown key '\(keyText)' in \(shape.name)\(hint)", at: key)
                }
                continue
            }
            present.insert(keyText)
            if field.isRequired, Self.isNull(value) {
                report(.missingField, "'\(keyText)' in \(shape.name) has no value", at: key)
                continue
            }
            if Self.isNull(value) { continue }
            check(value, as: field.type, name: "'\(keyText)'")
        }
        for field in shape.fields where field.isRequired && !present.contains(field.key) && !meant.contains(field.key) {
            report(.missingField, "\(shape.name) is missing the required key '\(field.key)' (\(field.summary.lowercasedFirst.trimmingSuffix(".")))", at: node)
        }
    }

    private mutating func scalarText(_ node: Node, name: String, expected: String) -> String? {
        guard let scalar = node.scalar else {
            report(.wrongType, "\(name) must be \(expected), not \(describe(node))", at: node)
            return nil
        }
        return scalar.string
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "nothing" : "the text '\(scalar.string.prefix(40))'"
        case .mapping: "a mapping (key: value lines)"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    private func listHint(_ node: Node) -> String {
        guard let text = node.scalar?.string, !text.isEmpty else { return "" }
        return "; write [\(text)]"
    }

    private func describe(_ range: ClosedRange<Int>) -> String {
        range.upperBound == Int.max ? "at least \(range.lowerBound)" : "between \(range.lowerBound) and \(range.upperBound)"
    }

    private func listOr(_ choices: [String]) -> String {
        choices.count == 1 ? choices[0] : choices.dropLast().joined(separator: ", ") + " or " + choices.last!
    }

    /// A boolean as YAML 1.2 writes it: `true` or `false` (plain), nothing else.
    static func boolean(_ value: String) -> Bool? {
        switch value {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// What a YAML 1.1 boolean (or a quoted or capitalised one) meant, to suggest the fix.
    static func yaml11Boolean(_ value: String) -> String? {
        switch value.lowercased() {
        case "true", "yes", "y", "on": "true"
        case "false", "no", "n", "off": "false"
        default: nil
        }
    }

    /// An empty value (`key:` with nothing after it, `~` or `null`).
    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}

extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }

    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
