import InterviewScript
import Testing
@testable import Simulator

/// The interviewer weighs every reply: a dodge is pressed once, differently, then written down
/// as evaded; a hypothetical reply to a follow-up is no evidence; probing goes on to the cap
/// while gaps remain; declines at the close are not questions.
@Suite struct ListeningInterviewerTests {
    /// data/lexicon/depth-order.txt names depth kinds only, two or more for every principle.
    @Test func theDepthOrderFileNamesDepthKindsForEveryPrinciple() {
        let catalogue = LineCatalogue.embedded("depth-order")
        for principle in LeadershipPrinciple.allCases {
            let kinds = catalogue["principle.\(principle.rawValue)"]
            #expect(kinds.count >= 2, "\(principle.rawValue)")
            #expect(kinds.allSatisfy { ProbeKind(rawValue: $0)?.isDepth == true }, "\(principle.rawValue): \(kinds)")
        }
        for section in catalogue.sections where section.name.hasPrefix("persona.") {
            #expect(ProbeKind(rawValue: String(section.name.dropFirst("persona.".count)))?.isDepth == true, "\(section.name)")
            #expect(!section.lines.isEmpty)
        }
        #expect(catalogue.sections.allSatisfy { $0.name.hasPrefix("principle.") || $0.name.hasPrefix("persona.") })
    }

    @Test func aDodgeIsPressedOnceDifferentlyThenRecordedAsEvaded() {
        var engine = EngineFixtures.interviewer(loop: EngineFixtures.loopText(probing: "probing:\n  max-probes: 4"))
        _ = engine.handle(.start(at: 0))
        var effects = engine.handle(.answer("S T A I", at: 60))
        #expect(effects.probes == [.result])
        let first = effects.asked.last?.text
        // "It went well", as a dodge: pressed once more, in other words.
        effects = engine.handle(.answer("dodge r", at: 120))
        #expect(effects.probes == [.result])
        #expect(effects.asked.last?.text != first)
        #expect(effects.asked.last?.text.contains("Roughly") == true)
        let reasons = effects.records.compactMap { if case .probeAsked(_, _, _, _, let reason, _) = $0 { reason } else { nil } }
        #expect(reasons == ["the reply dodged the question; pressing once more"])
        // Dodged again: evaded, not asked a third time, and the result is still missing.
        effects = engine.handle(.answer("dodge r", at: 180))
        #expect(!effects.probes.contains(.result))
        var outcome = effects.outcomes.first
        while outcome == nil {
            effects = engine.handle(.answer("S T A I", at: 240))
            outcome = effects.outcomes.first
        }
        #expect(outcome?.evaded == [.result])
        #expect(outcome?.missing == [.result])
        #expect(outcome?.prompted.contains(.result) == false)
    }

    @Test func aHypotheticalReplyToAFollowUpIsPressedForTheRealTime() {
        var engine = EngineFixtures.interviewer()
        _ = engine.handle(.start(at: 0))
        _ = engine.handle(.answer("S T I", at: 60))
        // "I'd ask the senior devs": says what would happen, so the action is still missing.
        let effects = engine.handle(.answer("would A", at: 120))
        #expect(effects.probes == [.action])
        #expect(effects.asked.last?.text.contains("not in general") == true)
    }

    @Test func aReplyOfAWordIsPressedOnceWithTheFollowUpAskedAgain() {
        var engine = EngineFixtures.interviewer(loop: EngineFixtures.loopText(probing: "probing:\n  max-probes: 4"))
        _ = engine.handle(.start(at: 0))
        let followUp = engine.handle(.answer("S T A I", at: 60)).asked.last!
        var effects = engine.handle(.answer("Yes.", at: 120))
        #expect(effects.probes == [.result])
        #expect(effects.asked.last?.text == "Could you say a bit more than that? " + followUp.text)
        let reasons = effects.records.compactMap { if case .probeAsked(_, _, _, _, let reason, _) = $0 { reason } else { nil } }
        #expect(reasons == ["the reply was too short to answer it; pressing once more"])
        // The result, now told: no more asking for it.
        effects = engine.handle(.answer("R# I", at: 180))
        #expect(!effects.probes.contains(.result))
    }

