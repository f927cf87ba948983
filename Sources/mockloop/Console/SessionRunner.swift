import Foundation
import InterviewScript
import Simulator

/// Runs one session: feeds the candidate's input and the clock to the interviewer, carries
/// out its effects (journal first, then the terminal), and keeps the terminal sane.
final class SessionRunner {
    /// How a session ended.
    enum Ending: Equatable {
        case completed, quit
        case terminated(signal: Int32)
    }

    private var driver: SessionDriver
    private var interviewer: Interviewer { driver.interviewer }
    private let source: LineSource
    private let output: ConsoleOutput
    private let journal: JournalFile
    private let clock = ContinuousClock()
    private let startInstant: ContinuousClock.Instant
    private var collector = AnswerCollector()
    private var finished = false
    /// Everything recorded this session (also in the journal), for the transcript at the end.
    var records: [SessionRecord] { driver.records }
    /// Answers replayed from the journal of a resumed session (nil for a new session).
    private let resumedAnswers: Int?
    /// Session time at which this run's clock starts (the last replayed event's time).
    private let timeOffset: Double
    /// Called once the opening lines and the first question are on the screen.
    private let afterOpening: () -> Void

    /// A runner for `driver`, which for a resumed session has already replayed the journal
    /// whose events are `replayed`.
    init(driver: SessionDriver, source: LineSource, journal: JournalFile, replayed: [Event]? = nil, afterOpening: @escaping () -> Void = {}) {
        self.driver = driver
        self.afterOpening = afterOpening
        self.source = source
        self.journal = journal
        resumedAnswers = replayed.map { $0.filter { if case .answer = $0 { true } else { false } }.count }
        timeOffset = replayed?.last?.time ?? 0
        output = ConsoleOutput(interactive: source.isInteractive)
        startInstant = clock.now
        source.setCompletions(SessionCommand.allCases.map(\.typed))
    }

    private var now: Double {
        let elapsed = clock.now - startInstant
        return timeOffset + Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Hands an event to the interviewer, journals the event and its records (one write, one
    /// flush), and only then carries out what is said.
    private func feed(_ event: Event) throws {
        let step = try driver.feed(event)
        try journal.append(lines: step.lines)
        try perform(step.effects)
    }

    /// Runs to the end; throws when the journal cannot be written (nothing is ever silently lost).
    func run() throws -> Ending {
        defer { source.restore() }
        if let resumedAnswers {
            if interviewer.isFinished { finished = true }
            if let prompt = interviewer.pendingPrompt {
                output.notice("Resuming where you stopped (\(resumedAnswers) answer\(resumedAnswers == 1 ? "" : "s") so far).")
                for (speaker, line) in interviewer.resumeContext { output.say(speaker, line, isQuestion: speaker != .coordinator) }
                output.say(prompt.speaker, prompt.text, isQuestion: true)
            }
        } else {
            try feed(.start(at: now))
            if source.isInteractive { output.notice(InterviewerLines.howToSend) }
        }
        afterOpening()
        while !finished {
            let submission = collector.next(from: source, prompt: prompt) { output.notice($0) }
            switch submission {
            case .answer(let text):
                output.echoAnswer(text)
                try feed(.answer(text, at: now))
            case .command(let command):
                if !source.isInteractive { output.echoAnswer(command.typed) }
                try feed(.command(command, at: now))
            case .unknownCommand(let typed):
                output.notice("Unknown command \(typed). Type /help for the list.")
            case .endOfInput:
                let typed = collector.pendingLines
                let lines = "\(typed) line\(typed == 1 ? "" : "s")"
                if source.isInteractive, !confirmEnd(unsent: typed) {
                    if typed > 0 { output.notice("Carry on: the \(lines) you typed are kept. Press Enter on an empty line to send them.") }
                    continue
                }
                // What was typed is not lost: it goes in as the answer before the session ends.
                if let unsent = collector.takeUnsent() {
                    try feed(.answer(unsent, at: now))
                    output.notice("The \(lines) you had typed were sent as your answer and saved.")
                }
                if !finished { try feed(.command(.quit, at: now)) }
                return .quit
            case .terminated(let signal):
                try feed(.command(.quit, at: now))
                return .terminated(signal: signal)
            }
        }
        if case .finished(let completed) = interviewer.state, !completed { return .quit }
        return .completed
    }

    /// Carries out what the interviewer says; its records are already on disk (see `feed`).
    private func perform(_ effects: [Effect]) throws {
        for effect in effects {
            switch effect {
            case .say(let speaker, let text):
                output.say(speaker, text)
            case .ask(let prompt):
                output.say(prompt.speaker, prompt.text, isQuestion: true)
                if source.isInteractive { output.blankLine() }
            case .endRound:
                output.blankLine()
            case .finish:
                finished = true
            case .record:
                break
            }
        }
    }

    private func prompt(continuation: Bool) -> String {
        guard source.isInteractive else { return "" }
        // A continuation line is clearly a prompt, not an ellipsis in the answer: a dimmed bar.
        if continuation { return output.style.enabled ? "\u{01}\u{1B}[2m\u{02}  │\u{01}\u{1B}[0m\u{02} " : "  │ " }
        let elapsed = Int(now - interviewer.roundStartedAt)
        let clockText = String(format: "%02d:%02d", elapsed / 60, elapsed % 60)
        guard let position = interviewer.position else { return "> " }
        let question = position.question.map { "Q\($0)/\(position.questions)" } ?? "your questions"
        let label = "[R\(position.round)/\(position.rounds) \(question) \(clockText)]"
        guard output.style.enabled else { return label + " > " }
        // readline must not count escape sequences as columns: bracket them with \001 and \002.
        return "\u{01}\u{1B}[2m\u{02}" + label + "\u{01}\u{1B}[0m\u{02} > "
    }

    /// Asks before ending (Ctrl-D at any prompt); a second Ctrl-D or "y" ends and saves.
    private func confirmEnd(unsent: Int) -> Bool {
        let typed = unsent == 0 ? "" : " The \(unsent) line\(unsent == 1 ? "" : "s") you typed will be sent as your answer first."
        switch source.readLine(prompt: "End the session now? Everything so far is saved.\(typed) [y/N] ") {
        case .line(let answer): return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
        case .endOfInput, .terminated: return true
        case .interrupted: return false
        }
    }
}
