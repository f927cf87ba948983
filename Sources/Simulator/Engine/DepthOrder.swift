import InterviewScript

/// Which depth follow-ups a round digs into first, from its principles and its interviewer's
/// persona: a Dive Deep round asks for the data, a Backbone round who disagreed, a persona that
/// "asks for the data behind every decision" the data first.
enum DepthOrder {
    /// The wording of the order (data/lexicon/depth-order.txt).
    private static let catalogue = LineCatalogue.embedded("depth-order")

    /// The depth kinds each principle leans on, most telling first.
    private static let byPrinciple: [LeadershipPrinciple: [ProbeKind]] = Dictionary(uniqueKeysWithValues: LeadershipPrinciple.allCases.map { principle in
        (principle, catalogue["principle.\(principle.rawValue)"].compactMap { ProbeKind(rawValue: $0) })
    })

    /// Persona words that move a kind to the front, in file order.
    private static let personaCues: [(words: [String], kind: ProbeKind)] = catalogue.sections.compactMap { section in
        guard section.name.hasPrefix("persona."), let kind = ProbeKind(rawValue: String(section.name.dropFirst("persona.".count))) else { return nil }
        return (section.lines, kind)
    }

    static func order(for round: Round) -> [ProbeKind] {
        var order: [ProbeKind] = []
        let persona = round.persona.lowercased()
        for cue in personaCues where cue.words.contains(where: persona.contains) && !order.contains(cue.kind) { order.append(cue.kind) }
        for principle in round.principleIDs { for kind in byPrinciple[principle] ?? [] where !order.contains(kind) { order.append(kind) } }
        for kind in ProbeKind.depthKinds where !order.contains(kind) { order.append(kind) }
        return order
    }
}