    @Test func aShortReplyWithANumberOrAPartIsAnAnswer() {
        #expect(ReplyEvidence.isThin(AnswerFindings(words: 1)))
        #expect(!ReplyEvidence.isThin(AnswerFindings(words: 2, metrics: ["40%"])))
        #expect(!ReplyEvidence.isThin(AnswerFindings(words: 3, result: .weak)))
        #expect(!ReplyEvidence.isThin(AnswerFindings(words: 4)))
        #expect(ReplyEvidence.counts(AnswerFindings(words: 1), replyingTo: nil))
        #expect(!ReplyEvidence.counts(AnswerFindings(words: 1), replyingTo: .decision))
    }

    @Test func probingGoesOnToTheCapWhileAGapRemains() {
        var engine = EngineFixtures.interviewer(loop: EngineFixtures.loopText(probing: "probing:\n  max-probes: 3"))
        _ = engine.handle(.start(at: 0))
        var probes: [ProbeKind] = []
        var outcome: QuestionOutcome?
        // Only the result is missing, and never given: asked again (in other words) up to the cap of its kind.
        for minute in 1...5 where outcome == nil {
            let effects = engine.handle(.answer("S T A I", at: Double(minute * 60)))
            probes += effects.probes
            outcome = effects.outcomes.first
        }
        #expect(probes == [.result, .result])
        #expect(outcome?.reason == .probeLimit)
    }

    @Test func aCompleteStoryIsDugIntoByTheRoundsPrinciplesThenTheInterviewerMovesOn() {
        // Round 1 assesses Customer Obsession and Earn Trust: the data behind it comes first.
        var engine = EngineFixtures.interviewer(loop: EngineFixtures.loopText(probing: "probing:\n  depth-probes: 1"))
        _ = engine.handle(.start(at: 0))
        var effects = engine.handle(.answer("S T A R# I I I", at: 60))
        #expect(effects.probes == [.data])
        let reasons = effects.records.compactMap { if case .probeAsked(_, _, _, _, let reason, _) = $0 { reason } else { nil } }
        #expect(reasons == ["the story is complete; digging into the data behind it"])
        // A specific reply: one depth follow-up is the policy, so on to the next question.
        effects = engine.handle(.answer("S T A R# I I I", at: 120))
        #expect(effects.probes.isEmpty)
        #expect(effects.outcomes.first?.reason == .complete)
        #expect(effects.outcomes.first?.probes == [.data])
    }

    @Test func aPersonaThatAsksWhoDisagreedDigsThereFirst() {
        let loop = EngineFixtures.loopText(probing: "probing:\n  depth-probes: 2").replacingOccurrences(of: "persona: Direct.", with: "persona: Direct; likes to challenge every decision.")
        var engine = EngineFixtures.interviewer(loop: loop)
        _ = engine.handle(.start(at: 0))
        var effects = engine.handle(.answer("S T A R# I I I", at: 60))
        #expect(effects.probes == [.conflict])
        // "every decision" in the persona: the decision next, before the principles' own kinds.
        effects = engine.handle(.answer("S T A R# I I I", at: 120))
        #expect(effects.probes == [.decision])
    }

    @Test func aDodgedDepthFollowUpIsPressed() {
        var engine = EngineFixtures.interviewer(loop: EngineFixtures.loopText(probing: "probing:\n  depth-probes: 1"))
        _ = engine.handle(.start(at: 0))
        _ = engine.handle(.answer("S T A R# I I I", at: 60))
        let effects = engine.handle(.answer("dodge", at: 120))
        #expect(effects.probes == [.data])
        #expect(effects.asked.last?.text.contains("one concrete moment") == true)
    }

