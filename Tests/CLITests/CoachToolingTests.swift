import Foundation
import Testing

/// `mockloop new`, `test`, `coverage` and `explore`, as a coach runs them.
@Suite struct CoachToolingTests {
    let cli = CommandRunner()

    @Test func aNewLoopValidatesStrictlyAndItsPlanPassesWithoutEdits() throws {
        for area in ["aws", "retail"] {
            let made = try cli.run(["new", "my-\(area)-loop", "--area", area, "--role", "Data Engineer"])
            #expect(made.status == 0, "\(made.stderr)")
            let file = cli.home.appendingPathComponent("loops/my-\(area)-loop.yaml").path
            #expect(made.stdout.contains("Wrote \(file)"))
            #expect(made.stdout.contains("It validates cleanly."))
            let validated = try cli.run(["validate", "--strict", file])
            #expect(validated.status == 0, "\(validated.stdout)")
            let tested = try cli.run(["test", file])
            #expect(tested.status == 0, "\(tested.stdout)")
            #expect(tested.stdout.contains("1 passed, 0 failed"))
            let listed = try cli.run(["list"])
            #expect(listed.stdout.contains("my-\(area)-loop"))
        }
        let again = try cli.run(["new", "my-aws-loop", "--area", "aws", "--role", "X"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"))
        // A shipped loop's id is taken too, even with no file of that name in the folder.
        let taken = try cli.run(["new", "aws-solutions-architect", "--area", "aws", "--role", "X", "--out", cli.home.appendingPathComponent("elsewhere").path])
        #expect(taken.status != 0)
        #expect(taken.stderr.contains("the loop id 'aws-solutions-architect' is already taken by"), "\(taken.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.home.appendingPathComponent("elsewhere/aws-solutions-architect.yaml").path))
        let badName = try cli.run(["new", "My Loop!", "--area", "aws", "--role", "X"])
        #expect(badName.stderr.contains("e.g. 'my-loop'"))
    }

    @Test func aFailingPlanIsReportedAtItsExpectation() throws {
        _ = try SessionFixtures.install(in: cli)
        let file = try cli.write("fixture/with-plan.yaml", SessionFixtures.loop.replacingOccurrences(of: "id: test-session", with: "id: with-plan") + """

        tests:
          - name: wrong guess
            seed: 1
            steps:
              - answer: We fixed it together as a team.
                expect:
                  next: finish
        """)
        let result = try cli.run(["test", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL with-plan: wrong guess"))
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.firstIndex { $0.contains("next: finish") }! + 1
        let column = lines[line - 1].distance(from: lines[line - 1].startIndex, to: lines[line - 1].range(of: "finish")!.lowerBound) + 1
        #expect(result.stdout.contains("\(file.path):\(line):\(column): error: plan 'wrong guess', step 1: expected next finish, got "), "\(result.stdout)")
        #expect(result.stdout.contains("0 passed, 1 failed"))
    }

    @Test func oneWeakenedAnswerIsOneFailureWithItsLineItsReasonAndTheRestNotRun() throws {
        // A shipped plan whose first answer is replaced by a vague "we" one-liner.
        let original = try String(contentsOf: CommandRunner.repository.appendingPathComponent("scripts/loops/aws-solutions-architect.yaml"), encoding: .utf8)
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let tests = try #require(lines.firstIndex(of: "tests:"))
        let answer = try #require(lines[tests...].firstIndex { $0.hasSuffix("- answer: |") })
        lines[answer + 1] = "          We worked on it together and it went well."
        let file = try cli.write("weakened/sa.yaml", lines.joined(separator: "\n"))
        let result = try cli.run(["test", file.path])
        #expect(result.status == 1)
        let plan = result.stdout.components(separatedBy: "FAIL aws-solutions-architect: ")[1]
        // One failure, not one per later step.
        #expect(plan.components(separatedBy: ": error: ").count == 2, "\(result.stdout)")
        #expect(plan.contains("step 1: expected"))
        #expect(plan.contains("why: the answer was read as: situation absent"))
        #expect(plan.contains("the interviewer asked action because"))
        #expect(plan.contains("not run: steps 2–"))
        // The expectation's line and a caret under it.
        let excerpt = plan.split(separator: "\n").map(String.init)
        let caret = try #require(excerpt.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "^" })
        #expect(excerpt[caret - 1].contains("probe:") || excerpt[caret - 1].contains("next:"))
    }

    @Test func theShippedLoopsPassTheirPlansAndValidateStrictly() throws {
        let tested = try cli.run(["test", "scripts/loops"])
        #expect(tested.status == 0, "\(tested.stdout)")
        #expect(!tested.stdout.contains("no test plans"))
        let validated = try cli.run(["validate", "--strict", "scripts/loops"])
        #expect(validated.status == 0, "\(validated.stdout)")
    }

    @Test func coverageShowsTheTableGapsAndOverlaps() throws {
        let file = try cli.write("cov/loop.yaml", SessionFixtures.loop
            .replacingOccurrences(of: "description: Two short rounds for tests.", with: "description: Two short rounds for tests.\nprinciples: [frugality]")
            .replacingOccurrences(of: "principles: [earn-trust, ownership]", with: "principles: [earn-trust, dive-deep]"))
        try cli.write("cov/bank.yaml", SessionFixtures.bank)
        let result = try cli.run(["coverage", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Dive Deep"))
        #expect(result.stdout.contains("overlap: more than one interviewer"))
        #expect(result.stdout.contains("Gaps: Frugality."))
        #expect(result.stdout.contains("No test plans ran"))
    }

    @Test func exploreFindsNoDeadEnds() throws {
        let result = try cli.run(["explore", "aws-solutions-architect", "--runs", "200", "--seed", "3"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("200 candidates"))
        #expect(result.stdout.contains("No dead ends, runaway sessions or exceeded follow-up limits."))
    }
}
