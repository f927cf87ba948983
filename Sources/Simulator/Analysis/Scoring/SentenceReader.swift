/// Reads one sentence's tokens once and turns them into a `SentenceReading`: the cues voting
/// for each part (with their weights from `CueWeights`) and the evidence for the answer-level
/// findings (ownership, metrics, hypothetical framing, data, lessons, disagreement, filler,
/// principle phrases).
///
/// The grammar it knows is small and on purpose: subject pronouns ("I", "we") and the verb
/// that follows them (skipping a couple of adverbs), past forms (listed irregulars and "-ed"),
/// "was/were + -ing" and "had + participle" for background, "was/were + outcome word" for
/// passive outcomes, modal "would"/"will" and present forms after "I" for hypothetical or
/// generic telling, and the phrase lists of the lexicon.
struct SentenceReader {
    let base: UnsafePointer<UInt8>
    let lexicon: SignalLexicon
    /// Caller phrases per principle (tags as in `SignalLexicon.tag(of:)`).
    let extraPrinciples: PhraseTrie?
    /// Bit `tag` set when that principle's signals are wanted.
    let principleMask: UInt32

    private typealias Match = PhraseMatch

    /// Traits that some check in the word-level pass looks at.
    static let relevantTraits: WordTraits = [
        .iWord, .iSubject, .weWord, .weSubject, .team, .past, .actionPast, .changeVerb, .beVerbPast, .hadVerb,
        .presentState, .mentalVerb, .speechVerb, .outcomeWord, .resultNoun, .vaguePositive, .problemWord, .goalWord,
        .nowWord, .clauseOpener, .changeBase,
    ]

