import Testing
@testable import InterviewScript

/// Every diagnostic code, each at the exact place a marker shows.
@Suite struct DiagnosticTests {
    /// Parses the marked bank and loop together and returns the diagnostics of the marked file.
    func diagnostics(loop marked: MarkedScript? = nil, bank markedBank: MarkedScript? = nil) -> [Diagnostic] {
        let bank = (markedBank?.text).map { ScriptParser.parse(Array($0.utf8), file: "bank.yaml") }
            ?? ScriptParser.parse(Array(ScriptFixtures.bank.utf8), file: "bank.yaml")
        var scripts = [bank]
        if let marked { scripts.append(marked.parse(file: "loop.yaml")) }
        let library = ScriptLibrary(scripts: scripts)
        return scripts.flatMap(\.diagnostics) + LibraryValidator().validate(library)
    }

    func expectExactly(_ marked: MarkedScript, in diagnostics: [Diagnostic], file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let places = diagnostics.filter { $0.file == file }.map(\.place).sorted()
        #expect(places == marked.expectedPlaces, "\(diagnostics.map(\.description))", sourceLocation: sourceLocation)
    }

    @Test func aValidLoopAndBankHaveNoDiagnostics() {
        let found = diagnostics(loop: MarkedScript(ScriptFixtures.loop))
        #expect(found.isEmpty, "\(found.map(\.description))")
    }

    @Test func yamlSyntaxErrorIsPlacedWhereTheParserStopped() {
        let marked = MarkedScript("kind: loop\nid: [a, b\ntitle«LS001»: x\n")
        let found = marked.parse().diagnostics
        #expect(found.map(\.place) == marked.expectedPlaces, "\(found)")
    }

    @Test func unknownKeysGetADidYouMean() {
        let marked = MarkedScript(ScriptFixtures.loopHeader + "«LS010»titel: Oops\n" + ScriptFixtures.rounds.replacingOccurrences(of: "    minutes: 30\n  - title: Bar", with: "    minutes: 30\n    «LS010»persona-line: x\n  - title: Bar"))
        let found = diagnostics(loop: marked)
        expectExactly(marked, in: found, file: "loop.yaml")
        #expect(found.contains { $0.message.contains("did you mean 'title'?") })
    }

    @Test func missingRequiredFieldsAreReportedAtTheirMapping() {
        let marked = MarkedScript("""
        kind: loop
        id: demo-loop
        title: Demo
        area: aws
        version: "1"
        description: Missing role.
        rounds:
          - «LS011»«LS011»title: Only round
            bar-raiser: true
            principles: [customer-obsession, earn-trust]
            minutes: 30
        """.replacingOccurrences(of: "kind: loop", with: "«LS011»kind: loop"))
        let found = diagnostics(loop: marked)
        expectExactly(marked, in: found, file: "loop.yaml")
        #expect(found.contains { $0.message.contains("'role'") })
        #expect(found.contains { $0.message.contains("'interviewer'") })
    }

    @Test func wrongTypesAreReported() {
        let marked = MarkedScript(ScriptFixtures.loop
            .replacingOccurrences(of: "kind: loop", with: "«LS016»kind: loop")
            .replacingOccurrences(of: "title: Demo loop", with: "title: «LS012»[a, list]")
            .replacingOccurrences(of: "    minutes: 30\n  - title: Bar", with: "    minutes: «LS012»half an hour\n  - title: Bar")
            .replacingOccurrences(of: "bar-raiser: true", with: "bar-raiser: «LS012»maybe"))
        expectExactly(marked, in: diagnostics(loop: marked), file: "loop.yaml")
    }

    @Test func unknownPrincipleIdsGetASuggestion() {
        let marked = MarkedScript(ScriptFixtures.loop
            .replacingOccurrences(of: "principles: [dive-deep, ownership]", with: "principles: [«LS013»dive-deeper, «LS013»Ownership]"))
        let found = diagnostics(loop: marked)
        // Two unknown ids leave the round with no valid principles (LS021 at the round, LS017).
        let lp = found.filter { $0.code == .unknownPrinciple }
        #expect(lp.map(\.place).sorted() == marked.expectedPlaces)
        #expect(lp.contains { $0.message.contains("did you mean 'dive-deep'?") })
        #expect(lp.contains { $0.message.contains("did you mean 'ownership'?") })
    }