    @Test func aConditionalReplyToWhatTheyWouldDoDifferentlyIsTheAnswerNotADodge() {
        let probing = "probing:\n  depth-probes: 2\n  order: [action, result, differently, learned]"
        for kind in ["differently", "learned"] {
            var engine = EngineFixtures.interviewer(loop: EngineFixtures.loopText(probing: probing.replacingOccurrences(of: "differently, learned", with: kind == "learned" ? "learned, differently" : "differently, learned")))
            _ = engine.handle(.start(at: 0))
            var effects = engine.handle(.answer("S T A R# I I I", at: 60))
            #expect(effects.probes.map(\.rawValue) == [kind])
            // "I'd bring finance in at the start": what was asked for, so on to the other depth kind.
            effects = engine.handle(.answer("would A I I", at: 120))
            #expect(effects.probes.count == 1 && effects.probes.first?.rawValue != kind, "\(kind)")
            #expect(!effects.records.contains { if case .probeAsked(_, _, _, _, let reason, _) = $0 { reason.contains("pressing") } else { false } })
        }
        // Evasion is still a dodge there.
        var engine = EngineFixtures.interviewer(loop: EngineFixtures.loopText(probing: probing))
        _ = engine.handle(.start(at: 0))
        _ = engine.handle(.answer("S T A R# I I I", at: 60))
        #expect(engine.handle(.answer("dodge", at: 120)).probes == [.differently])
    }

    @Test func declinesAtTheCloseAreNotQuestions() {
        for decline in ["nope, I'm good", "No, I think you covered everything.", "not really, thanks", "I'm all set, thank you", "no"] {
            #expect(CandidateQuestionClassifier.questions(in: decline).isEmpty, "\(decline)")
        }
        #expect(CandidateQuestionClassifier.questions(in: "No worries. What's the shift pattern?").count == 1)
        #expect(CandidateQuestionClassifier.questions(in: "What does the on-call rota look like?").first?.category == .teamSpecifics)
        // A statement at the close is not a question, and gets no canned reply.
        #expect(CandidateQuestionClassifier.questions(in: "Honestly I don't remember the exact numbers, it was a team effort.").isEmpty)
        #expect(CandidateQuestionClassifier.questions(in: "I would start by talking to the customer and understanding their needs.").isEmpty)
        #expect(CandidateQuestionClassifier.questions(in: "I'd like to know how the team handles on-call").count == 1)
    }

    @Test func aRoundOfHypotheticalOneLinersVotesStrongNoHire() {
        let (transcript, _, _) = ScoringTests.session(Array(repeating: "would a", count: 30))
        #expect(transcript.scores.interviewers.allSatisfy { $0.vote == .strongNoHire })
        #expect(transcript.scores.interviewers.allSatisfy { $0.summary.contains("no specific past story") })
    }

    @Test func principlesNoQuestionAskedAboutGetNoVote() {
        let (transcript, _, _) = ScoringTests.session([ScoringTests.strong, ScoringTests.strong, "no", ScoringTests.strong, ScoringTests.strong, "no"])
        for principle in transcript.scores.principles where !transcript.rounds[principle.round].questions.contains(where: { $0.principles.contains(principle.principle) }) {
            #expect(!principle.assessed)
            #expect(principle.reasons.contains { $0.contains("Not assessed") })
        }
    }
}

/// Journals and transcripts name the reader's model, and a re-score says when it changed.
@Suite struct ReaderStampTests {
    @Test func aRescoreSaysWhenTheReaderChanged() {
        let (transcript, loop, library) = ScoringTests.session([ScoringTests.strong, "no", ScoringTests.strong, "no"])
        var stamped = transcript
        stamped.analyzerModel = StarModel.builtInStamp
        let rescorer = Rescorer(loop: loop, library: library, reader: EngineFixtures.notationReader)
        #expect(!rescorer.rescore(stamped).modelChanged)
        #expect(rescorer.rescore(transcript).modelChanged)
        var older = transcript
        older.analyzerModel = "star-reader-0 0000"
        let result = rescorer.rescore(older)
        #expect(result.modelWas == "star-reader-0 0000" && result.modelNow == StarModel.builtInStamp)
        #expect(result.transcript.analyzerModel == StarModel.builtInStamp)
        #expect(StarModel.builtInStamp.hasPrefix(ReaderTraining.modelVersion + " "))
    }

