/// The main clause's subject (I / we / another person / a thing / none) and the class of its
/// verb: tense and aspect (past action, past state, had, had to, modal, future, habitual, present,
/// mental, speech...). "When X came out I got curious" has its main clause after the comma.
enum SubjectVerbFeature {
    static let subjects = ["I", "we", "they", "other", "none"]
    static let verbs = ["action-past", "change-past", "past", "be-past", "had", "past-perfect", "mental-past", "mental", "speech",
                        "modal", "future", "habitual", "present", "base", "gerund", "none", "had-to"]

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
        base = verb("base"), gerund = verb("gerund"), noVerb = verb("none"), hadTo = verb("had-to")

    /// "I" and "we" (or "the team", "my team") as subjects of an action anywhere in the
    /// sentence, clause by clause: "We sat down, we mapped it and we found three gaps" is three
    /// "we" subjects. Only a subject whose verb is a step taken counts (a past action, a change,
    /// a past verb, something said or decided): "we had 60 pickers", "we were short", "we need
    /// 150 people", "if we could scan it" are not actions, so they say nothing about who acted.
    /// A sentence that opens with a step and no subject ("Rewrote the query") counts one "I".
    static func subjectCounts(_ view: SentenceView) -> (i: Int, we: Int) {
        var i = 0, we = 0
        // A step with no subject, as bullet lists and terse replies tell them ("Moved our
        // Postgres to a smaller instance", "Rang the carrier"), is the speaker's own.
        if view.count > 1, stepVerbs & (1 << UInt32(verbClass(at: 0, in: view, clauseStart: 0))) != 0 { i += 1 }
        for w in 0..<view.count {
            let t = view.token(w)
            let isI = t.has(.iSubject)
            let isWe = !isI && (t.has(.weSubject)
                || (t.has(.team) && w > 0 && teamOwners.contains(view.hashes[w - 1]) && !(w + 1 < view.count && view.token(w + 1).has(.iSubject))))
            guard isI || isWe, actsAfter(w, in: view) else { continue }
            if isI { i += 1 } else { we += 1 }
        }
        return (i, we)
    }
    /// Whether the sentence says what would have been done at a time that is past ("I'd have
    /// called her first", "I should have asked"): a judgement on one real event, not a
    /// hypothetical story, so it does not make the answer hypothetical.
    static func isCounterfactualPast(_ view: SentenceView) -> Bool {
        guard view.count > 1 else { return false }
        for w in 0..<(view.count - 1) where view.token(w).has(.would) || modals.contains(view.hashes[w]) {
            if view.hashes[w + 1] == have || (w + 2 < view.count && view.hashes[w + 2] == have && view.token(w + 1).flags.contains(.lySuffix)) { return true }
        }
        return false
    }
    private static let have = WordHash.hash("have")

    private static let teamOwners = HashTable(set: ["the", "our", "my", "whole"].map { WordHash.hash($0) })

    /// The verb classes of a step taken (for ownership): what a subject did, said or decided.
    private static let stepVerbs: UInt32 = [actionPast, changePast, past, speech, mentalPast].reduce(0) { $0 | 1 << UInt32($1) }

    /// Whether the subject at word `w` is followed, within a few words, by a verb of a step taken
    /// ("I then rebuilt", "we quickly cut", "so I pull the logs"); a subject with a modal, "had",
    /// "was" or a present state verb ("we have", "we need") is not.
    private static func actsAfter(_ w: Int, in view: SentenceView) -> Bool {
        let t = view.token(w)
        // "we'd", "I'd": a modal or a past perfect in the pronoun itself.
        if t.has(.would) || modals.contains(view.hashes[w]) { return false }
        var k = w + 1
        while k < min(view.count, w + 4) {
            let verb = verbClass(at: k, in: view, clauseStart: -1)
            // The last part of a hyphenated word is the verb ("I re-run the report").
            while k + 1 < view.count && view.token(k + 1).flags.contains(.hyphenJoined) { k += 1 }
            if verb != noVerb { return stepVerbs & (1 << UInt32(verb)) != 0 }
            // A step told in the present, as a story is often told aloud ("so we write a new
            // email for each group", "I pull the logs"); only counted in action sentences.
            if view.token(k).has(.actionBase) { return true }
            guard view.token(k).flags.contains(.lySuffix) || adverbs.contains(view.hashes[k]) else { return false }
            k += 1
        }
        return false
    }
    private static let adverbs = HashTable(set: ["then", "also", "just", "all", "both", "never", "finally", "actually", "really", "first", "immediately", "eventually", "quickly", "even", "still", "together", "basically", "personally", "myself", "ourselves", "soon", "later", "again", "only", "initially"].map { WordHash.hash($0) })

    /// The class of the verb at word `w` (`noVerb` if it is not one); a bare verb counts only at
    /// `clauseStart` ("Rewrote the query").
    private static func verbClass(at w: Int, in view: SentenceView, clauseStart: Int) -> Int {
        // A hyphenated verb is read by its last part ("re-slotted", "double-checked", "re-ran").
        if w + 1 < view.count, view.token(w + 1).flags.contains(.hyphenJoined) {
            return verbClass(at: w + 1, in: view, clauseStart: clauseStart == w ? w + 1 : clauseStart)
        }
        let t = view.token(w)
        let h = view.hashes[w]
        if h == used, w + 1 < view.count, view.hashes[w + 1] == to { return habitual }
        if t.has(.genericAdverb) { return habitual }
        if t.has(.would) || modals.contains(h) { return modal }
        if t.has(.future) { return future }
        // "I had to" is an obligation (often the task), not a possession or a past perfect.
        if t.has(.hadVerb), w + 1 < view.count, view.hashes[w + 1] == to { return hadTo }
        if t.has(.hadVerb) { return w + 1 < view.count && view.token(w + 1).has(.participle) ? pastPerfect : had }
        if t.has(.beVerbPast) { return bePast }
        if t.has(.mentalVerb) { return t.has(.past) ? mentalPast : mental }
        if t.has(.speechVerb) { return speech }
        if t.has(.changeVerb) { return changePast }
        if t.has(.actionPast) { return actionPast }
        if t.has(.past) || (t.flags.contains(.edSuffix) && !t.has(.notPast)) { return past }
        if t.has(.presentState) { return present }
        if t.has(.actionBase) && w == clauseStart { return base }
        return noVerb
    }

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
            let found = verbClass(at: w, in: view, clauseStart: clauseStart)
            if found != noVerb { verb = found; verbAt = w; break }
            if view.token(w).flags.contains(.ingSuffix) && gerundAt < 0 { gerundAt = w }
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
