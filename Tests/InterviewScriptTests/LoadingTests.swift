import Testing
@testable import InterviewScript

/// Every field of the format reaches the model with its value and place.
@Suite struct LoadingTests {
    static let fullBank = """
    kind: question-bank
    questions:
      - id: co-full
        text: "Tell me about a customer: a hard one."
        principles: [customer-obsession, earn-trust]
        tags: [failure, escalation]
        areas: [aws]
        probes:
          situation: ["S1", "S2"]
          task: ["T1"]
          action: ["A1"]
          result: ["R1"]
          ownership: ["O1"]
          metrics: ["M1"]
          hypothetical: ["H1"]
          vague: ["V1"]
          decision: ["D1"]
          data: ["DA1"]
          conflict: ["C1"]
          learned: ["L1"]
          differently: ["DF1"]
        signals:
          customer-obsession: ["worked backwards", "customer feedback"]
          earn-trust: [admitted]
        examples:
          - answer: |
              Last year I ...
            parts: [situation, action]
            signals: [customer-obsession]
    """

    static let fullLoop = """
    kind: loop
    id: full-loop
    title: Full loop
    area: aws
    role: Technical Account Manager
    level: L6
    version: 2.1
    description: Every field.
    practice: false
    principles: [customer-obsession, dive-deep]
    intro: Welcome.
    question-minutes: 12
    rounds:
      - title: Hiring manager
        interviewer: Dana
        persona: Direct.
        principles: [customer-obsession, earn-trust]
        questions: 1
        minutes: 20
        pinned: [co-full]
      - title: Bar raiser
        interviewer: Sam
        persona: Calm.
        bar-raiser: true
        principles: [dive-deep, ownership, frugality]
        minutes: 45
    closing:
      minutes: 3
      prompt: Any questions?
    probing:
      max-probes: 2
      order: [result, action]
    rubric:
      weights: {star: 0.4, ownership: 0.2, metrics: 0.2, specificity: 0.1, signals: 0.1}
      thresholds: {strong-hire: 0.85, inclined: 0.65, not-inclined: 0.45}
    tests:
      - name: strong candidate
        seed: 7
        steps:
          - answer: I did a thing.
            expect:
              next: probe
              probe: result
              question: co-full
              missing: [result]
              prompted: [task]
              signals: [customer-obsession]
              vote: inclined
    """

