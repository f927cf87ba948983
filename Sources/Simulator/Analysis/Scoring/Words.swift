/// Hashes of individual function words the analyzer tests by identity.
enum Words {
    // Literal constants (checked against `WordHash.hash` by a unit test), so reading them in
    // the per-token loops costs nothing.
    static let to: UInt64 = 0x08C83907B56AC0A4  // "to"
    static let have: UInt64 = 0x2E47C5CC74230EDB  // "have"
    static let been: UInt64 = 0x75F4589B951AB7C3  // "been"
    static let going: UInt64 = 0x26B790CECC76826D  // "going"
    static let the: UInt64 = 0x56F5C9194461D57C  // "the"
    static let my: UInt64 = 0x08A94307B5502113  // "my"
    static let our: UInt64 = 0x19F7991921BBCC99  // "our"
    static let able: UInt64 = 0xFC0DAE83EDFEE9D5  // "able"
    static let `if`: UInt64 = 0x08B73007B55C3E26  // "if"
    static let `in`: UInt64 = 0x08B73807B55C4BBE  // "in"
    static let since: UInt64 = 0x2B827D4F5E0ADA9D  // "since"
    static let during: UInt64 = 0x8AB509E91BA27E88  // "during"
    static let by: UInt64 = 0x08A64B07B54DF8D4  // "by"
    static let from: UInt64 = 0x7F845078D7A5C0B5  // "from"
    static let down: UInt64 = 0xDC04126761BB7455  // "down"
    static let up: UInt64 = 0x08C43A07B566D980  // "up"
    static let under: UInt64 = 0xA9B4194ECFE6716D  // "under"
    static let over: UInt64 = 0xC2A38DB44454A06F  // "over"
    static let finally: UInt64 = 0xFC3AC68EC6654A08  // "finally"
    static let iD: UInt64 = 0x2AAF0D192B085D67  // "i'd"
    static let weD: UInt64 = 0x3CAE04F6193A432A  // "we'd"
    static let iM: UInt64 = 0x2AAF04192B084E1C  // "i'm"
    static let weRe: UInt64 = 0x5617B92CDE1D3ED7  // "we're"
    static let iVe: UInt64 = 0x8FA16FC41F0EE468  // "i've"
    static let weVe: UInt64 = 0x5624C92CDE27E463  // "we've"
    static let i: UInt64 = 0xAF63E44C8601FA24  // "i"
    static let you: UInt64 = 0xB5617C19799EA15C  // "you"
    static let then: UInt64 = 0x2579C7EF323D0D96  // "then"
    static let and: UInt64 = 0xE6F79719051FF286  // "and"
    static let because: UInt64 = 0x83E1EAD99B5801BB  // "because"
    static let until: UInt64 = 0x1FCC8B4E81FBAC2F  // "until"
    static let after: UInt64 = 0xBF82010F6F71EAE9  // "after"
    static let that: UInt64 = 0x256CADEF3232570C  // "that"
    static let times: UInt64 = 0x29338C6C39286CB5  // "times"
    static let x: UInt64 = 0xAF63F54C86021707  // "x"
    static let out: UInt64 = 0x19F79B1921BBCFFF  // "out"
    static let of: UInt64 = 0x08B06007B5567108  // "of"
    static let half: UInt64 = 0x2E33A6CC74123124  // "half"
    static let points: UInt64 = 0xDD02AD83D7CF88A6  // "points"
    static let fold: UInt64 = 0xDD15FA790C28D98A  // "fold"
    static let one: UInt64 = 0x1A08AA1921CA5CAF  // "one"
    static let a: UInt64 = 0xAF63DC4C8601EC8C  // "a"
    static let quarter: UInt64 = 0xFFBE2660A81C5667  // "quarter"
    static let quarters: UInt64 = 0xAC714A3DA82643FC  // "quarters"

    /// The constants above with their words, for the test.
    static let checked: [(String, UInt64)] = [
        ("to", to),
        ("have", have),
        ("been", been),
        ("going", going),
        ("the", the),
        ("my", my),
        ("our", our),
        ("able", able),
        ("if", `if`),
        ("in", `in`),
        ("since", since),
        ("during", during),
        ("by", by),
        ("from", from),
        ("down", down),
        ("up", up),
        ("under", under),
        ("over", over),
        ("finally", finally),
        ("i'd", iD),
        ("we'd", weD),
        ("i'm", iM),
        ("we're", weRe),
        ("i've", iVe),
        ("we've", weVe),
        ("i", i),
        ("you", you),
        ("then", then),
        ("and", and),
        ("because", because),
        ("until", until),
        ("after", after),
        ("that", that),
        ("times", times),
        ("x", x),
        ("out", out),
        ("of", of),
        ("half", half),
        ("points", points),
        ("fold", fold),
        ("one", one),
        ("a", a),
        ("quarter", quarter),
        ("quarters", quarters),
    ]

    /// Conjunctions that open a subordinate clause in the middle of a sentence.
    static let subordinatingList = "because although though whereas while since unless until if whenever when where"

    /// Words after "I was" that make the candidate the receiver of an outcome.
    static let passiveResult: Set<UInt64> = Set([
        "promoted", "recognized", "recognised", "praised", "thanked", "awarded", "rewarded", "credited",
        "commended", "congratulated",
    ].map(WordHash.hash))

    /// Verbs of finding out: after "I" they report a step of an investigation (an action).
    static let discoveryList = "noticed realized realised saw spotted recognized recognised understood heard"

    /// Verbs that state a role when their object is a group ("I led the support team").
    static let roleVerbs: Set<UInt64> = Set(["led", "managed", "ran", "headed", "oversaw", "supervised", "coordinated"].map(WordHash.hash))
    static let roleNouns: Set<UInt64> = Set([
        "group", "department", "store", "shift", "crew", "division", "unit", "office", "branch", "clinic", "restaurant",
        "bakery", "company", "startup", "site", "plant", "warehouse", "lab", "squad", "org", "organization", "function",
    ].map(WordHash.hash))

    /// Words after "I was" that state an obligation (the task): left to the goal phrases.
    static let passiveGoal: Set<UInt64> = Set([
        "asked", "tasked", "assigned", "expected", "supposed", "responsible", "charged", "brought",
        "hired", "put", "told", "accountable", "in",
    ].map(WordHash.hash))
}
