import Testing
@testable import Simulator

@Suite struct CandidateQuestionTests {
    @Test func questionsAreSplitAndSorted() {
        let found = CandidateQuestionClassifier.questions(in: "How does this role fit the wider organisation? What makes someone successful here?\nWhat training is there")
        #expect(found.map(\.category) == [.roleFit, .successCompetencies, .trainingAndRampUp])
        #expect(found[0].text == "How does this role fit the wider organisation?")
    }

    @Test func declining() {
        for text in ["", "no", "No, thanks.", "none", "I'm good", "no questions from me"] {
            #expect(CandidateQuestionClassifier.questions(in: text).isEmpty, "\(text)")
        }
        #expect(CandidateQuestionClassifier.category(of: "Do you like pizza?") == .other)
    }
}
