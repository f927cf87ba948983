/// The texts of cues that carry a fixed note instead of matched words ("position: opening",
/// "follows: action"), built once so that rendering them does not allocate.
enum CueTexts {
    private static let noteCount = Cue.Note.allCases.count
    private static let table: [String] = Cue.Label.allCases.flatMap { label in
        Cue.Note.allCases.map { "\(label.text): \($0.text)" }
    }

    /// "label: " as bytes, per label.
    private static let prefixes: [[UInt8]] = Cue.Label.allCases.map { Array("\($0.text): ".utf8) }

    static func prefix(_ label: Cue.Label) -> [UInt8] { prefixes[Int(label.rawValue)] }

    static func text(_ label: Cue.Label, _ note: Cue.Note) -> String {
        table[Int(label.rawValue) * noteCount + Int(note.rawValue)]
    }
}
