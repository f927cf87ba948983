/// What the built-in lexicon knows about one exact lowercase word form: a bit set, so that a
/// token's traits come from a single table lookup and features test bits, not strings.
struct WordTraits: OptionSet, Hashable {
    let rawValue: UInt64
    init(rawValue: UInt64) { self.rawValue = rawValue }
    private init(_ bit: Int) { rawValue = 1 << UInt64(bit) }

    /// Whether every trait of `member` is here, as `OptionSet.contains` says, inlined: the
    /// readers ask it several times a word.
    @inline(__always)
    func contains(_ member: WordTraits) -> Bool { rawValue & member.rawValue == member.rawValue }

    // Pronouns and people.
    /// I, me, my, myself, mine and the I-contractions (ownership "I" count).
    static let iWord = WordTraits(0)
    /// I and its contractions as a subject.
    static let iSubject = WordTraits(1)
    /// we, our, us, ourselves, ours and the we-contractions (ownership "we" count).
    static let weWord = WordTraits(2)
    /// we and its contractions as a subject.
    static let weSubject = WordTraits(3)
    /// he, she, they, it and their forms, someone, everyone.
    static let thirdPerson = WordTraits(4)
    /// team, teams, squad: "the team" / "my team" count as "we".
    static let team = WordTraits(5)

    // Verbs.
    /// A past-tense form (irregular, or a listed regular form).
    static let past = WordTraits(6)
    /// The past form of a concrete action verb (migrated, wrote, called...).
    static let actionPast = WordTraits(7)
    /// The base or present form of a concrete action verb (migrate, write, call...).
    static let actionBase = WordTraits(8)
    /// A past verb of change, typical of outcomes (reduced, doubled, grew...).
    static let changeVerb = WordTraits(9)
    /// was, were.
    static let beVerbPast = WordTraits(10)
    /// had.
    static let hadVerb = WordTraits(11)
    /// is, are, am, has, have: present-tense state.
    static let presentState = WordTraits(12)
    /// Verbs of thinking and feeling (think, knew, felt...): never an action on their own.
    static let mentalVerb = WordTraits(13)
    /// would, and "'d" forms (checked further: "I'd finished" is "I had").
    static let would = WordTraits(14)
    /// will, shall and "'ll" forms.
    static let future = WordTraits(15)
    /// usually, always, typically...: habitual, generic telling.
    static let genericAdverb = WordTraits(16)
    /// Ends in "ed" but is not a past form (need, speed, hundred...).
    static let notPast = WordTraits(17)
    /// said, told, asked, explained: reported speech.
    static let speechVerb = WordTraits(18)
    /// A past participle that can follow "I'd" meaning "I had" (finished, been, done...).
    static let participle = WordTraits(19)

    // Nouns and adjectives.
    /// Trouble that sets a scene: outage, backlog, complaints, slow...
    static let problemWord = WordTraits(20)
    /// goal, objective, target, deadline...
    static let goalWord = WordTraits(21)
    /// Concrete outcomes: launched, adopted, promoted, renewed...
    static let outcomeWord = WordTraits(22)
    /// Vague praise: happy, pleased, great, smoothly...
    static let vaguePositive = WordTraits(23)
    /// Units of time (minutes, weeks, ms...).
    static let timeUnit = WordTraits(24)
    /// Units that make a count a measurement (users, tickets, engineers, stars...).
    static let countUnit = WordTraits(25)
    /// Spelled numbers (two, twelve, hundred...).
    static let numberWord = WordTraits(26)
    /// thousand, million, k, m, bn...
    static let magnitude = WordTraits(27)
    /// doubled, tripled, halved, twice...
    static let multiplierWord = WordTraits(28)
    /// percent, pct, percentage.
    static let percentWord = WordTraits(29)
    /// ago, yesterday, recently, previously...
    static let timeWord = WordTraits(30)
    /// year, quarter, month, summer...: with "last"/"that" they anchor a time.
    static let periodWord = WordTraits(31)
    /// Function words (for concreteness checks).
    static let stopword = WordTraits(32)
    /// Words that carry no concrete content in business talk (stakeholders, alignment...).
    static let vagueWord = WordTraits(33)
    /// first, then, next, finally...: the steps of an action.
    static let sequencer = WordTraits(34)
    /// ultimately, eventually, consequently...
    static let resultConnector = WordTraits(35)
    /// Explicit part labels typed by the candidate ("Situation:", "Result:").
    static let labelSituation = WordTraits(36)
    static let labelTask = WordTraits(37)
    static let labelAction = WordTraits(38)
    static let labelResult = WordTraits(39)
    /// not, never, didn't...
    static let negation = WordTraits(40)
    /// Words that cannot end a line of running text (and, the, to...): a line break after them
    /// continues the sentence.
    static let continuation = WordTraits(41)
    /// Abbreviations whose period never ends a sentence (e.g, i.e, mr, dr, vs, approx).
    static let abbreviation = WordTraits(42)
    /// Abbreviations whose period may end a sentence when a capital follows (etc, inc, ltd).
    static let abbreviationFinal = WordTraits(43)
    /// Long-run split points.
    static let splitAnd = WordTraits(44)
    static let splitThen = WordTraits(45)
    static let splitSo = WordTraits(46)
    static let splitWhich = WordTraits(47)
    static let splitBut = WordTraits(48)
    /// Adverbs that may stand between a subject and its verb ("I then called", "I also wrote").
    static let softAdverb = WordTraits(49)
    /// dollars, usd, euros, pounds.
    static let moneyWord = WordTraits(50)
    /// Words after which a number is a label, not a measurement (version, step, phase...).
    static let numberLabel = WordTraits(51)
    /// Words that start a reported clause or a subordinate clause (that, because, when, if...).
    static let subordinator = WordTraits(52)
    /// now, today, currently, still: the present after the story.
    static let nowWord = WordTraits(53)
    /// Words that mean "ratings" (stars, rating, nps, csat).
    static let ratingWord = WordTraits(54)
    /// Subject-like determiners for impersonal subjects (the, this, that, our...).
    static let determiner = WordTraits(55)
    /// result, outcome, impact, success: the word for an outcome, not an outcome.
    static let resultNoun = WordTraits(56)
    /// Conjunctions that open a subordinate clause mid-sentence (because, although, if...).
    static let clauseOpener = WordTraits(57)
    /// Verbs of finding out (noticed, realized, saw...): after "I", a step of an investigation.
    static let discoveryVerb = WordTraits(58)
    /// half, third, quarter, fifth, tenth and plurals: parts of fractions.
    static let fractionWord = WordTraits(59)
    /// Base forms of change verbs (reduce, cut, double...): after "to", an aim.
    static let changeBase = WordTraits(60)
}
