import InterviewScript
import Testing
@testable import Simulator

/// Test plans run against the engine (with the notation reader), failures placed exactly.
@Suite struct TestPlanRunnerTests {
    func run(_ tests: String) -> [TestPlanRunner.PlanResult] {
        let (loop, library) = EngineFixtures.library(loop: EngineFixtures.loopText() + "\n" + tests)
        return TestPlanRunner(loop: loop, library: library, reader: EngineFixtures.notationReader).run()
    }

    @Test func aPassingPlan() {
        let results = run("""
        tests:
          - name: strong
            seed: 1
            steps:
              - answer: S T A R#
                expect: {next: question, missing: []}
              - answer: S T
                expect: {next: probe, probe: action, missing: [action, result]}
              - answer: A I
                expect: {next: probe, probe: result}
              - answer: R#
                expect: {next: closing, prompted: [action, result], missing: []}
              - answer: What does onboarding look like?
                expect: {next: round}
        """)
        #expect(results.count == 1)
        #expect(results[0].passed, "\(results[0].failures)")
        #expect(results[0].probesFired.count == 2)
    }

    @Test func failuresNameThePlanTheStepAndThePlace() {
        let marked = """
        tests:
          - name: we-heavy
            steps:
              - answer: S T A R# we
                expect:
                  next: probe
                  probe: result
        """
        let results = run(marked)
        let failure = try? #require(results.first?.failures.first)
        #expect(failure?.plan == "we-heavy")
        #expect(failure?.step == 1)
        #expect(failure?.message == "expected a result follow-up, got an ownership follow-up")
        // The place of `result` in "probe: result", found in the text rather than counted by hand.
        let lines = (EngineFixtures.loopText() + "\n" + marked).split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.firstIndex { $0.contains("probe: result") }! + 1
        let column = lines[line - 1].distance(from: lines[line - 1].startIndex, to: lines[line - 1].range(of: "result")!.lowerBound) + 1
        #expect(failure?.location.line == line && failure?.location.column == column, "\(String(describing: failure?.location))")
        #expect(failure?.description.hasPrefix("loop.yaml:\(line):\(column): error: plan 'we-heavy', step 1:") == true)
    }

    @Test func votesAreCheckedAtTheEndAndExtraStepsAreReported() {
        let results = run("""
        tests:
          - name: early vote
            steps:
              - answer: S T A R#
                expect: {vote: strong-hire}
          - name: too long
            steps:
              - answer: /quit
              - answer: one more
        """)
        #expect(results[0].failures.first?.message.hasPrefix("a vote can only be checked once the loop has finished") == true)
        #expect(results[1].failures.first?.message.contains("had already finished") == true)
    }

    @Test func questionsAndSignalsAreChecked() {
        let results = run("""
        tests:
          - name: draw
            seed: 1
            steps:
              - answer: /skip
                expect: {question: not-drawn}
        """)
        #expect(results[0].failures.first?.message.hasPrefix("expected question 'not-drawn', got question '") == true)
    }
}
