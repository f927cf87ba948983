import Testing
@testable import InterviewScript

@Suite struct PrincipleTests {
    @Test func thereAreSixteenPrinciplesInAmazonsOrder() {
        #expect(LeadershipPrinciple.allCases.count == 16)
        #expect(LeadershipPrinciple.customerObsession.number == 1)
        #expect(LeadershipPrinciple(id: "have-backbone-disagree-and-commit") == .haveBackbone)
        #expect(LeadershipPrinciple(id: "backbone") == nil)
    }
}
