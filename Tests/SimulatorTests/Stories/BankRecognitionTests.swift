import Foundation
import InterviewScript
import Testing
@testable import Simulator

/// The interviewer's write-up knows the candidate's story bank: a scripted candidate
/// (Fixtures/candidates/retell.yaml) tells one bank story to two interviewers in other words,
/// and another bank story without its headline result; answers that are not bank stories are
/// never taken for one.
@Suite struct BankRecognitionTests {
    static func matcher() throws -> StoryMatcher {
        StoryMatcher(stories: try StoryBankGoldenTests.bank().map(\.story))
    }

    static func session(_ candidate: String, _ loopID: String = "aws-solutions-architect", stories: StoryMatcher?) throws -> Transcript {
        let library = ShippedLoopTests.library
        let loop = try #require(library.loop(id: loopID))
        return try ScriptedCandidate(named: candidate).transcript(loop: loop, library: library, stories: stories)
    }

    @Test func theRetoldStoryAndTheMissingResultAreInTheWriteUp() throws {
        let transcript = try Self.session("retell", stories: try Self.matcher())
        let told = Dictionary(uniqueKeysWithValues: transcript.questions.map { ($0.id, $0.story?.id) })
        #expect(told["dd-questioned-accepted-numbers"] == "settlement-gap-not-rounding")
        #expect(told["bb-challenged-peer-analysis"] == "settlement-gap-not-rounding")
        #expect(told["hs-raised-operational-bar"] == "release-checklist-to-pipeline")
        #expect(told.values.compactMap { $0 }.count == 3, "the other answers are not bank stories: \(told)")
        let hs = try #require(transcript.questions.first { $0.id == "hs-raised-operational-bar" }?.story)
        #expect(hs.unsaidResults.contains { $0.contains("14") }, "\(hs.unsaidResults)")
        let dd = try #require(transcript.questions.first { $0.id == "dd-questioned-accepted-numbers" }?.story)
        #expect(dd.unsaidResults.isEmpty, "the numbers were said: \(dd.unsaidResults)")

        let writeUp = MarkdownReport.render(transcript)
        #expect(writeUp.contains("The same story (\u{201C}Proved the settlement gap was not rounding\u{201D} from your story bank) as the one told to"))
        #expect(writeUp.contains("In your written story \u{201C}Replaced the release checklist with pipeline gates\u{201D} the result was"))
        #expect(writeUp.contains("you did not say it"))
        #expect(writeUp.contains("Story from your bank: \u{201C}Proved the settlement gap was not rounding\u{201D} (settlement-gap-not-rounding)"))
        #expect(transcript.scores.coaching.contains { $0.text.contains("from your story bank") })
        #expect(HTMLReport.render(transcript).contains("Story from your bank:"))
    }

    @Test func withoutABankNothingChanges() throws {
        let plain = try Self.session("retell", stories: nil)
        #expect(plain.questions.allSatisfy { $0.story == nil })
        #expect(!MarkdownReport.render(plain).contains("story bank"))
        // The stored form is unchanged too: no "story" key at all.
        let json = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!json.contains("\"story\""))
    }

    /// Other candidates' answers (none of them Noor's) across three loops are never taken for a
    /// bank story.
    @Test(arguments: ["strong", "dodger", "hypothetical", "progress-1", "progress-3", "progress-5"])
    func otherPeoplesAnswersAreNotBankStories(_ candidate: String) throws {
        let matcher = try Self.matcher()
        for loop in CandidateGoldenTests.loops where candidate.hasPrefix("progress") == false || loop == "aws-solutions-architect" {
            let transcript = try Self.session(candidate, loop, stories: matcher)
            #expect(transcript.questions.allSatisfy { $0.story == nil }, "\(candidate) in \(loop): \(transcript.questions.compactMap(\.story?.id))")
        }
    }

    @Test func eachWrittenStoryIsRecognisedFromItsOwnText() throws {
        let matcher = try Self.matcher()
        for story in matcher.stories {
            // Its result and action told alone, as an answer would.
            let telling = [story.text(of: .action), story.text(of: .result)].compactMap { $0 }.joined(separator: " ")
            guard !telling.isEmpty else { continue }
            let found = matcher.match(telling)
            #expect(found?.id == story.id || (found.map { [story.id, $0.id].sorted() == ["paper-manifests-peak-night", "sort-hub-scanner-outage"] } ?? false), "\(story.id) -> \(found?.id ?? "nothing")")
        }
    }

    @Test func unsaidResultsCompareNumbersNotWords() {
        let story = Story(id: "s", file: "s.md", title: "T", principles: [], sections: [
            .init(part: .result, text: "Pages fell by 38%, from 40 a week to 26. Everyone was happier.", line: 1),
        ])
        #expect(StoryMatcher.unsaidResults(of: story, in: "the pages fell a lot") == ["Pages fell by 38%, from 40 a week to 26."])
        #expect(StoryMatcher.unsaidResults(of: story, in: "pages went down 38 percent").isEmpty)
        #expect(StoryMatcher.unsaidResults(of: story, in: "we went from 40 pages to 26").isEmpty, "most of its numbers")
        #expect(StoryMatcher.numbers(in: "2,140 refunds and 1.9 million") == ["2140", "19"])
    }
}

/// `/hint` names the candidate's own stories meant for the question's principles.
@Suite struct BankHintTests {
    func hint(stories: [Story]) throws -> String {
        let library = ShippedLoopTests.library
        let loop = try #require(library.loop(id: "aws-solutions-architect"))
        var engine = Interviewer(loop: loop, plan: InterviewPlan(loop: loop, library: library, seed: 1), seed: 1, reader: AnalyzerReader.make(), stories: stories)
        _ = engine.handle(.start(at: 0))
        for effect in engine.handle(.command(.hint, at: 10)) {
            if case .record(.hintGiven(_, _, let text, _)) = effect { return text }
        }
        Issue.record("no hint was given")
        return ""
    }

    @Test func theHintNamesFittingBankStories() throws {
        let stories = try StoryBankGoldenTests.bank().map(\.story)
        let text = try hint(stories: stories)
        // The first question (customer-obsession, are-right-a-lot): stories meant for both come first.
        #expect(text.contains("From your story bank: \u{201C}"), "\(text)")
        #expect(text.contains("Proved the settlement gap was not rounding") || text.contains("Shipped 3-D Secure 2 checkout"), "\(text)")
        #expect(!(try hint(stories: [])).contains("story bank"))
    }
}
