import InterviewScript

/// The follow-up a reply answers, together with the class of the sentence's main verb:
/// "answering=result&verb=be-past", beside the bare "answering=result" (`LayoutFeature`). A reply
/// to "how did it turn out?" that only sets the scene ("I had been at the shop four months") or
/// tells more steps is not a result because of what was asked.
enum AnsweringFeature {
    /// The feature of a reply to `kind` (a `ProbeKind` raw value) whose main verb has class `verb`
    /// (an index into `SubjectVerbFeature.verbs`).
    static func feature(_ kind: String, verb: Int) -> FiredFeature {
        if let row = table[kind] { return row[verb] }
        return .named("answering=\(kind)&verb=\(SubjectVerbFeature.verbs[verb])", .answering)
    }

    /// Every follow-up kind's features, made once, so a reply's sentences build no names.
    private static let table: [String: [FiredFeature]] = Dictionary(uniqueKeysWithValues: ProbeKind.allCases.map { kind in
        (kind.rawValue, SubjectVerbFeature.verbs.map { FiredFeature("answering=\(kind.rawValue)&verb=\($0)", .answering) })
    })
}
