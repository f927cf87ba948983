import Foundation
import InterviewScript
@testable import Simulator

/// A two-round loop and a scripted session over it, turned into a scored transcript through
/// `TranscriptBuilder`, for the report tests. `firstAnswer` replaces the candidate's first
/// answer (and the quotes taken from it), to feed hostile text through every place an answer
/// reaches: the answer itself, findings, principle quotes and the decision's evidence.
enum ReportFixtures {
    static let bank = """
    kind: question-bank
    questions:
      - id: co-1
        text: Tell me about a time you put a customer first.
        principles: [customer-obsession]
      - id: et-1
        text: Tell me about a time you admitted a mistake.
        principles: [earn-trust]
      - id: dd-1
        text: Tell me about a time the data surprised you.
        principles: [dive-deep]
      - id: own-1
        text: Tell me about something you owned beyond your role.
        principles: [ownership]
    """

    static let loop = """
    kind: loop
    id: report-loop
    title: Report test loop
    area: aws
    role: Solutions Architect
    level: L5
    version: "3"
    description: For report tests.
    question-minutes: 10
    rounds:
      - title: Hiring manager
        interviewer: Dana Lee
        persona: Direct.
        principles: [customer-obsession, earn-trust]
        questions: 2
        minutes: 45
      - title: Bar raiser
        interviewer: Sam Ortiz
        persona: Calm.
        bar-raiser: true
        principles: [dive-deep, ownership]
        questions: 2
        minutes: 45
    """

    static let defaultFirstAnswer = """
    Last spring our largest retail customer kept timing out at checkout.
    I owned the fix: I traced the calls, I rewrote the retry logic and I shipped it in two days.
    """

    static func library() -> (Loop, ScriptLibrary) {
        let scripts = [ScriptParser.parse(Array(bank.utf8), file: "bank.yaml"), ScriptParser.parse(Array(loop.utf8), file: "loop.yaml")]
        precondition(scripts.allSatisfy { !$0.diagnostics.hasErrors }, "\(scripts.flatMap(\.diagnostics))")
        let library = ScriptLibrary(scripts: scripts)
        return (library.loops[0], library)
    }

    static let header = JournalHeader(loopID: "report-loop", loopVersion: "3", loopFile: "loop.yaml", scriptFingerprint: "fnv1a:0001",
                                      seed: 42, startedAt: "2025-03-04T09:00:00Z")

    static func transcript(firstAnswer: String = defaultFirstAnswer, completed: Bool = true) -> Transcript {
        let (loop, library) = library()
        return TranscriptBuilder.build(header: header, records: records(firstAnswer: firstAnswer, completed: completed), loop: loop, library: library,
                                       generatedAt: "2025-03-04T10:30:00Z")
    }

    static func records(firstAnswer: String, completed: Bool) -> [SessionRecord] {
        let firstLine = String(firstAnswer.split(separator: "\n").first ?? "")
        let strong = AnswerFindings(words: 140, situation: .strong, task: .strong, action: .strong, result: .weak, iCount: 4, weCount: 1,
                                    signals: ["customer-obsession": ["worked backwards"]],
                                    quotes: ["situation": firstLine, "action": firstAnswer, "result": "It went well."])
        let metrics = AnswerFindings(words: 30, result: .strong, quantifiedResult: true, metrics: ["40%"], quotes: ["result": "Timeouts fell by 40% in a week."])
        let hypothetical = AnswerFindings(words: 50, situation: .weak, action: .weak, hypothetical: true, vagueFiller: ["worked closely with stakeholders"])
        let solid = AnswerFindings(words: 220, situation: .strong, task: .strong, action: .strong, result: .strong, iCount: 6, weCount: 1,
                                   quantifiedResult: true, metrics: ["3x"], quotes: ["action": "I pulled a week of logs and split them by region."])
        func answer(_ round: Int, _ id: String, _ turn: Int, _ probe: ProbeKind?, _ text: String, _ findings: AnswerFindings, at: Double) -> SessionRecord {
            .answerGiven(answer: AnswerRecord(round: round, questionID: id, turn: turn, replyingTo: probe, text: text, findings: findings, at: at, seconds: 95))
        }
        func closed(_ round: Int, _ id: String, volunteered: [StarPart], prompted: [StarPart] = [], missing: [StarPart] = [], skipped: Bool = false, reason: QuestionOutcome.Reason) -> SessionRecord {
            .questionClosed(outcome: QuestionOutcome(round: round, questionID: id, volunteered: volunteered, prompted: prompted, missing: missing,
                                            strengths: StarParts { volunteered.contains($0) || prompted.contains($0) ? .strong : .absent },
                                            probes: [], skipped: skipped, reason: reason, at: 0))
        }
        return [
            .sessionStarted(loopID: "report-loop", loopVersion: "3", seed: 42, at: 0),
            .roundStarted(round: 0, interviewer: "Dana Lee", at: 0),
            .questionAsked(round: 0, questionID: "co-1", text: "Tell me about a time you put a customer first.", at: 1),
            answer(0, "co-1", 0, nil, firstAnswer, strong, at: 100),
            .probeAsked(round: 0, questionID: "co-1", probe: .metrics, text: "What number tells us it worked?", reason: "The result had no number.", at: 101),
            answer(0, "co-1", 1, .metrics, "Timeouts fell by 40% in a week.", metrics, at: 150),
            closed(0, "co-1", volunteered: [.situation, .task, .action, .result], reason: .complete),
            .questionAsked(round: 0, questionID: "et-1", text: "Tell me about a time you admitted a mistake.", at: 200),
            .hintGiven(round: 0, questionID: "et-1", text: "Think of one specific time.", at: 210),
            answer(0, "et-1", 0, nil, "I would always tell my manager straight away.", hypothetical, at: 300),
            .answerRanLong(round: 0, questionID: "et-1", seconds: 400, budgetSeconds: 300),
            closed(0, "et-1", volunteered: [.situation, .action], missing: [.task, .result], reason: .probeLimit),
            .candidateQuestions(round: 0, questions: [
                CandidateQuestion(text: "How does this role fit the wider organisation?", category: .roleFit),
                CandidateQuestion(text: "What does ramp-up look like?", category: .trainingAndRampUp),
            ], at: 400),
            .roundEnded(round: 0, at: 410),
            .roundStarted(round: 1, interviewer: "Sam Ortiz", at: 420),
            .questionAsked(round: 1, questionID: "dd-1", text: "Tell me about a time the data surprised you.", at: 421),
            answer(1, "dd-1", 0, nil, "Our dashboard said latency was fine.\nI pulled a week of logs and split them by region.\nEurope was 3x slower.", solid, at: 500),
            closed(1, "dd-1", volunteered: [.situation, .task, .action, .result], reason: .complete),
            .questionAsked(round: 1, questionID: "own-1", text: "Tell me about something you owned beyond your role.", at: 510),
            closed(1, "own-1", volunteered: [], skipped: true, reason: .skipped),
            .candidateQuestions(round: 1, questions: [], at: 600),
            .roundOverran(round: 1, seconds: 2900, budgetSeconds: 2700),
            .roundEnded(round: 1, at: 2900),
            .sessionEnded(completed: completed, at: 2900),
        ]
    }

    /// Where `needle` first occurs in `text`, as a character offset (nil when absent).
    static func offset(of needle: String, in text: String) -> Int? {
        text.range(of: needle).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
    }

    /// The text with ANSI colour codes (`ESC [ ... m`) removed, for comparing coloured output.
    static func withoutColour(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }
}