    @Test func aJournalHeaderCarriesTheStamp() throws {
        let header = JournalHeader(loopID: "l", loopVersion: "1", loopFile: "l.yaml", scriptFingerprint: "f", seed: 1, startedAt: "t", analyzerModel: StarModel.builtInStamp)
        let read = try JournalReader.read(try JournalFormat.line(header), name: "j")
        #expect(read.header.analyzerModel == StarModel.builtInStamp)
    }
}

/// A story retold to a second interviewer is named in the write-up and the coaching.
@Suite struct RetoldStoryTests {
    static let story = "S T A R# I I I Last March the checkout service timed out for one in ten customers during the spring sale; I pulled the traces, rewrote the slow inventory query with an index and load tested it against 40000 requests, and abandoned carts dropped by 30 percent within two weeks."

    @Test func theSameStoryToTwoInterviewersIsNamed() {
        let other = "S T A R# I I I In 2021 a supplier shipped damaged pallets to three warehouses; I photographed every delivery, negotiated corner protectors into the contract and cut damage claims from 6 percent to 1 percent."
        let (transcript, _, _) = ScoringTests.session([Self.story, other, "no", Self.story, other, "no"])
        let retold = transcript.scores.coaching.filter { $0.text.contains("Prepare a different story for each interviewer") }
        // Both round-1 stories were told again in round 2.
        #expect(retold.count == 2)
        #expect(retold.allSatisfy { $0.text.contains("Sam Ortiz (round 2) the story you had told Dana Lee") })
        let findings = transcript.rounds[1].questions.flatMap { $0.score?.findings ?? [] }
        #expect(findings.contains { $0.text.contains("The same story as the one told to Dana Lee in round 1") })
        // Different stories are not flagged.
        #expect(!StoryOverlap.isRetelling(StoryOverlap.words(Self.story), StoryOverlap.words(other)))
    }
}

/// `question-minutes` is kept like a round's minutes: once a question's time is used, the
/// interviewer moves on to the next question.
@Suite struct QuestionTimeTests {
    @Test func aQuestionOutOfTimeMovesOnWithoutMoreFollowUps() {
        var engine = EngineFixtures.interviewer(loop: EngineFixtures.loopText(probing: "probing:\n  max-probes: 5"))
        _ = engine.handle(.start(at: 0))
        var effects = engine.handle(.answer("S T I", at: 60))
        #expect(effects.probes == [.action])
        // Eleven minutes into a 10-minute question: the gap stays open, but the question closes.
        effects = engine.handle(.answer("still nothing", at: 660))
        #expect(effects.probes.isEmpty)
        #expect(effects.said.contains("We've spent our time on this one, so let me move us along."))
        #expect(effects.outcomes.first?.reason == .time)
        #expect(effects.asked.count == 1)
        if case .question = effects.asked[0].kind {} else { Issue.record("the next question was not asked") }
    }
}

/// Coaching names each question in full; shortened titles elsewhere end at a word.
@Suite struct QuestionTitleTests {
    @Test func coachingNamesTheQuestionInFullAndShortTitlesEndAtAWord() {
        var (transcript, loop, _) = ScoringTests.session(Array(repeating: "S T A I", count: 20))
        let long = "Tell me about a time you took a complicated process that everyone relied on and made it simpler for the people who used it every day."
        for r in transcript.rounds.indices { for q in transcript.rounds[r].questions.indices { transcript.rounds[r].questions[q].text = long } }
        Scorer(rubric: loop.rubric).score(&transcript)
        #expect(transcript.scores.coaching.contains { $0.text.contains("\u{201C}\(long)\u{201D}") })
        let reasons = transcript.scores.principles.flatMap(\.reasons).filter { $0.hasPrefix("\"Tell me") }
        #expect(!reasons.isEmpty)
        for reason in reasons {
            let title = reason.split(separator: "\"")[0]
            #expect(title.hasSuffix("…"))
            let lastWord = title.dropLast().split(separator: " ").last.map(String.init) ?? ""
            #expect(long.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }.contains(lastWord), "\(reason)")
        }
    }
}
