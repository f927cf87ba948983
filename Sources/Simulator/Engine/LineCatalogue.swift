import Foundation

/// A data file of named sections, each a list of lines: `[name]` opens a section, every other
/// line that is not blank or a `#` comment is one entry of the current section. Used for the
/// interviewer's default wording (data/lexicon/interviewer-lines.txt), the topics of the
/// candidate's questions (data/lexicon/candidate-question-topics.txt) and which depth follow-ups
/// a round asks first (data/lexicon/depth-order.txt).
struct LineCatalogue: Sendable {
    /// The sections in file order, each with its lines.
    let sections: [(name: String, lines: [String])]

    init(_ text: String) {
        var sections: [(name: String, lines: [String])] = []
        for line in DataFileLines.lines(text) {
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                sections.append((String(line.dropFirst().dropLast()), []))
            } else if !sections.isEmpty {
                sections[sections.count - 1].lines.append(String(line))
            }
        }
        self.sections = sections
    }

    /// The lines of a section (empty when there is none).
    subscript(name: String) -> [String] {
        sections.first { $0.name == name }?.lines ?? []
    }

    /// The compiled-in file `name` (without `.txt`).
    static func embedded(_ name: String) -> LineCatalogue {
        LineCatalogue(EmbeddedData.lexicon[name] ?? "")
    }
}
