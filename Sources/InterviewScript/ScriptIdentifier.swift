/// The rule for ids in scripts (loops, questions, tags): lower-case letters, digits and
/// hyphens, starting with a letter or digit, at most 80 characters.
public enum ScriptIdentifier {
    public static func isValid(_ value: String) -> Bool {
        guard let first = value.utf8.first, value.utf8.count <= 80 else { return false }
        let isLowerOrDigit: (UInt8) -> Bool = { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        return isLowerOrDigit(first) && value.utf8.allSatisfy { isLowerOrDigit($0) || $0 == 0x2D }
    }

    /// A valid id close to `value` ("Data Engineer!" → "data-engineer").
    public static func suggestion(for value: String) -> String {
        Suggestion.normalize(value)
    }
}
