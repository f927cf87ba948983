/// The main clause's subject (I / we / another person / a thing / none) and the class of its
/// verb: tense and aspect (past action, past state, had, modal, future, habitual, present,
/// mental, speech...). "When X came out I got curious" has its main clause after the comma.
enum SubjectVerbFeature {
    static let subjects = ["I", "we", "they", "other", "none"]
    static let verbs = ["action-past", "change-past", "past", "be-past", "had", "past-perfect", "mental-past", "mental", "speech",
                        "modal", "future", "habitual", "present", "base", "gerund", "none"]

    private static let modals: Set<UInt64> = Set(["could", "should", "might", "can", "may", "must", "would", "i'd", "we'd", "they'd", "you'd"].map { WordHash.hash($0) })
    private static let determiners: Set<UInt64> = Set(["the", "a", "an", "our", "my", "his", "her", "their", "this", "that", "one", "two", "most", "some", "every", "each"].map { WordHash.hash($0) })
    private static let used = WordHash.hash("used"), to = WordHash.hash("to"), you = WordHash.hash("you"), people = WordHash.hash("people")

    static func detect(_ view: SentenceView, lexicon: FeatureLexicon, into sink: inout FeatureSink) -> (subject: String, verb: String) {
        guard view.count > 0 else { return ("none", "none") }
        var clauseStart = 0
        if lexicon.subordinators.contains(view.hashes[0]) {
            sink.add("clause=subordinate-first", .clause, view.token(0).start, view.token(0).end)
            for w in 0..<(view.count - 1) where view.punctuation(after: w, is: PunctMark.comma) {
                clauseStart = w + 1
                break
            }
        }
        var subject = "none"
        var subjectAt = clauseStart
        for w in clauseStart..<min(view.count, clauseStart + 6) {
            let t = view.token(w)
            if t.has(.iSubject) { subject = "I" } else if t.has(.weSubject) { subject = "we" } else if t.has(.team) { subject = "we" }
            else if t.has(.thirdPerson) || view.hashes[w] == you || view.hashes[w] == people { subject = "they" }
            else if w == clauseStart, t.flags.contains(.capitalized) && w > 0 || determiners.contains(view.hashes[w]) { subject = "other" }
            if subject != "none" { subjectAt = w; break }
        }
        var verb = "none"
        let verbFrom = subject == "none" ? clauseStart : subjectAt + 1
        for w in verbFrom..<min(view.count, verbFrom + 5) {
            let t = view.token(w)
            let h = view.hashes[w]
            if h == used, w + 1 < view.count, view.hashes[w + 1] == to { verb = "habitual" }
            else if t.has(.genericAdverb) { verb = "habitual" }
            else if t.has(.would) || modals.contains(h) { verb = "modal" }
            else if t.has(.future) { verb = "future" }
            else if t.has(.hadVerb) { verb = w + 1 < view.count && view.token(w + 1).has(.participle) ? "past-perfect" : "had" }
            else if t.has(.beVerbPast) { verb = "be-past" }
            else if t.has(.mentalVerb) { verb = t.has(.past) ? "mental-past" : "mental" }
            else if t.has(.speechVerb) { verb = "speech" }
            else if t.has(.changeVerb) { verb = "change-past" }
            else if t.has(.actionPast) { verb = "action-past" }
            else if t.has(.past) || (t.flags.contains(.edSuffix) && !t.has(.notPast)) { verb = "past" }
            else if t.has(.presentState) { verb = "present" }
            else if t.has(.actionBase) { verb = "base" }
            else if t.flags.contains(.ingSuffix) { verb = "gerund" }
            if verb != "none" {
                let (s, _) = view.span(subject == "none" ? w : subjectAt, w + 1)
                sink.add("sv=\(subject):\(verb)", .subjectVerb, s, view.token(w).end)
                break
            }
        }
        if verb == "none" { sink.add("sv=\(subject):none", .subjectVerb) }
        sink.add("subj=\(subject)", .subjectVerb)
        sink.add("verb=\(verb)", .subjectVerb)
        return (subject, verb)
    }
}
