import InterviewScript
import Testing
@testable import Simulator

/// Story files as a candidate writes them: front matter, part headings and their aliases,
/// labels, comments, free text, and every problem reported at its place with its code.
@Suite struct StoryParserTests {
    func parse(_ text: String, file: String = "stories/s.md") -> ParsedStory {
        StoryParser.parse(Array(text.utf8), file: file, id: "s")
    }

    func codes(_ parsed: ParsedStory) -> [String] { parsed.diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.code.rawValue)" } }

    @Test func readsFrontMatterAndPartsInOrder() throws {
        let parsed = parse("""
        ---
        title: Cut the pages
        principles: [dive-deep, Insist on the Highest Standards]
        when: 2023-03
        role: Senior SDE
        tags: on-call, alarms
        ---

        ## Situation
        Our pager went off forty times a week.

        ## Task:
        I owned the alarms.

        ### **Actions**
        I deleted twelve alarms.

        ## Outcome
        Pages fell by a third.

        ## Lessons learned
        Measure first.
        """)
        #expect(parsed.diagnostics.isEmpty)
        let story = try #require(parsed.story)
        #expect(story.title == "Cut the pages")
        #expect(story.principles == [.diveDeep, .insistOnTheHighestStandards])
        #expect(story.when == "2023-03" && story.role == "Senior SDE" && story.tags == ["on-call", "alarms"])
        #expect(story.sections.map(\.part) == [.situation, .task, .action, .result, .learned])
        #expect(story.text(of: .result) == "Pages fell by a third.")
        #expect(story.sections[0].line == 10)
        #expect(story.told.hasPrefix("Our pager went off forty times a week.\n\nI owned the alarms."))
    }

    @Test func freeTextWithATitleHeadingAndNoFrontMatter() throws {
        let parsed = parse("# The night the scanners died\n\nIn 2017 I ran the night shift.\nI switched us to paper.\n")
        let story = try #require(parsed.story)
        #expect(story.title == "The night the scanners died")
        #expect(!story.hasHeadings)
        #expect(story.sections.count == 1 && story.sections[0].part == nil)
        #expect(codes(parsed) == ["1:1 LS110"])
    }

    @Test func labelsAndCommentsAreUnderstood() throws {
        let parsed = parse("""
        ---
        title: T
        principles: [ownership]
        ---
        <!-- instructions
             over two lines -->
        **Situation:** The shift was short.
        Result: We shipped 400 parcels more. <!-- a note -->
        """)
        let story = try #require(parsed.story)
        #expect(story.sections.map(\.part) == [.situation, .result])
        #expect(story.text(of: .result) == "We shipped 400 parcels more.")
        #expect(!story.told.contains("instructions"))
    }

    @Test func anUnknownPrincipleIsAnErrorAtItsPlaceWithASuggestion() {
        let parsed = parse("---\ntitle: T\nprinciples: [dive-deep, ownershp]\n---\nI did it.\n")
        #expect(parsed.story == nil)
        #expect(codes(parsed) == ["3:25 LS013"])
        #expect(parsed.diagnostics[0].message.contains("did you mean 'ownership'?"))
        #expect(parsed.diagnostics[0].description.hasPrefix("stories/s.md:3:25: error: "))
    }

    @Test func frontMatterProblems() {
        #expect(codes(parse("---\ntitle: T\nprinciples: [ownership]\nI did it.\n")) == ["1:1 LS027"])
        #expect(codes(parse("---\ntitle: [T\nprinciples: [ownership]\n---\nI did it.\n")).first?.hasSuffix("LS001") == true)
        let syntax = parse("---\ntitle: T\nprinciples: [ownership\n---\nI did it.\n")
        #expect(syntax.diagnostics.first?.code == .yamlSyntax)
        #expect((syntax.diagnostics.first?.location?.line ?? 0) >= 3)
        #expect(codes(parse("---\ntitle: T\ntitle: U\nprinciples: [ownership]\n---\nI did it.\n")) == ["3:1 LS007"])
        #expect(codes(parse("---\ntitle: [a, b]\nprinciples: [ownership]\n---\nI did it.\n")) == ["2:8 LS012"])
        #expect(codes(parse("---\ntitel: T\nprinciples: [ownership]\n---\nI did it.\n")) == ["1:1 LS011", "2:1 LS010"])
        #expect(codes(parse("---\ntitle: T\nprinciples: [ownership]\ncreated: 2024-01-01\n---\nI did it.\n")) == [], "note apps' own keys are ignored")
        #expect(codes(parse("---\ntitle: T\nprinciples: [ownership]\n---\n\n<!-- only a comment -->\n")) == ["5:1 LS028"])
    }

    @Test func headingProblemsAreWarnings() throws {
        let parsed = parse("---\ntitle: T\nprinciples: [ownership]\n---\n## Situation\nA.\n## Reslt\nB.\n## Situation\nC.\n")
        #expect(codes(parsed) == ["7:4 LS108", "9:4 LS109"])
        #expect(parsed.diagnostics[0].message.contains("did you mean `## Result`?"))
        let story = try #require(parsed.story)
        #expect(story.text(of: .situation) == "A.\nB.\n\nC.")
    }

    @Test func badBytesAreRefusedNotCrashedOn() {
        #expect(codes(parse("ti\u{0}tle")) == ["- LS003"])
        #expect(StoryParser.parse([0xC3, 0x28], file: "x.md", id: "x").diagnostics.map(\.code) == [.notText])
        let huge = [UInt8](repeating: 0x61, count: StoryParser.maxBytes + 1)
        #expect(StoryParser.parse(huge, file: "x.md", id: "x").diagnostics.map(\.code) == [.fileTooLarge])
        #expect(StoryParser.parse([], file: "x.md", id: "x").diagnostics.map(\.code) == [.missingField])
    }

    @Test func theTemplateParsesAndAsksForPrinciples() throws {
        let parsed = parse(StoryTemplate.text(title: "A \"quoted\": title # here", id: "a"))
        #expect(parsed.story == nil, "the template has no story yet")
        #expect(codes(parsed) == ["11:1 LS028"] || parsed.diagnostics.contains { $0.code == .emptyStory })
        let filled = parse(StoryTemplate.text(title: "A \"quoted\": title # here", id: "a").replacingOccurrences(of: "## Result\n", with: "## Result\nIt worked.\n"))
        #expect(filled.story?.title == "A \"quoted\": title # here")
        #expect(filled.diagnostics.map(\.code) == [.noPrinciplesClaimed])
    }
}
