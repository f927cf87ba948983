import Foundation
import InterviewScript
import Testing
@testable import Simulator

/// The sample bank (Fixtures/stories: twelve stories of one candidate, strong and weak ones, a
/// free-text one, one stretched over six principles, two tellings of one event) through
/// `story check`, the matrix and the plans for two shipped loops, each against its golden file
/// (Fixtures/golden-stories). Re-record after an intended change with
/// `MOCKLOOP_RECORD_GOLDENS=1 swift test --filter StoryBankGolden`.
@Suite struct StoryBankGoldenTests {
    static let fixtures = ScriptedCandidate.folder.deletingLastPathComponent()
    static let folder = fixtures.appendingPathComponent("stories")
    static let golden = fixtures.appendingPathComponent("golden-stories")

    static func bank() throws -> [(story: Story, check: StoryCheck)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        return try names.map { name in
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let parsed = StoryParser.parse(bytes, file: "stories/\(name)", id: String(name.dropLast(3)))
            #expect(!parsed.diagnostics.hasErrors, "\(name): \(parsed.diagnostics)")
            let story = try #require(parsed.story)
            return (story, StoryCheck.check(story))
        }
    }

    @Test func everyStoryCheckMatchesItsGolden() throws {
        let report = StoryTextReport()
        let text = try Self.bank().map { report.render($0.check) }.joined(separator: "\n")
        try GoldenFile.compare(text, to: Self.golden.appendingPathComponent("check.txt"))
    }

    @Test func theMatrixMatchesItsGoldenAndFindsWhatTheBankHides() throws {
        let bank = try Self.bank()
        let matrix = StoryMatrix.build(bank)
        try GoldenFile.compare(StoryTextReport().render(matrix, width: 100), to: Self.golden.appendingPathComponent("matrix.txt"))
        #expect(matrix.columns.count == 12)
        #expect(matrix.uncovered == [.frugality, .striveToBeEarthsBestEmployer, .successAndScale])
        #expect(matrix.stretched.count == 1)
        #expect(matrix.sameEvent.count == 1, "exactly the one pair of stories written about one event")
        // The weak ones are not called strong.
        for id in ["colour-coded-sort-chutes", "partner-api-breaking-change", "store-stock-sync"] {
            #expect(matrix.columns.first { $0.id == id }?.strength != .strong, "\(id)")
        }
    }

    @Test(arguments: ["aws-solutions-architect", "aws-software-development-engineer"])
    func thePlanForALoopMatchesItsGolden(_ loopID: String) throws {
        let loop = try #require(ShippedLoopTests.library.loop(id: loopID))
        let matrix = StoryMatrix.build(try Self.bank(), loop: loop)
        try GoldenFile.compare(StoryTextReport().render(matrix, width: 100), to: Self.golden.appendingPathComponent("plan-\(loopID).txt"))
        let plan = try #require(matrix.plan)
        // Never one story, or one event, for two interviewers.
        var roundOf: [String: Int] = [:]
        for round in plan.rounds {
            for story in round.slots.compactMap(\.story) {
                #expect(roundOf[story] == nil || roundOf[story] == round.round, "\(story) planned for two interviewers")
                roundOf[story] = round.round
            }
        }
        let pairs = matrix.sameEvent
        for pair in pairs { #expect(roundOf[pair.first] == nil || roundOf[pair.second] == nil, "both tellings of one event planned") }
        #expect(matrix.principles == LeadershipPrinciple.allCases.filter { Set(loop.rounds.flatMap(\.principleIDs)).union(loop.principles.map(\.value)).contains($0) })
        // A gap is named for every slot without a story.
        for (_, slot) in plan.gaps { #expect(slot.gap?.isEmpty == false) }
    }

    @Test func anEmptyBankSaysHowToStart() {
        let text = StoryTextReport().render(StoryMatrix.build([]))
        #expect(text.contains("mockloop story new"))
    }

    /// Speed on a large bank is in the benchmark; here only that it is linear enough to finish.
    @Test func aBankOf200StoriesBuildsItsMatrix() throws {
        let bank = try Self.bank()
        var many: [(story: Story, check: StoryCheck)] = []
        for n in 0..<200 {
            var item = bank[n % bank.count]
            item.story.id += "-\(n)"
            many.append(item)
        }
        let matrix = StoryMatrix.build(many, loop: ShippedLoopTests.library.loop(id: "aws-solutions-architect"))
        #expect(matrix.columns.count == 200)
        #expect(matrix.plan?.rounds.count == 5)
    }
}
