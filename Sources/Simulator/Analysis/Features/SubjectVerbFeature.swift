/// The main clause's subject (I / we / another person / a thing / none) and the class of its
/// verb: tense and aspect (past action, past state, had, modal, future, habitual, present,
/// mental, speech...). "When X came out I got curious" has its main clause after the comma.
enum SubjectVerbFeature {
    static let subjects = ["I", "we", "they", "other", "none"]
    static let verbs = ["action-past", "change-past", "past", "be-past", "had", "past-perfect", "mental-past", "mental", "speech",
                        "modal", "future", "habitual", "present", "base", "gerund", "none"]

    private static let modals = HashTable(set: ["could", "should", "might", "can", "may", "must", "would", "i'd", "we'd", "they'd", "you'd"].map { WordHash.hash($0) })
    private static let used = WordHash.hash("used"), to = WordHash.hash("to"), you = WordHash.hash("you"), people = WordHash.hash("people")

    /// The names and ids of every subject-verb feature, made once.
    private static let pairs: [[FiredFeature]] = subjects.map { subject in verbs.map { fired("sv=\(subject):\($0)") } }
    private static let subjectFeatures = subjects.map { fired("subj=\($0)") }
    private static let verbFeatures = verbs.map { fired("verb=\($0)") }

    private static func fired(_ name: String) -> FiredFeature { FiredFeature(name, .subjectVerb) }
    private static let subordinateFirst = FiredFeature("clause=subordinate-first", .clause)

    private static func add(_ s: Int, _ v: Int, _ start: Int, _ end: Int, into sink: inout FeatureSink) {
        sink.add(pairs[s][v], start, end)
        sink.fired.append(subjectFeatures[s])
        sink.fired.append(verbFeatures[v])
    }

    /// Subject codes (indices into `subjects`) and verb codes (into `verbs`).
    static let I = 0, we = 1, they = 2, other = 3, noSubject = 4
    private static func verb(_ name: String) -> Int { verbs.firstIndex(of: name)! }
    private static let actionPast = verb("action-past"), changePast = verb("change-past"), past = verb("past"), bePast = verb("be-past"),
        had = verb("had"), pastPerfect = verb("past-perfect"), mentalPast = verb("mental-past"), mental = verb("mental"),
        speech = verb("speech"), modal = verb("modal"), future = verb("future"), habitual = verb("habitual"), present = verb("present"),
        base = verb("base"), gerund = verb("gerund"), noVerb = verb("none")

    /// "I" and "we" (or "the team", "my team") as subjects anywhere in the sentence, clause by clause:
    /// "We sat down, we mapped it and we found three gaps" is three "we" subjects.
    static func subjectCounts(_ view: SentenceView) -> (i: Int, we: Int) {
        var i = 0, we = 0
        for w in 0..<view.count {
            let t = view.token(w)
            if t.has(.iSubject) { i += 1 }
            else if t.has(.weSubject) { we += 1 }
            else if t.has(.team), w > 0, teamOwners.contains(view.hashes[w - 1]), w + 1 < view.count, !view.token(w + 1).has(.iSubject) { we += 1 }
        }
        return (i, we)
    }
    private static let teamOwners = HashTable(set: ["the", "our", "my", "whole"].map { WordHash.hash($0) })

    /// Returns the subject and verb codes of the main clause.
    static func detect(_ view: SentenceView, lexicon: FeatureLexicon, into sink: inout FeatureSink) -> (subject: Int, verb: Int) {
        guard view.count > 0 else { return (noSubject, noVerb) }
        var clauseStart = 0
        if lexicon.subordinators.contains(view.hashes[0]) {
            sink.add(subordinateFirst, view.token(0).start, view.token(0).end)
            for w in 0..<(view.count - 1) where view.punctuation(after: w, is: PunctMark.comma) {
                clauseStart = w + 1
                break
            }
            // No comma ("When X came out I got curious"): the main clause starts at the first
            // personal subject after the subordinate clause's own words.
            if clauseStart == 0 {
                for w in 2..<max(2, min(view.count, 14)) {
                    let t = view.token(w)
                    if t.has(.iSubject) || t.has(.weSubject) { clauseStart = w; break }
                }
            }
        }
        // The main verb: the first finite verb of the clause (a gerund only if there is none).
        var verb = noVerb, verbAt = -1, gerundAt = -1
        for w in clauseStart..<min(view.count, clauseStart + 8) {
            let t = view.token(w)
            let h = view.hashes[w]
            var found = noVerb
            if h == used, w + 1 < view.count, view.hashes[w + 1] == to { found = habitual }
            else if t.has(.genericAdverb) { found = habitual }
            else if t.has(.would) || modals.contains(h) { found = modal }
            else if t.has(.future) { found = future }
            else if t.has(.hadVerb) { found = w + 1 < view.count && view.token(w + 1).has(.participle) ? pastPerfect : had }
            else if t.has(.beVerbPast) { found = bePast }
            else if t.has(.mentalVerb) { found = t.has(.past) ? mentalPast : mental }
            else if t.has(.speechVerb) { found = speech }
            else if t.has(.changeVerb) { found = changePast }
            else if t.has(.actionPast) { found = actionPast }
            else if t.has(.past) || (t.flags.contains(.edSuffix) && !t.has(.notPast)) { found = past }
            else if t.has(.presentState) { found = present }
            else if t.has(.actionBase) && w == clauseStart { found = base }
            else if t.flags.contains(.ingSuffix) && gerundAt < 0 { gerundAt = w }
            if found != noVerb { verb = found; verbAt = w; break }
        }
        if verbAt < 0, gerundAt >= 0 { verb = gerund; verbAt = gerundAt }
        // The subject: a pronoun (or "the team") before the verb; other words before it are
        // another subject ("Billing cases fell"); nothing before it, none (a bullet, an order).
        var subject = noSubject, subjectAt = verbAt
        let subjectEnd = verbAt >= 0 ? verbAt : min(view.count, clauseStart + 6)
        for w in clauseStart..<subjectEnd {
            let t = view.token(w)
            if t.has(.iSubject) { subject = I } else if t.has(.weSubject) || t.has(.team) { subject = we }
            else if t.has(.thirdPerson) || view.hashes[w] == you || view.hashes[w] == people { subject = they }
            if subject != noSubject { subjectAt = w; break }
        }
        if subject == noSubject, verbAt > clauseStart { subject = other; subjectAt = clauseStart }
        if verb != noVerb {
            let (s, _) = view.span(min(subjectAt, verbAt), verbAt + 1)
            add(subject, verb, s, view.token(verbAt).end, into: &sink)
        }
        if verb == noVerb { add(subject, verb, 0, 0, into: &sink) }
        return (subject, verb)
    }
}
