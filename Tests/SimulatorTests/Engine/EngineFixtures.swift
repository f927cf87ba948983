import InterviewScript
@testable import Simulator

/// A small loop and bank for engine tests, and a reader that takes findings from a notation
/// in the answer text, so state-machine tests do not depend on the analyzer's judgement:
/// `S`/`s` strong/weak situation (likewise T, A, R), `#` a number in the result, `we` a
/// "we"-heavy answer, `would` hypothetical, `fluff` vague filler.
enum EngineFixtures {
    static let bank = """
    kind: question-bank
    questions:
      - id: co-1
        text: Tell me about a time you put a customer first.
        principles: [customer-obsession]
        probes:
          result: ["How did it end for the customer?", "What changed for them?"]
          metrics: ["What number tells us it worked?"]
        signals:
          customer-obsession: ["worked backwards"]
      - id: co-2
        text: Tell me about a customer you disappointed.
        principles: [customer-obsession]
      - id: et-1
        text: Tell me about a time you admitted a mistake.
        principles: [earn-trust]
      - id: dd-1
        text: Tell me about a time the data surprised you.
        principles: [dive-deep]
      - id: dd-2
        text: Tell me about a root cause you found.
        principles: [dive-deep]
      - id: own-1
        text: Tell me about something you owned beyond your role.
        principles: [ownership]
    """

    /// The engine tests' loop. Its probing digs into no complete story (`depth-probes: 0`) unless
    /// `probing` says otherwise, so that they test the gaps; `ListeningInterviewerTests` tests depth.
    static func loopText(probing given: String = "", minutes: Int = 45) -> String {
        let probing = given.contains("depth-probes") ? given : given.isEmpty ? "probing:\n  depth-probes: 0" : given + "\n  depth-probes: 0"
        return """
        kind: loop
        id: engine-loop
        title: Engine loop
        area: aws
        role: Tester
        version: "1"
        description: For engine tests.
        intro: Welcome to the loop.
        question-minutes: 10
        rounds:
          - title: Hiring manager
            interviewer: Dana Lee
            persona: Direct.
            principles: [customer-obsession, earn-trust]
            questions: 2
            minutes: \(minutes)
          - title: Bar raiser
            interviewer: Sam Ortiz
            persona: Calm.
            bar-raiser: true
            principles: [dive-deep, ownership]
            questions: 2
            minutes: \(minutes)
        \(probing)
        """
    }

    static func library(loop: String = loopText()) -> (Loop, ScriptLibrary) {
        let scripts = [ScriptParser.parse(Array(bank.utf8), file: "bank.yaml"), ScriptParser.parse(Array(loop.utf8), file: "loop.yaml")]
        precondition(scripts.allSatisfy { !$0.diagnostics.hasErrors }, "\(scripts.flatMap(\.diagnostics))")
        let library = ScriptLibrary(scripts: scripts)
        return (library.loops[0], library)
    }

    /// Reads answers written in a notation: S T A R for strong parts (s t a r weak), R# a
    /// quantified result, "we", "I", "would" (hypothetical), "fluff" (filler), "dodge" (evasive).
    static let notationReader: AnswerReader = { text, _, _ in
        let words = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        var findings = AnswerFindings(words: words.count)
        for part in StarPart.allCases {
            let letter = String(part.rawValue.prefix(1))
            if words.contains(letter.uppercased()) || words.contains(letter.uppercased() + "#") { findings[part] = .strong }
            else if words.contains(letter) { findings[part] = .weak }
            // Each part letter stands for a sentence of about 25 words.
            if findings[part] != .absent { findings.words += 25 }
        }
        findings.evasive = words.contains("dodge")
        findings.quantifiedResult = text.contains("#")
        findings.weHeavy = words.contains("we")
        findings.weCount = findings.weHeavy ? 3 : 0
        findings.iCount = words.contains("I") ? 2 : 0
        findings.hypothetical = words.contains("would")
        findings.vagueFiller = words.contains("fluff") ? ["worked closely"] : []
        return findings
    }

    static func interviewer(seed: UInt64 = 1, loop: String = loopText()) -> Interviewer {
        let (loop, library) = library(loop: loop)
        return Interviewer(loop: loop, plan: InterviewPlan(loop: loop, library: library, seed: seed), seed: seed, reader: notationReader)
    }
}

extension Array where Element == Effect {
    var asked: [Prompt] { compactMap { if case .ask(let prompt) = $0 { prompt } else { nil } } }
    var said: [String] { compactMap { if case .say(_, let text) = $0 { text } else { nil } } }
    var records: [SessionRecord] { compactMap { if case .record(let record) = $0 { record } else { nil } } }
    var probes: [ProbeKind] { asked.compactMap { if case .probe(let kind) = $0.kind { kind } else { nil } } }
    var outcomes: [QuestionOutcome] { records.compactMap { if case .questionClosed(let outcome) = $0 { outcome } else { nil } } }
}