    @Test func everyBankFieldLoads() throws {
        let script = ScriptParser.parse(Array(Self.fullBank.utf8), file: "bank.yaml")
        #expect(script.diagnostics.isEmpty, "\(script.diagnostics)")
        let question = try #require(script.bank?.questions.first)
        #expect(question.id == "co-full")
        #expect(question.text == "Tell me about a customer: a hard one.")
        #expect(question.principles == [.customerObsession, .earnTrust])
        #expect(question.tags == ["failure", "escalation"])
        #expect(question.areas == [.aws])
        #expect(question.probes[.situation] == ["S1", "S2"])
        for kind in ProbeKind.allCases { #expect(question.probes[kind]?.isEmpty == false) }
        #expect(question.signals[.customerObsession] == ["worked backwards", "customer feedback"])
        #expect(question.signals[.earnTrust] == ["admitted"])
        #expect(question.examples.count == 1)
        #expect(question.examples[0].answer == "Last year I ...\n")
        #expect(question.examples[0].parts == [.situation, .action])
        #expect(question.examples[0].signals == [.customerObsession])
        #expect(question.location == SourceLocation(file: "bank.yaml", line: 3, column: 9))
    }

    @Test func everyLoopFieldLoads() throws {
        let script = ScriptParser.parse(Array(Self.fullLoop.utf8), file: "loop.yaml")
        #expect(script.diagnostics.isEmpty, "\(script.diagnostics)")
        let loop = try #require(script.loop)
        #expect(loop.id == "full-loop")
        #expect(loop.title == "Full loop")
        #expect(loop.area == .aws)
        #expect(loop.role == "Technical Account Manager")
        #expect(loop.level == "L6")
        #expect(loop.version == "2.1")
        #expect(loop.description == "Every field.")
        #expect(loop.isPractice == false)
        #expect(loop.principles.map(\.value) == [.customerObsession, .diveDeep])
        #expect(loop.intro == "Welcome.")
        #expect(loop.questionMinutes == 12)
        #expect(loop.rounds.count == 2)
        let first = loop.rounds[0], second = loop.rounds[1]
        #expect(first.title == "Hiring manager" && first.interviewer == "Dana" && first.persona == "Direct.")
        #expect(first.isBarRaiser == false && second.isBarRaiser == true)
        #expect(first.principleIDs == [.customerObsession, .earnTrust])
        #expect(second.principleIDs == [.diveDeep, .ownership, .frugality])
        #expect(first.questionCount == 1 && second.questionCount == 2)
        #expect(first.minutes == 20 && second.minutes == 45)
        #expect(first.pinned.map(\.value) == ["co-full"])
        #expect(first.minutesLocation.line == 19)
        #expect(loop.barRaiser?.interviewer == "Sam")
        #expect(loop.closing.minutes == 3 && loop.closing.prompt == "Any questions?")
        #expect(loop.probing.maxProbes == 2 && loop.probing.order == [.result, .action])
        #expect(loop.rubric.weights.star == 0.4 && loop.rubric.weights.signals == 0.1)
        #expect(loop.rubric.thresholds.strongHire == 0.85 && loop.rubric.thresholds.notInclined == 0.45)
        let plan = try #require(loop.tests.first)
        #expect(plan.name == "strong candidate" && plan.seed == 7)
        let expectation = try #require(plan.steps.first?.expectation)
        #expect(plan.steps[0].input == "I did a thing.")
        #expect(expectation.next?.value == .probe)
        #expect(expectation.probe?.value == .result)
        #expect(expectation.question?.value == "co-full")
        #expect(expectation.missing?.value == [.result])
        #expect(expectation.prompted?.value == [.task])
        #expect(expectation.signals?.value == [.customerObsession])
        #expect(expectation.vote?.value == .inclined)
        #expect(expectation.vote?.location.line == 48)
    }

    @Test func defaultsKeepAMinimalLoopShort() throws {
        let loop = try #require(ScriptParser.parse(Array(ScriptFixtures.loop.utf8), file: "l.yaml").loop)
        #expect(loop.questionMinutes == 10)
        #expect(loop.closing.minutes == 5)
        #expect(loop.closing.prompt == ClosingPhase.defaultPrompt)
        #expect(loop.probing.maxProbes == 3)
        #expect(loop.probing.order == ProbingPolicy.defaultOrder)
        #expect(loop.rubric == Rubric())
        #expect(loop.rounds[0].questionCount == 2)
        #expect(loop.isPractice == false)
    }

    @Test func theFullFixturesValidateTogether() {
        let scripts = [ScriptParser.parse(Array(Self.fullBank.utf8), file: "bank.yaml"), ScriptParser.parse(Array(Self.fullLoop.utf8), file: "loop.yaml")]
        let found = LibraryValidator().validate(ScriptLibrary(scripts: scripts)).filter { $0.severity == .error }
        // The bank holds one question, so the Bar Raiser round cannot find its two.
        #expect(found.map(\.code) == [.notEnoughQuestions])
    }

    @Test func schemaListsEveryKeyAndPrinciple() {
        let schema = SchemaGenerator.schemaJSON()
        for shape in [Format.loop, Format.round, Format.bank, Format.question, Format.probes, Format.rubric, Format.testPlan, Format.expectation] {
            for field in shape.fields { #expect(schema.contains("\"\(field.key)\""), "\(field.key)") }
        }
        for principle in LeadershipPrinciple.allCases { #expect(schema.contains("\"\(principle.id)\"")) }
        #expect(schema.contains("\"additionalProperties\" : false"))
    }
}
