import Foundation

/// A short loop with its own bank, written into a test's private folder.
enum SessionFixtures {
    static let bank = """
    kind: question-bank
    questions:
      - id: t-latency
        text: Tell me about a time you fixed a slow system for customers.
        principles: [customer-obsession, dive-deep]
        probes:
          situation: ["When was this and what was happening?"]
          task: ["What were you asked to achieve?"]
          action: ["Walk me through what you did yourself."]
          result: ["How did it turn out for the customers?"]
          ownership: ["Which part of that was yours?"]
          metrics: ["How much faster did it get, and how did you measure it?"]
          hypothetical: ["Tell me about one time that really happened."]
          vague: ["What did that mean in practice?"]
      - id: t-mistake
        text: Tell me about a mistake you admitted to.
        principles: [earn-trust, ownership]
        probes:
          situation: ["What was going on?"]
          task: ["What were you responsible for?"]
          action: ["What did you do once you noticed?"]
          result: ["What happened in the end?"]
    """

    static let loop = """
    kind: loop
    id: test-session
    title: Test session loop
    area: aws
    role: Engineer
    version: "1"
    description: Two short rounds for tests.
    question-minutes: 10
    rounds:
      - title: Hiring manager
        interviewer: Dana Lee
        persona: Direct.
        principles: [customer-obsession, dive-deep]
        questions: 1
        minutes: 20
        pinned: [t-latency]
      - title: Bar raiser
        interviewer: Sam Ortiz
        persona: Calm.
        bar-raiser: true
        principles: [earn-trust, ownership]
        questions: 1
        minutes: 20
        pinned: [t-mistake]
    """

    /// Writes the loop and bank into `folder/loops` and returns the loop's path.
    static func install(in runner: CommandRunner) throws -> String {
        try runner.write("fixture/bank.yaml", bank)
        return try runner.write("fixture/test-session.yaml", loop).path
    }

    /// The journal files written into `folder`.
    static func journals(in folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []).filter { $0.lastPathComponent.hasSuffix(".journal.jsonl") }
    }
}