    @Test func duplicateQuestionIdsAndDuplicateListEntries() {
        let bank = MarkedScript(ScriptFixtures.bank + "\n" + ScriptFixtures.question("«LS014»co-a", "customer-obsession, «LS014»customer-obsession"))
        let found = diagnostics(bank: bank).filter { $0.code == .duplicateID }
        #expect(found.map(\.place).sorted() == bank.expectedPlaces)
    }

    @Test func duplicateKeysArePlacedAtTheSecondOne() {
        let marked = MarkedScript(ScriptFixtures.loopHeader.replacingOccurrences(of: "role: Solutions Architect\n", with: "role: Solutions Architect\n«LS007»role: Again\n") + ScriptFixtures.rounds)
        let found = marked.parse().diagnostics
        #expect(found.map(\.place) == marked.expectedPlaces)
        #expect(found[0].message.contains("'role'"))
    }

    @Test func pinnedQuestionsMustExistAndFitTheRound() {
        let marked = MarkedScript(ScriptFixtures.loop.replacingOccurrences(of: "    persona: Direct and curious.\n", with: "    persona: Direct and curious.\n    pinned: [«LS015»co-c, «LS022»dd-a]\n"))
        let found = diagnostics(loop: marked)
        expectExactly(marked, in: found, file: "loop.yaml")
        #expect(found.contains { $0.message.contains("did you mean 'co-a'?") })
    }

    @Test func exactlyOneBarRaiser() {
        let none = MarkedScript("«LS016»" + ScriptFixtures.loop.replacingOccurrences(of: "    bar-raiser: true\n", with: ""))
        expectExactly(none, in: diagnostics(loop: none), file: "loop.yaml")
        let two = MarkedScript(ScriptFixtures.loop.replacingOccurrences(of: "  - title: Bar raiser", with: "  - «LS016»title: Bar raiser")
            .replacingOccurrences(of: "    persona: Direct and curious.\n", with: "    persona: Direct and curious.\n    bar-raiser: true\n"))
        expectExactly(two, in: diagnostics(loop: two), file: "loop.yaml")
    }

    @Test func roundsNeedEnoughBankQuestions() {
        let marked = MarkedScript(ScriptFixtures.loop.replacingOccurrences(of: "  - title: Hiring manager\n", with: "  - «LS017»title: Hiring manager\n    questions: 4\n    question-minutes: 1\n")
            .replacingOccurrences(of: "    question-minutes: 1\n", with: "")
            .replacingOccurrences(of: "description: A loop for tests.", with: "description: A loop for tests.\nquestion-minutes: 5"))
        let found = diagnostics(loop: marked)
        expectExactly(marked, in: found, file: "loop.yaml")
        #expect(found.first?.message.contains("only 3") == true)
    }

    @Test func timeBudgetMustFitTheQuestions() {
        let marked = MarkedScript(ScriptFixtures.loop.replacingOccurrences(of: "    principles: [dive-deep, ownership]\n    minutes: 30", with: "    principles: [dive-deep, ownership]\n    minutes: «LS018»20"))
        let found = diagnostics(loop: marked)
        expectExactly(marked, in: found, file: "loop.yaml")
        #expect(found.first?.message.contains("needs at least 25") == true)
    }

    @Test func invalidValuesAreReported() {
        let marked = MarkedScript(ScriptFixtures.loop
            .replacingOccurrences(of: "area: aws", with: "area: «LS019»awz")
            .replacingOccurrences(of: "id: demo-loop", with: "id: «LS019»Demo Loop"))
        let found = diagnostics(loop: marked)
        expectExactly(marked, in: found, file: "loop.yaml")
        #expect(found.contains { $0.message.contains("did you mean 'aws'?") })
    }

    @Test func unknownKindIsReported() {
        let marked = MarkedScript("kind: «LS020»loops\nid: x\n")
        #expect(marked.parse().diagnostics.map(\.place) == marked.expectedPlaces)
        let missing = MarkedScript("«LS020»id: x\ntitle: y\n")
        #expect(missing.parse().diagnostics.map(\.place) == missing.expectedPlaces)
    }

