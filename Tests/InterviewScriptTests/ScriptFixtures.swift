/// Small valid scripts that tests change one thing in.
enum ScriptFixtures {
    static func question(_ id: String, _ principles: String, extra: String = "") -> String {
        """
          - id: \(id)
            text: Tell me about a time you did something hard.
            principles: [\(principles)]
            probes:
              situation: ["When was this?"]
              task: ["What were you asked to achieve?"]
              action: ["What did you do?"]
              result: ["What happened in the end?"]
        \(extra)
        """
    }

    /// A bank with two questions for each of the principles used by `loop`.
    static let bank = """
    kind: question-bank
    questions:
    \(question("co-a", "customer-obsession"))
    \(question("co-b", "customer-obsession"))
    \(question("et-a", "earn-trust"))
    \(question("dd-a", "dive-deep"))
    \(question("dd-b", "dive-deep"))
    \(question("own-a", "ownership"))
    """

    static let loopHeader = """
    kind: loop
    id: demo-loop
    title: Demo loop
    area: aws
    role: Solutions Architect
    version: "1"
    description: A loop for tests.

    """

    static let rounds = """
    rounds:
      - title: Hiring manager
        interviewer: Dana
        persona: Direct and curious.
        principles: [customer-obsession, earn-trust]
        minutes: 30
      - title: Bar raiser
        interviewer: Sam
        persona: Calm, from another org.
        bar-raiser: true
        principles: [dive-deep, ownership]
        minutes: 30

    """

    static let loop = loopHeader + rounds
}
