/// Regular English past-tense formation, used to expand the base-form verb lists into the
/// forms that appear in told stories ("migrate" -> "migrated", "simplify" -> "simplified").
enum VerbForms {
    /// Verbs that double their final consonant before "-ed" (ship -> shipped).
    static let doubling: Set<String> = [
        "ship", "stop", "plan", "drop", "map", "commit", "scrap", "chat", "pin", "tap", "tag", "log",
        "flag", "plug", "scan", "trim", "skip", "step", "grab", "swap", "wrap", "prep", "submit",
        "permit", "admit", "omit", "spot", "slot", "chop", "cap", "jam", "ban", "rub", "prod", "nod",
        "pad", "ram", "rig", "strip", "shop", "slip", "snap", "top", "trap", "zip", "bug", "debug",
        "unplug", "equip", "label", "cancel", "model", "travel", "signal", "fuel", "channel", "total",
        "control", "patrol", "refer", "prefer", "transfer", "occur", "deter", "regret", "abet",
    ]

    /// The regular past forms of a base verb (British doubling gives two for some verbs).
    static func pastForms(of base: String) -> [String] {
        let bytes = Array(base.utf8)
        guard let last = bytes.last else { return [] }
        if doubling.contains(base) {
            let doubled = base + String(UnicodeScalar(last)) + "ed"
            // label -> labeled / labelled: both spellings are common.
            if last == UInt8(ascii: "l") { return [base + "ed", doubled] }
            return [doubled]
        }
        if last == UInt8(ascii: "e") { return [base + "d"] }
        if last == UInt8(ascii: "y"), bytes.count > 1, !isVowel(bytes[bytes.count - 2]) {
            return [String(base.dropLast()) + "ied"]
        }
        if last == UInt8(ascii: "c") { return [base + "ked"] }
        return [base + "ed"]
    }

    /// Present forms: the base and the third person singular.
    static func presentForms(of base: String) -> [String] {
        let bytes = Array(base.utf8)
        guard let last = bytes.last else { return [] }
        var third = base + "s"
        if last == UInt8(ascii: "y"), bytes.count > 1, !isVowel(bytes[bytes.count - 2]) {
            third = String(base.dropLast()) + "ies"
        } else if base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("z")
            || base.hasSuffix("ch") || base.hasSuffix("sh") || base.hasSuffix("o") {
            third = base + "es"
        }
        return [base, third]
    }

    private static func isVowel(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "a") || b == UInt8(ascii: "e") || b == UInt8(ascii: "i") || b == UInt8(ascii: "o")
            || b == UInt8(ascii: "u")
    }
}