    func read(_ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>, bullet: Bool, into store: inout ReadingStore) -> SentenceReading {
        var r = SentenceReading()
        r.bullet = bullet
        r.cues = store.cues.count..<store.cues.count
        r.spans = store.spans.count..<store.spans.count
        r.metrics = store.metrics.count..<store.metrics.count
        r.hits = store.hits.count..<store.hits.count
        guard let firstToken = range.first else { return r }
        r.start = tokens[firstToken].start
        r.end = tokens[range.upperBound - 1].end
        let firstWord = range.first(where: { tokens[$0].kind != .punct })

        // Phrases.
        store.matches.removeAll(keepingCapacity: true)
        let hitsStart = store.hits.count
        lexicon.phrases.forEachMatch(in: tokens, range) { first, last, entry in
            if entry.tag >= SignalLexicon.principleTagBase {
                let tag = entry.tag - SignalLexicon.principleTagBase
                guard principleMask & (1 << UInt32(tag)) != 0 else { return }
                let span = ByteSpan(start: tokens[first].start, end: tokens[last].end)
                if store.hits[hitsStart...].contains(where: { $0.tag == tag && $0.span == span }) { return }
                store.hits.append(PrincipleHit(tag: tag, fromCaller: false, phrase: entry.phrase, span: span))
                return
            }
            let category = CueCategory(rawValue: entry.tag)!
            // Several listed forms can share a stem ("dashboard", "dashboards"): keep one.
            if store.matches.contains(where: { $0.category == category && $0.first == first && $0.last == last }) { return }
            store.matches.append(Match(category: category, first: first, last: last))
        }
        // The first match of each category, found once.
        let firstIndex: SIMD16<Int16> = {
            var index = SIMD16<Int16>(repeating: -1)
            for (i, m) in store.matches.enumerated() where index[Int(m.category.rawValue)] < 0 {
                index[Int(m.category.rawValue)] = Int16(truncatingIfNeeded: i)
            }
            return index
        }()
        func firstMatch(_ category: CueCategory) -> Match? {
            let i = firstIndex[Int(category.rawValue)]
            return i < 0 ? nil : store.matches[Int(i)]
        }
        func hasMatch(_ category: CueCategory) -> Bool { firstIndex[Int(category.rawValue)] >= 0 }
        func spanOf(_ m: Match) -> ByteSpan { ByteSpan(start: tokens[m.first].start, end: tokens[m.last].end) }
        func addCue(_ c: Cue) {
            store.cues.append(c)
            r.addEvidence(c.part, c.weight)
        }
        func cue(_ part: SentencePart, _ weight: Float, _ label: Cue.Label, _ first: Int, _ last: Int) {
            addCue(Cue(part: part, weight: weight, label: label, start: tokens[first].start, end: tokens[last].end))
        }
        func cue(_ part: SentencePart, _ weight: Float, _ label: Cue.Label, _ m: Match) { cue(part, weight, label, m.first, m.last) }
        func addSpan(_ kind: TaggedSpan.Kind, _ span: ByteSpan) { store.spans.append(TaggedSpan(kind: kind, span: span)) }

        if let extraPrinciples, principleMask != 0 {
            extraPrinciples.forEachMatch(in: tokens, range) { first, last, entry in
                guard principleMask & (1 << UInt32(entry.tag)) != 0 else { return }
                let span = ByteSpan(start: tokens[first].start, end: tokens[last].end)
                if store.hits[hitsStart...].contains(where: { $0.tag == entry.tag && $0.span == span }) { return }
                store.hits.append(PrincipleHit(tag: entry.tag, fromCaller: true, phrase: entry.phrase, span: span))
            }
        }

        // Word-level pass.
        var metaWords = 0
        for m in store.matches where m.category == .meta { metaWords += m.last - m.first + 1 }
        let statedGoal = hasMatch(.ownedGoal) || hasMatch(.sharedGoal)
        var reported = false        // a speech or thinking verb came earlier ("I told him I would")
        var sawPastVerb = false
        var hasChangeVerb = false
        var hasOutcomeWord = false
        var hasPresentState = false
        var nowToken: Int? = nil
        var problemToken: Int? = nil
        var goalToken: Int? = nil
        var outcomeToken: Int? = nil
        var resultNounToken: Int? = nil
        var plannedAction = false
        /// "our rating dropped": a change nobody in the story made.
        var impersonalChange = false
        /// "had doubled", "had been": an earlier event, background.
        var pluperfect = false
        /// "to cut costs by 20%": an aim, so its numbers are targets.
        var aim = false
        /// Where a "because" clause starts: reasons are background, so outcomes in them count half.
        var reasonStart: Int? = nil
        /// Where a subordinate clause starts mid-sentence ("because", "although", "while"):
        /// cues inside it count half, the main clause decides.
        var subordinateStart: Int? = nil
        var vaguePositiveToken: Int? = nil
        var pastStateDone = false
        var backgroundDone = false
        var hasISubject = false
        var pastActionVerbs = 0
        var firstPersonCueDone = false
        var weCueDone = false

        func isPast(_ t: Token) -> Bool {
            t.kind == .word && (t.traits.contains(.past) || (t.flags.contains(.edSuffix) && !t.traits.contains(.notPast)))
        }
        func nextWord(after k: Int, skipping: Int = 2) -> Int? {
            var j = k + 1
            var skipped = 0
            while j < range.upperBound {
                let t = tokens[j]
                if t.kind == .punct {
                    if t.mark == PunctMark.comma || PunctMark.isDash(t.mark) { j += 1; continue }
                    return nil
                }
                if skipped < skipping && (t.traits.contains(.softAdverb) || t.traits.contains(.genericAdverb)
                    || (t.flags.contains(.lySuffix) && !t.traits.contains(.past))) {
                    skipped += 1; j += 1; continue
                }
                return j
            }
            return nil
        }
        func previousWord(before k: Int) -> Int? {
            var j = k - 1
            while j >= range.lowerBound {
                let t = tokens[j]
                if t.kind == .punct { return nil }
                if t.traits.contains(.softAdverb) || t.flags.contains(.lySuffix) { j -= 1; continue }
                return j
            }
            return nil
        }
        func markHypothetical(_ first: Int, _ last: Int) {
            if !r.hypothetical {
                r.hypothetical = true
                r.hypotheticalSpan = ByteSpan(start: tokens[first].start, end: tokens[last].end)
            }
        }

        var k = range.lowerBound
        while k < range.upperBound {
            let t = tokens[k]
            defer { k += 1 }
            if t.kind == .punct { continue }
            let traits = t.traits
            if !t.flags.contains(.hyphenJoined) {
                r.words += 1
                if !traits.contains(.stopword) && !traits.contains(.vagueWord) { r.contentWords += 1 }
            }
            if k != firstWord && t.flags.contains(.capitalized) && !traits.contains(.iSubject) && !traits.hasLabel
                && t.kind == .word, let p = k > range.lowerBound ? tokens[k - 1] : nil,
               !(p.kind == .punct && (PunctMark.isTerminator(p.mark) || p.mark == PunctMark.colon || p.mark == PunctMark.doubleQuote
                   || p.mark == PunctMark.openCurlyQuote)) {
                r.properNouns += 1
            }

            // Most words (nouns, adjectives, function words) trigger nothing below: skip the checks.
            if traits.isDisjoint(with: SentenceReader.relevantTraits) && !t.flags.contains(.edSuffix) && t.kind == .word { continue }

            // Ownership words.
            let nextIsTeam = k + 1 < range.upperBound && tokens[k + 1].traits.contains(.team)
            if traits.contains(.iWord) && !(nextIsTeam && t.hash == Words.my) {
                r.iCount += 1
                addSpan(.ownership, ByteSpan(start: t.start, end: t.end))
            }
            if traits.contains(.weWord) && !(nextIsTeam && t.hash == Words.our) {
                r.weCount += 1
                addSpan(.ownership, ByteSpan(start: t.start, end: t.end))
            }
            if traits.contains(.team), k > range.lowerBound {
                let p = tokens[k - 1]
                if p.hash == Words.the || p.hash == Words.my || p.hash == Words.our {
                    r.weCount += 1
                    addSpan(.ownership, ByteSpan(start: p.start, end: t.end))
                    // "the team rebuilt...": the team as the subject of a past verb.
                    if let v = nextWord(after: k), isPast(tokens[v]) { r.weSubjects += 1 }
                }
            }

            // The first half of a hyphenated compound ("cut-off", "set-up", "roll-out") is part of
            // a noun, not a verb; second halves stay verbs ("re-wrote", "co-led").
            let compoundHead = k + 1 < range.upperBound && tokens[k + 1].flags.contains(.hyphenJoined)
            let past = isPast(t) && !compoundHead
            if past {
                r.pastVerbs += 1
                if traits.contains(.actionPast) { pastActionVerbs += 1 }
            }
            if traits.contains(.speechVerb) || (traits.contains(.mentalVerb) && past) { reported = true }
            if traits.contains(.changeVerb) && past {
                // Who changed? "latency dropped" is an outcome; "I cut" is mostly an action.
                let p = previousWord(before: k)
                let pt = p.map { tokens[$0] }
                if let pt, pt.hash == Words.to { /* "to reduce": an aim */ }
                else if let pt, pt.traits.contains(.hadVerb) {
                    // "had cut": an earlier event, background to the story.
                    pluperfect = true
                    if !backgroundDone { backgroundDone = true; cue(.situation, CueWeights.background, .background, p!, k) }
                }
                else if let pt, pt.traits.contains(.iSubject) { /* scored with the subject */ }
                else if let pt, hasISubject, pt.hash == Words.and || pt.hash == Words.then || pt.traits.contains(.splitBut) {
                    // "I traced it and shortened it": coordinated verbs share the subject "I".
                    hasChangeVerb = true
                    cue(.action, CueWeights.changeByMeAction, .actionVerb, k, k)
                    cue(.result, CueWeights.changeByMeResult, .changeVerb, k, k)
                }
                else if let pt, pt.traits.contains(.weSubject) {
                    hasChangeVerb = true
                    cue(.result, CueWeights.weChange, .changeVerb, k, k)
                } else {
                    hasChangeVerb = true
                    impersonalChange = true
                    cue(.result, CueWeights.impersonalChange * (reasonStart.map { $0 < k } == true ? 0.5 : 1), .changeVerb, k, k)
                }
            }
            if t.hash == Words.because && reasonStart == nil { reasonStart = k }
            if traits.contains(.changeBase), k > range.lowerBound, tokens[k - 1].hash == Words.to { aim = true }
            if subordinateStart == nil, traits.contains(.clauseOpener) {
                // Mid-sentence, or opening the sentence before a comma ("When I joined, ...").
                if k != firstWord || tokens[k..<range.upperBound].contains(where: { $0.kind == .punct && $0.mark == PunctMark.comma }) {
                    subordinateStart = k
                }
            }
            if traits.contains(.outcomeWord) && outcomeToken == nil { outcomeToken = k }
            if traits.contains(.resultNoun) && resultNounToken == nil { resultNounToken = k }
            if traits.contains(.vaguePositive) && vaguePositiveToken == nil { vaguePositiveToken = k }
            if traits.contains(.problemWord) && problemToken == nil { problemToken = k }
            if traits.contains(.goalWord) && goalToken == nil { goalToken = k }
            if traits.contains(.nowWord) && nowToken == nil { nowToken = k }
            if traits.contains(.presentState) { hasPresentState = true }

            // A year: "in 2022".
            if t.kind == .number && t.length == 4 && !t.flags.contains(.numberSuffix) && isYear(t) {
                var first = k
                if let p = k > range.lowerBound ? tokens[k - 1] : nil,
                   p.hash == Words.in || p.hash == Words.since || p.hash == Words.during || p.traits.contains(.periodWord) {
                    first = k - 1
                }
                r.hasTimeAnchor = true
                cue(.situation, CueWeights.timeAnchor, .timeAnchor, first, k)
            }

            // Background without a first-person subject: "customers were complaining", "it had been".
            if (traits.contains(.beVerbPast) || traits.contains(.hadVerb)) && !traits.contains(.iSubject) && !traits.contains(.weSubject) {
                let p = previousWord(before: k)
                let subjectIsMe = p.map { tokens[$0].traits.contains(.iSubject) || tokens[$0].traits.contains(.weSubject) } ?? false
                if !subjectIsMe, let n = nextWord(after: k) {
                    let nt = tokens[n]
                    if traits.contains(.beVerbPast) && nt.flags.contains(.ingSuffix) && !traits.contains(.hadVerb) {
                        if !backgroundDone { backgroundDone = true; cue(.situation, CueWeights.background, .background, k, n) }
                    } else if traits.contains(.hadVerb) && (nt.hash == Words.been || nt.traits.contains(.participle) || isPast(nt)) {
                        pluperfect = true
                        if !backgroundDone { backgroundDone = true; cue(.situation, CueWeights.background, .background, k, n) }
                    } else if traits.contains(.beVerbPast) && (nt.traits.contains(.outcomeWord) || Words.passiveResult.contains(nt.hash))
                                && !nt.traits.contains(.problemWord) {
                        hasOutcomeWord = true
                        cue(.result, CueWeights.passiveOutcome, .outcomeWord, k, n)
                    } else if traits.contains(.hadVerb) && nt.hash == Words.to {
                        // "the fix had to ship": an obligation, left to the goal phrases.
                    } else if traits.contains(.beVerbPast) && nt.hash == Words.to {
                        guard !statedGoal && !r.ownedGoal && !r.sharedGoal else { continue }
                        // "my job was to", "the plan was to": a goal stated as a plan.
                        let mine = (range.lowerBound..<k).contains { tokens[$0].hash == Words.my }
                        if mine { r.ownedGoal = true } else { r.sharedGoal = true }
                        cue(.task, mine ? CueWeights.ownedGoal : CueWeights.sharedGoal, .goalPhrase, k, n)
                    } else if traits.contains(.beVerbPast) && Words.passiveGoal.contains(nt.hash) {
                        // "the team was asked to": an obligation, left to the goal phrases.
                    } else if !pastStateDone {
                        pastStateDone = true
                        cue(.situation, CueWeights.pastState, .pastState, k, k)
                    }
                }
            }

            // First-person subject and its verb.
            if traits.contains(.iSubject) || traits.contains(.weSubject) {
                let isI = traits.contains(.iSubject)
                if isI { hasISubject = true; r.iSubjects += 1 } else { r.weSubjects += 1 }
                readSubject(at: k, isI: isI)
            }
        }

        func readSubject(at k: Int, isI: Bool) {
            let t = tokens[k]
            let h = t.hash
            func subjectCue() {
                if isI {
                    if !firstPersonCueDone { firstPersonCueDone = true; cue(.action, CueWeights.firstPersonSubject, .firstPersonSubject, k, k) }
                } else if !weCueDone {
                    weCueDone = true
                    cue(.action, CueWeights.weSubject, .weSubject, k, k)
                }
            }
            // Contractions carry their auxiliary.
            if h == Words.iD || h == Words.weD {
                guard let v = nextWord(after: k) else { return }
                let vt = tokens[v]
                if vt.traits.contains(.participle) || vt.flags.contains(.edSuffix) {
                    if !backgroundDone { backgroundDone = true; cue(.situation, CueWeights.background, .background, k, v) }
                } else if vt.hash != Words.have && !reported {
                    markHypothetical(k, v)
                    if vt.traits.contains(.actionBase) { plannedAction = true; subjectCue(); cue(.action, CueWeights.plannedAction, .plannedAction, k, v) }
                }
                return
            }
            if t.traits.contains(.future) {
                if !reported, let v = nextWord(after: k) {
                    markHypothetical(k, v)
                    if tokens[v].traits.contains(.actionBase) { plannedAction = true; subjectCue(); cue(.action, CueWeights.plannedAction, .plannedAction, k, v) }
                }
                return
            }
            if h == Words.iM || h == Words.weRe {
                if let v = nextWord(after: k), tokens[v].hash == Words.going { markHypothetical(k, v); return }
                hasPresentState = true
                return
            }
            if h == Words.iVe || h == Words.weVe { return }
            guard let v = nextWord(after: k) else { return }
            let vt = tokens[v]
            let generic = (k + 1 < v) && (k + 1..<v).contains { tokens[$0].traits.contains(.genericAdverb) }
            if vt.traits.contains(.would) {
                if let w = nextWord(after: v, skipping: 2), tokens[w].hash != Words.have, !reported {
                    markHypothetical(k, w)
                    if tokens[w].traits.contains(.actionBase) { plannedAction = true; subjectCue(); cue(.action, CueWeights.plannedAction, .plannedAction, k, w) }
                }
                return
            }
            if vt.traits.contains(.future) || vt.hash == Words.going {
                if !reported, vt.hash != Words.going || (nextWord(after: v).map { tokens[$0].hash == Words.to } ?? false) {
                    markHypothetical(k, v)
                }
                return
            }
            if vt.traits.contains(.beVerbPast) {
                guard let w = nextWord(after: v) else {
                    if !pastStateDone { pastStateDone = true; cue(.situation, CueWeights.pastState, .pastState, v, v) }
                    return
                }
                let wt = tokens[w]
                if wt.flags.contains(.ingSuffix) && !wt.traits.contains(.past) {
                    if !backgroundDone { backgroundDone = true; cue(.situation, CueWeights.background, .background, v, w) }
                } else if isI && Words.passiveResult.contains(wt.hash) {
                    hasOutcomeWord = true
                    cue(.result, CueWeights.passiveResultForMe, .outcomeWord, k, w)
                } else if wt.hash == Words.able {
                    cue(.action, CueWeights.ableAction, .pastVerb, k, w)
                    cue(.result, CueWeights.ableResult, .outcomeWord, k, w)
                } else if Words.passiveGoal.contains(wt.hash) {
                    // Obligation: the goal phrases score it.
                } else if !pastStateDone {
                    pastStateDone = true
                    cue(.situation, CueWeights.pastState, .pastState, v, w)
                }
                return
            }
            if vt.traits.contains(.hadVerb) {
                guard let w = nextWord(after: v) else { return }
                let wt = tokens[w]
                if wt.hash == Words.to { return }  // "I had to": a goal phrase
                // "I had two weeks to...", "we had until Friday to...": a goal with a deadline.
                if !statedGoal && !r.ownedGoal && !r.sharedGoal {
                    var j = w
                    var sawTime = false
                    while j < min(range.upperBound, w + 5) {
                        let jt = tokens[j]
                        if jt.traits.contains(.timeUnit) || jt.traits.contains(.periodWord) || Words.until == jt.hash { sawTime = true }
                        if jt.hash == Words.to && sawTime {
                            if isI { r.ownedGoal = true } else { r.sharedGoal = true }
                            cue(.task, isI ? CueWeights.ownedGoal : CueWeights.sharedGoal, .goalPhrase, k, j)
                            return
                        }
                        if jt.kind == .punct { break }
                        j += 1
                    }
                }
                if wt.hash == Words.been || wt.traits.contains(.participle) || (wt.flags.contains(.edSuffix) && !wt.traits.contains(.notPast)) {
                    pluperfect = true
                    if !backgroundDone { backgroundDone = true; cue(.situation, CueWeights.background, .background, v, w) }
                } else if !pastStateDone {
                    pastStateDone = true
                    cue(.situation, CueWeights.pastState, .pastState, v, v)
                }
                return
            }
            if vt.traits.contains(.presentState) {
                hasPresentState = true
                return
            }
            if isPast(vt) {
                sawPastVerb = true
                if vt.traits.contains(.speechVerb) {
                    subjectCue()
                    cue(.action, isI ? CueWeights.firstPersonCommunication : CueWeights.wePastVerb, .communication, v, v)
                    if isI { r.firstPersonActions += 1; r.firstPersonPast += 1 }
                    return
                }
                if vt.traits.contains(.discoveryVerb) {
                    subjectCue()
                    cue(.action, isI ? CueWeights.firstPersonPastVerb : CueWeights.wePastVerb, .pastVerb, v, v)
                    if isI { r.firstPersonPast += 1 }
                    return
                }
                if vt.traits.contains(.mentalVerb) && !vt.traits.contains(.actionPast) {
                    cue(.action, CueWeights.thinkingAction, .thinking, v, v)
                    cue(.situation, CueWeights.thinkingSituation, .thinking, v, v)
                    return
                }
                if vt.traits.contains(.changeVerb) && !vt.traits.contains(.actionPast) {
                    subjectCue()
                    hasChangeVerb = true
                    cue(.action, isI ? CueWeights.changeByMeAction : CueWeights.wePastVerb, .actionVerb, v, v)
                    cue(.result, isI ? CueWeights.changeByMeResult : CueWeights.weChange, .changeVerb, v, v)
                    if isI { r.firstPersonActions += 1; r.firstPersonPast += 1 }
                    return
                }
                if Words.roleVerbs.contains(vt.hash), let noun = (v + 1..<min(range.upperBound, v + 6)).first(where: {
                    tokens[$0].traits.contains(.team) || Words.roleNouns.contains(tokens[$0].hash)
                }) {
                    // "I led the pricing team", "I managed a store": a role, which sets the scene.
                    r.hasContext = true
                    cue(.situation, CueWeights.contextPhrase, .contextPhrase, k, noun)
                    return
                }
                subjectCue()
                if vt.traits.contains(.actionPast) {
                    cue(.action, isI ? CueWeights.firstPersonActionVerb : CueWeights.weActionVerb, .actionVerb, v, v)
                    if isI { r.firstPersonActions += 1 }
                } else {
                    cue(.action, isI ? CueWeights.firstPersonPastVerb : CueWeights.wePastVerb, .pastVerb, v, v)
                }
                if isI { r.firstPersonPast += 1 }
                if vt.traits.contains(.outcomeWord) {
                    // "we launched", "I delivered": finishing is an outcome as much as a step.
                    hasOutcomeWord = true
                    cue(.result, isI ? CueWeights.outcomeVerbByMe : CueWeights.outcomeVerbByUs, .outcomeWord, v, v)
                }
                return
            }
            if vt.traits.contains(.actionBase) || generic {
                // "I talk to the customer", "I usually start by": present habits, not a story.
                if !reported && !vt.traits.contains(.mentalVerb) {
                    markHypothetical(k, v)
                    if vt.traits.contains(.actionBase) {
                        plannedAction = true; subjectCue(); cue(.action, CueWeights.plannedAction, .plannedAction, k, v)
                    } else if !plannedAction {
                        plannedAction = true; subjectCue(); cue(.action, CueWeights.genericAction, .plannedAction, k, v)
                    }
                }
            }
        }

        // Subjectless action, typical of bullets: "Rewrote the cache layer."
        if let f = firstWord {
            let ft = tokens[f]
            if (isPast(ft) && ft.traits.contains(.actionPast) && !ft.traits.contains(.mentalVerb))
                || (bullet && ft.traits.contains(.actionBase) && !ft.traits.contains(.mentalVerb)) {
                r.subjectlessAction = true
                r.firstPersonActions += 1
                r.iSubjects += 1
                cue(.action, CueWeights.subjectlessAction, .actionVerb, f, f)
            } else if ft.traits.hasLabel, f + 1 < range.upperBound, tokens[f + 1].kind == .punct, tokens[f + 1].mark == PunctMark.colon {
                let part: SentencePart = ft.traits.contains(.labelSituation) ? .situation
                    : ft.traits.contains(.labelTask) ? .task : ft.traits.contains(.labelAction) ? .action : .result
                cue(part, CueWeights.label, .label, f, f)
            } else if ft.traits.contains(.resultConnector) {
                if ft.hash == Words.finally {
                    cue(.action, CueWeights.finallyEach, .sequence, f, f)
                    cue(.result, CueWeights.finallyEach, .outcomeConnective, f, f)
                } else {
                    cue(.result, CueWeights.outcomeConnective, .outcomeConnective, f, f)
                }
            } else if ft.traits.contains(.sequencer) {
                cue(.action, CueWeights.sequenceWord, .sequence, f, f)
            }
        }
        if pastActionVerbs > 0 && !hasISubject && !r.subjectlessAction && r.firstPersonActions == 0 && r.evidence.2 == 0 {
            // An action verb with someone else as subject, or an elided subject mid-sentence.
            if let a = (range.lowerBound..<range.upperBound).first(where: { tokens[$0].traits.contains(.actionPast) }) {
                cue(.action, CueWeights.looseActionVerb, .actionVerb, a, a)
            }
        }
        r.pastVerbs = max(r.pastVerbs, sawPastVerb ? 1 : 0)
        if hasISubject && pastActionVerbs > r.firstPersonActions { r.firstPersonActions = min(pastActionVerbs, 3) }

        // Phrase cues, once per category.
        let hadGoal = r.ownedGoal || r.sharedGoal
        if let m = firstMatch(.ownedGoal) {
            if !r.ownedGoal { cue(.task, CueWeights.ownedGoal - (hadGoal ? CueWeights.sharedGoal : 0), .goalPhrase, m) }
            r.ownedGoal = true
        } else if let m = firstMatch(.sharedGoal) {
            if !hadGoal { cue(.task, CueWeights.sharedGoal, .goalPhrase, m) }
            r.sharedGoal = true
        } else if let g = goalToken, !hadGoal {
            cue(.task, CueWeights.goalWord, .goalWord, g, g)
        }
        if let m = store.matches.first(where: { s in
            s.category == .situation && !store.matches.contains {
                ($0.category == .ownedGoal || $0.category == .sharedGoal) && $0.first <= s.last && s.first <= $0.last
            }
        }) {
            r.hasContext = true
            cue(.situation, CueWeights.contextPhrase, .contextPhrase, m)
        }
        if let m = firstMatch(.timeAnchor), !r.hasTimeAnchor {
            r.hasTimeAnchor = true
            cue(.situation, CueWeights.timeAnchor, .timeAnchor, m)
        }
        if let p = problemToken, r.firstPersonActions == 0, !plannedAction {
            r.hasProblem = true
            cue(.situation, CueWeights.problemWord, .problem, p, p)
        }
        if hasPresentState && !r.hypothetical {
            if let n = nowToken {
                cue(.result, CueWeights.presentAfter, .presentState, n, n)
            } else if let f = firstWord, r.evidence.2 < 1 {
                cue(.situation, CueWeights.presentContext, .presentState, f, f)
            }
        }
        if let m = firstMatch(.outcome) {
            r.concreteOutcome = true
            cue(.result, CueWeights.outcomePhrase, .outcomePhrase, m)
        }
        if let m = firstMatch(.vagueOutcome) {
            r.vagueOutcome = true
            cue(.result, CueWeights.vagueOutcomePhrase, .vagueOutcome, m)
        } else if let v = vaguePositiveToken, r.evidence.3 == 0 {
            r.vagueOutcome = true
            cue(.result, CueWeights.vaguePositiveWord, .vagueOutcome, v, v)
        }
        if let o = outcomeToken, !hasOutcomeWord {
            let ot = tokens[o]
            let mine = previousWord(before: o).map { tokens[$0].traits.contains(.iSubject) } ?? false
            if !mine && !ot.traits.contains(.problemWord) {
                hasOutcomeWord = true
                cue(.result, CueWeights.outcomeWord, .outcomeWord, o, o)
            }
        }
        if let n = resultNounToken, !hasOutcomeWord, r.evidence.3 == 0 {
            cue(.result, CueWeights.resultNoun, .outcomeWord, n, n)
        }
        if let m = firstMatch(.lesson) {
            r.lesson = true
            cue(.result, CueWeights.lesson, .lesson, m)
            r.hypothetical = false
            r.hypotheticalSpan = ByteSpan(start: 0, end: 0)
        }
        if let m = firstMatch(.generic), !r.lesson, !reported {
            markHypothetical(m.first, m.last)
            if !plannedAction { plannedAction = true; cue(.action, CueWeights.genericAction, .plannedAction, m) }
        }
        if let m = firstMatch(.actionPhrase) {
            cue(.action, CueWeights.actionPhrase, .actionPhrase, m)
        }
        if let m = firstMatch(.data) {
            cue(.action, CueWeights.dataAction, .data, m)
        }
        if let m = firstMatch(.disagreement) {
            cue(.action, CueWeights.pushback, .actionPhrase, m)
        }
        for m in store.matches {
            switch m.category {
            case .lesson: addSpan(.lesson, spanOf(m))
            case .data: addSpan(.data, spanOf(m))
            case .disagreement: addSpan(.disagreement, spanOf(m))
            case .commitment: addSpan(.commitment, spanOf(m))
            case .vagueFiller:
                let supported = isSupported(tokens, after: m.last, range: range)
                if !supported { r.unsupportedFiller = true }
                addSpan(supported ? .fillerSupported : .fillerUnsupported, spanOf(m))
            default: break
            }
        }

        // Metrics.
        store.metricSpans.removeAll(keepingCapacity: true)
        MetricScanner.scan(tokens, range, base: base, into: &store.metricSpans)
        let outcomeContext = hasChangeVerb
        var strongestMetric: (Float, Cue.Label, Int, Int)? = nil
        for s in store.metricSpans {
            let before = s.first > range.lowerBound ? tokens[s.first - 1].hash : 0
            let changeWord = before == Words.by || before == Words.to || before == Words.from || before == Words.down
                || before == Words.up || before == Words.under || before == Words.over
            let isChange = s.kind == .range || s.kind == .multiplier || changeWord || outcomeContext
            store.metrics.append(MetricFinding(span: ByteSpan(start: tokens[s.first].start, end: tokens[s.last].end), kind: s.kind, isChange: isChange))
            var weight: Float
            let label: Cue.Label
            switch (s.kind.isStrong, s.kind == .bare) {
            case (true, _): weight = isChange ? CueWeights.strongMetricChange : CueWeights.strongMetric; label = .metric
            case (false, true): weight = isChange ? CueWeights.bareChange : CueWeights.bare; label = .quantity
            case (false, false): weight = isChange ? CueWeights.quantityChange : CueWeights.quantity; label = .quantity
            }
            if let reasonStart, reasonStart < s.first { weight *= 0.5 }
            // A number in a stated goal or an aim is a target ("to cut costs by 20%"), not an
            // outcome; in background ("had doubled") it is history.
            if statedGoal || r.ownedGoal || r.sharedGoal || aim || pluperfect { weight *= 0.5 }
            if strongestMetric == nil || weight > strongestMetric!.0 { strongestMetric = (weight, label, s.first, s.last) }
        }
        if let (weight, label, first, last) = strongestMetric {
            cue(.result, weight, label, first, last)
            if weight >= CueWeights.quantityChange { r.concreteOutcome = true }
        }
        if hasChangeVerb || hasOutcomeWord { r.concreteOutcome = true }

        // A change nobody in the story made, dated in the past ("last winter our rating dropped"),
        // is the state of things before the story: its outcome cues count half.
        if impersonalChange && r.hasTimeAnchor {
            r.evidence = (0, 0, 0, 0, 0)
            for i in r.cues.lowerBound..<store.cues.count {
                let label = store.cues[i].label
                if store.cues[i].part == .result && (label == .changeVerb || label == .metric || label == .quantity) {
                    store.cues[i].weight *= 0.5
                }
                r.addEvidence(store.cues[i].part, store.cues[i].weight)
            }
        }

        // The main clause decides: cues inside a mid-sentence subordinate clause count half. The
        // clause runs from its conjunction to the next comma, semicolon or dash, or to the end.
        if let s = subordinateStart {
            let from = tokens[s].start
            var until = Int.max
            var j = s + 1
            while j < range.upperBound {
                let t = tokens[j]
                if t.kind == .punct && (t.mark == PunctMark.comma || t.mark == PunctMark.semicolon || PunctMark.isDash(t.mark)) {
                    until = t.start
                    break
                }
                j += 1
            }
            r.evidence = (0, 0, 0, 0, 0)
            for i in r.cues.lowerBound..<store.cues.count {
                // Backgrounding is itself scene-setting: situation cues keep their weight.
                if store.cues[i].start >= from && store.cues[i].start < until && store.cues[i].part != .situation {
                    store.cues[i].weight *= 0.5
                }
                r.addEvidence(store.cues[i].part, store.cues[i].weight)
            }
        }

        // Talk about the answer itself.
        let metricCount = store.metrics.count - r.metrics.lowerBound
        if let m = store.matches.first(where: { $0.category == .meta && ($0.last > $0.first || $0.first == firstWord) }),
           r.contentWords - metaWords <= 3 {
            cue(.none, CueWeights.meta, .meta, m)
            r.isMeta = true
        } else if let m = firstMatch(.opinion), m.first <= (firstWord ?? 0) + 2,
                  r.pastVerbs == 0, !plannedAction, !r.lesson {
            // A present-tense opinion is a claim, not a part of the story.
            cue(.none, CueWeights.opinion, .opinion, m)
        } else if r.words <= 2 && r.evidence.0 + r.evidence.1 + r.evidence.2 + r.evidence.3 <= 0 && metricCount == 0 {
            addCue(Cue(part: .none, weight: CueWeights.fragment, label: .fragment, start: r.start, end: r.end))
            r.isMeta = true
        }
        r.plannedAction = plannedAction
        r.cues = r.cues.lowerBound..<store.cues.count
        r.spans = r.spans.lowerBound..<store.spans.count
        r.metrics = r.metrics.lowerBound..<store.metrics.count
        r.hits = r.hits.lowerBound..<store.hits.count
        return r
    }

    /// Whether the words after a filler phrase name something concrete: a number, a name, or
    /// at least three content words that are not filler themselves.
    private func isSupported(_ tokens: UnsafeBufferPointer<Token>, after last: Int, range: Range<Int>) -> Bool {
        var content = 0
        var j = last + 1
        while j < range.upperBound {
            let t = tokens[j]
            j += 1
            if t.kind == .punct { continue }
            if t.kind == .number || t.flags.contains(.hasDigit) { return true }
            if t.flags.contains(.capitalized) && !t.traits.contains(.iSubject) { return true }
            if !t.traits.contains(.stopword) && !t.traits.contains(.vagueWord) && !t.traits.contains(.vaguePositive) {
                content += 1
                if content >= 3 { return true }
            }
        }
        return false
    }

    private func isYear(_ t: Token) -> Bool {
        var value = 0
        for k in t.start..<t.end {
            let b = base[k]
            guard b >= 0x30 && b <= 0x39 else { return false }
            value = value * 10 + Int(b - 0x30)
        }
        return value >= 1950 && value <= 2099
    }
}