    @Test func roundsAssessTwoOrThreePrinciples() {
        let marked = MarkedScript(ScriptFixtures.loop.replacingOccurrences(of: "principles: [dive-deep, ownership]", with: "principles: [«LS021»dive-deep]")
            .replacingOccurrences(of: "persona: Calm, from another org.", with: "persona: Calm, from another org.\n    questions: 1"))
        expectExactly(marked, in: diagnostics(loop: marked), file: "loop.yaml")
    }

    @Test func testPlanStepsNeedAnswersAndKnownQuestions() {
        let marked = MarkedScript(ScriptFixtures.loop + """
        tests:
          - name: strong
            steps:
              - «LS023»expect:
                  next: probe
              - answer: I did it.
                expect:
                  question: «LS015»nope
        """)
        expectExactly(marked, in: diagnostics(loop: marked), file: "loop.yaml")
    }

    @Test func warningsForMissingProbesTargetsAndOverlaps() {
        let bank = MarkedScript(ScriptFixtures.bank + "\n  - id: «LS101»co-no-probes\n    text: Tell me about a customer.\n    principles: [customer-obsession]\n")
        let loop = MarkedScript(ScriptFixtures.loop
            .replacingOccurrences(of: "description: A loop for tests.", with: "description: A loop for tests.\nprinciples: [customer-obsession, «LS102»frugality]")
            .replacingOccurrences(of: "principles: [dive-deep, ownership]", with: "principles: [dive-deep, «LS103»customer-obsession]"))
        let found = diagnostics(loop: loop, bank: bank)
        #expect(found.filter { $0.file == "bank.yaml" && $0.code == .missingProbe }.map(\.place) == bank.expectedPlaces)
        expectExactly(loop, in: found.filter { $0.severity == .warning }, file: "loop.yaml")
        #expect(found.filter { $0.severity == .warning }.allSatisfy { $0.code.rawValue.hasPrefix("LS1") })
    }

    @Test func unusedQuestionsAreWarnedAbout() {
        let bank = MarkedScript(ScriptFixtures.bank + "\n" + ScriptFixtures.question("«LS104»fru-a", "frugality"))
        let found = diagnostics(loop: MarkedScript(ScriptFixtures.loop), bank: bank)
        #expect(found.filter { $0.code == .unusedQuestion }.map(\.place) == bank.expectedPlaces)
    }

    @Test func exampleAnswersAreCheckedByTheGivenChecker() {
        let bank = MarkedScript(ScriptFixtures.bank + "\n" + ScriptFixtures.question("co-ex", "customer-obsession", extra: """
            examples:
              - answer: «LS105»We did things.
                parts: [result]
        """))
        let parsed = ScriptParser.parse(Array(bank.text.utf8), file: "bank.yaml")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let validator = LibraryValidator(exampleCheck: { example, _ in example.parts.contains(.result) ? ["has no result"] : [] })
        let found = validator.validate(ScriptLibrary(scripts: [parsed])).filter { $0.code == .exampleMismatch }
        #expect(found.map(\.place) == bank.expectedPlaces)
    }

    @Test func rubricWeightsThatDoNotSumToOneAreWarnedAbout() {
        // Reported at the mapping they are about, not at the top of the file.
        let marked = MarkedScript(ScriptFixtures.loop + "rubric:\n  weights:\n    «LS106»star: 0.9\n  thresholds:\n    «LS019»inclined: 0.9\n")
        expectExactly(marked, in: diagnostics(loop: marked), file: "loop.yaml")
    }

    @Test func everyCodeIsCoveredByATestHere() throws {
        // The codes exercised above plus the hostile-input ones in HostileInputTests and the
        // shared-pool ones (LS024-LS026, LS107) in SharedPoolTests, LS009 (the cap) in the CLI tests,
        // the story-file ones (LS027, LS028, LS108-LS110) in StoryParserTests, and LS111 in the
        // CLI's LoopIDCollisionTests.
        let covered: Set<String> = ["LS111", "LS027", "LS028", "LS108", "LS109", "LS110", "LS009", "LS024", "LS025", "LS026", "LS107", "LS001", "LS002", "LS003", "LS004", "LS005", "LS006", "LS007", "LS008", "LS010", "LS011", "LS012", "LS013", "LS014", "LS015", "LS016", "LS017", "LS018", "LS019", "LS020", "LS021", "LS022", "LS023", "LS101", "LS102", "LS103", "LS104", "LS105", "LS106"]
        #expect(Set(DiagnosticCode.allCases.map(\.rawValue)) == covered)
    }
}
