import InterviewScript
import Testing
@testable import Simulator

/// What the interviewers say comes from one catalogue (data/lexicon/interviewer-lines.txt), and a
/// loop, or one round of it, may say it in its own words; the close answers each topic once.
@Suite struct WordingTests {
    static let worded = EngineFixtures.loopText()
        .replacingOccurrences(of: "    persona: Calm.\n", with: """
                persona: Calm.
                wording:
                  greeting: "Morning. {first-name} here; we'll talk about {principles}."
                  answers:
                    schedule: "Nights are four on, four off, 6pm to 6am."

            """)
        + """

        wording:
          transitions: ["Right, next one.", "Good. Another topic."]
          out-of-time: "We're out of time for questions."
          farewell: "That's me done. Good luck."
          answers:
            training: "Two weeks shadowing a senior manager, then your own shift."
        """

    /// Runs the fixture loop with strong answers to the end, returning everything said.
    static func session(_ loop: String, closing: String) -> [String] {
        var engine = EngineFixtures.interviewer(loop: loop)
        var said = engine.handle(.start(at: 0)).said
        var minute = 1.0
        while !engine.isFinished, minute < 100 {
            let effects = engine.handle(.answer(engine.isClosing ? closing : "S T A R# I I I", at: minute * 60))
            said += effects.said
            minute += 1
        }
        return said
    }

    @Test func aLoopAndARoundSpeakInTheirOwnWords() {
        let said = Self.session(Self.worded, closing: "How does training work? What's the shift pattern?")
        // Round 1 (no wording of its own) speaks the loop's; round 2 its own greeting over the default.
        #expect(said.contains(InterviewerLines.line("greeting", 0, ["first-name": "Dana", "principles": "Customer Obsession and Earn Trust"])))
        #expect(said.contains("Morning. Sam here; we'll talk about Dive Deep and Ownership."))
        #expect(said.contains("Right, next one."))
        #expect(said.contains("That's me done. Good luck."))
        #expect(said.filter { $0 == "Two weeks shadowing a senior manager, then your own shift." }.count == 2)
        // The round that has a shift-pattern answer gives it; the other gives the neutral default.
        #expect(said.contains("Nights are four on, four off, 6pm to 6am."))
        #expect(said.contains(InterviewerLines.line("answer.schedule")))
        #expect(!said.contains(InterviewerLines.line("transition", 0)))
    }

    @Test func eachTopicIsAnsweredOnceAndNeverWithTwoReplies() {
        let said = Self.session(EngineFixtures.loopText(), closing: "What's the shift pattern? And is there much overtime on nights?")
        let schedule = InterviewerLines.line("answer.schedule")
        #expect(said.filter { $0 == schedule }.count == 2)   // once per round
        #expect(!said.contains(InterviewerLines.line("answer.team")))
        #expect(!said.contains(InterviewerLines.line("answer.other")))
        // A question about nothing in particular gets the "I'll find out" line; beside a real one, it does not.
        let other = Self.session(EngineFixtures.loopText(), closing: "Is parking free?")
        #expect(other.contains(InterviewerLines.line("answer.other")))
        let both = Self.session(EngineFixtures.loopText(), closing: "Is parking free? How is success measured?")
        #expect(!both.contains(InterviewerLines.line("answer.other")) && both.contains(InterviewerLines.line("answer.success")))
    }

    @Test func transitionsVary() {
        let said = Self.session(EngineFixtures.loopText(probing: "probing:\n  max-probes: 0").replacingOccurrences(of: "questions: 2", with: "questions: 3"), closing: "no")
        let transitions = Set(InterviewerLines.catalogue["transition"])
        let used = said.filter { transitions.contains($0) }
        #expect(used.count >= 4)
        #expect(Set(used).count >= 2)
    }

    @Test func topicsOfTheCandidatesQuestions() {
        #expect(CandidateQuestionClassifier.topic(of: "What's the shift pattern?") == .schedule)
        #expect(CandidateQuestionClassifier.topic(of: "What does the on-call rota look like?") == .schedule)
        #expect(CandidateQuestionClassifier.topic(of: "How is success measured in the first year?") == .success)
        #expect(CandidateQuestionClassifier.topic(of: "What does onboarding look like?") == .training)
        #expect(CandidateQuestionClassifier.topic(of: "Who would I work with most?") == .other)
        #expect(CandidateQuestionClassifier.category(of: "Do you travel much?") == .teamSpecifics)
    }

    @Test func aHypotheticalIsNeverPraisedByTheShippedFollowUps() {
        for question in ShippedLoopTests.library.questionsByID.values {
            for line in question.probes[.hypothetical] ?? [] {
                #expect(!line.lowercased().contains("good") && !line.lowercased().contains("great"), "\(question.id): \(line)")
            }
        }
    }
}

/// What the candidate notices at the prompt, in the engine.
@Suite struct ConsolePolishEngineTests {
    @Test func aHintWhileAskingQuestionsSaysWhatMakesAGoodQuestion() {
        var engine = EngineFixtures.interviewer(loop: EngineFixtures.loopText(probing: "probing:\n  max-probes: 0"))
        _ = engine.handle(.start(at: 0))
        var minute = 1.0
        while !engine.isClosing, minute < 20 {
            _ = engine.handle(.answer("S T A R# I I I", at: minute * 60))
            minute += 1
        }
        #expect(engine.isClosing)
        let hint = engine.handle(.command(.hint, at: minute * 60)).said.first ?? ""
        #expect(hint.contains("how the role fits the organisation"))
        #expect(hint.contains("training"))
        #expect(!hint.contains("is listening for"))
    }
}
