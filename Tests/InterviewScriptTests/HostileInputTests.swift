import Testing
@testable import InterviewScript

/// Files a coach might download or an editor might mangle: each gets one clear diagnostic,
/// quickly and in bounded memory, never a crash.
@Suite struct HostileInputTests {
    func parse(_ bytes: [UInt8]) -> [Diagnostic] {
        ScriptParser.parse(bytes, file: "hostile.yaml").diagnostics
    }

    @Test func aFileOverTheSizeLimitIsRefusedWithoutParsing() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: ScriptLimits.maxBytes + 1)
        let found = parse(bytes)
        #expect(found.map(\.code) == [.fileTooLarge])
        #expect(found[0].message.contains("at most"))
    }

    @Test func binaryJunkIsNotText() {
        var generator = SystemRandomNumberGenerator()
        var bytes = Array("kind: loop\n".utf8)
        bytes += (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[20] = 0
        let found = parse(bytes)
        #expect(found.map(\.code) == [.notText])
    }

    @Test func aNulBytePointsAtItsPlace() {
        let marked = MarkedScript("kind: loop\nid: a«LS003»\u{0}b\n")
        #expect(parse(Array(marked.text.utf8)).map(\.place) == marked.expectedPlaces)
    }

    @Test func invalidUTF8NamesTheByteAndItsPlace() {
        var bytes = Array("kind: loop\ntitle: caf".utf8)
        bytes.append(0xE9) // Latin-1 é
        bytes += Array("\n".utf8)
        let found = parse(bytes)
        #expect(found.map(\.place) == ["LS003@2:11"])
        #expect(found[0].message.contains("0xE9"))
    }

    @Test func utf16IsRecognised() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("k\0i\0".utf8)
        let found = parse(bytes)
        #expect(found.map(\.code) == [.notText])
        #expect(found[0].message.contains("UTF-16"))
    }

    @Test func tenThousandDeepFlowNestingIsRefused() {
        let text = "kind: loop\nrounds: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        let found = parse(Array(text.utf8))
        #expect(found.map(\.code) == [.nestingTooDeep])
        #expect(found[0].location?.line == 2)
    }

    @Test func deepBlockNestingIsRefused() {
        var text = "kind: loop\n"
        for depth in 0..<1_000 { text += String(repeating: " ", count: depth) + "k\(depth):\n" }
        #expect(parse(Array(text.utf8)).map(\.code) == [.nestingTooDeep])
        let dashes = "kind: loop\nrounds:\n" + String(repeating: "- ", count: 10_000) + "x\n"
        #expect(parse(Array(dashes.utf8)).map(\.code) == [.nestingTooDeep])
    }

    @Test func anAliasBombIsStoppedByTheValueBudget() {
        // Valid shapes all the way down, so the checker must walk every expanded value:
        // 1,000 questions, each with 1,000 examples, each with parts: 10^6 values from a 20 KB file.
        let examples = "[&e {answer: a, parts: [situation, task]}" + String(repeating: ", *e", count: 999) + "]"
        let question = "&q {id: q, text: t, principles: [ownership], examples: \(examples)}"
        let text = "kind: question-bank\nquestions: [\(question)" + String(repeating: ", *q", count: 999) + "]\n"
        let found = parse(Array(text.utf8))
        #expect(found.contains { $0.code == .tooManyValues })
        #expect(found.count < 100)
    }

    @Test func tabIndentationIsNamedAtTheTab() {
        let marked = MarkedScript("kind: loop\nrounds:\n«LS006»\t- title: x\n")
        let found = parse(Array(marked.text.utf8))
        #expect(found.contains { $0.place == marked.expectedPlaces[0] })
        #expect(!found.contains { $0.code == .yamlSyntax }, "one character, one diagnostic")
    }

    @Test func emptyAndCommentOnlyFilesSaySo() {
        #expect(parse(Array("   \n\n".utf8)).map(\.code) == [.emptyDocument])
        #expect(parse(Array("# just a comment\n".utf8)).map(\.code) == [.emptyDocument])
        #expect(parse([]).map(\.code) == [.emptyDocument])
    }

    @Test func aBareYesStaysText() {
        let script = ScriptParser.parse(Array((ScriptFixtures.loop.replacingOccurrences(of: "persona: Direct and curious.", with: "persona: yes")).utf8), file: "l.yaml")
        #expect(script.diagnostics.isEmpty)
        #expect(script.loop?.rounds.first?.persona == "yes")
    }

    @Test func tenThousandQuestionsLoad() {
        var text = "kind: question-bank\nquestions:\n"
        for index in 0..<10_000 {
            text += ScriptFixtures.question("q-\(index)", "dive-deep") + "\n"
        }
        let script = ScriptParser.parse(Array(text.utf8), file: "big.yaml")
        #expect(script.diagnostics.isEmpty)
        #expect(script.bank?.questions.count == 10_000)
    }

    @Test func aScalarDocumentIsReportedAsTheWrongType() {
        #expect(parse(Array("just some text\n".utf8)).map(\.code) == [.wrongType])
        #expect(parse(Array("- a\n- b\n".utf8)).map(\.code) == [.wrongType])
    }

    @Test func outOfRangeNumbersAreReportedAndNeverReachTheModel() throws {
        // Found by the fuzzer: a huge `questions:` overflowed the time-budget check.
        let text = ScriptFixtures.loop.replacingOccurrences(of: "    minutes: 30\n  - title: Bar", with: "    questions: 9223372036854775807\n    minutes: 9223372036854775807\n  - title: Bar")
        let script = ScriptParser.parse(Array(text.utf8), file: "l.yaml")
        #expect(script.diagnostics.filter { $0.code == .invalidValue }.count == 2)
        let loop = try #require(script.loop)
        #expect(loop.rounds[0].questionCount == 2 && loop.rounds[0].minutes == 45, "defaults stand in for refused values")
        _ = LibraryValidator().validate(ScriptLibrary(scripts: [script]))
    }
}

/// Validation is linear in the file: a 10 MB flow list finishes (its time is in the benchmark,
/// not here) with the first 100 problems and one line counting the rest.
@Suite struct HugeFlowListTests {
    @Test func aTenMegabyteFlowListFinishesWithCountedProblems() {
        let text = "kind: question-bank\nquestions: [" + String(repeating: "x, ", count: 3_400_000) + "x]\n"
        #expect(text.utf8.count > 10_000_000)
        let parsed = ScriptParser.parse(Array(text.utf8), file: "flow.yaml")
        let shown = parsed.diagnostics.cappedPerFile()
        #expect(shown.count == 101)
        let last = shown.last
        #expect(last?.code == .moreNotShown)
        #expect(last?.message == "3399901 errors and 0 warnings more in this file are not shown; fix the ones above first")
        #expect((last?.hiddenErrors ?? 0) + 100 == 3_400_001, "every entry is counted once: \(String(describing: last))")
    }
}
