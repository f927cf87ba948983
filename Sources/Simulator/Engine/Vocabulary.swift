import Foundation
import InterviewScript

/// Something that happens to the interview: the only way anything reaches the state machine.
/// Times are seconds on the caller's clock; the engine never reads a clock itself.
public enum Event: Sendable, Equatable {
    case start(at: Double)
    /// The candidate's text: an answer, or their questions at a round's close.
    case answer(String, at: Double)
    case command(SessionCommand, at: Double)
    /// Time passing with no input.
    case tick(at: Double)

    public var time: Double {
        switch self {
        case .start(let at), .answer(_, let at), .command(_, let at), .tick(let at): at
        }
    }
}

/// A slash command the candidate can type during a session.
public enum SessionCommand: String, CaseIterable, Sendable, Codable {
    case help, `repeat`, skip, time, hint, quit

    /// The command as typed, e.g. `/skip`.
    public var typed: String { "/" + rawValue }

    /// What the command does, for /help.
    public var summary: String {
        switch self {
        case .help: "list these commands"
        case .repeat: "hear the last question again"
        case .skip: "skip the current question (noted in the transcript)"
        case .time: "how much time is left in this round"
        case .hint: "what the interviewer is listening for (noted in the transcript)"
        case .quit: "end the session now; everything so far is saved"
        }
    }

    /// The command typed on a line (`/skip`, ` /SKIP `), if the line is one.
    public init?(typed line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces).lowercased()
        guard trimmed.hasPrefix("/") else { return nil }
        self.init(rawValue: String(trimmed.dropFirst()))
    }
}

/// Who says a line.
public enum Speaker: Sendable, Equatable, Codable {
    /// The loop's coordinator, who introduces rounds and keeps time.
    case coordinator
    case interviewer(String)

    public var name: String {
        switch self {
        case .coordinator: "Coordinator"
        case .interviewer(let name): name
        }
    }
}

/// What a prompt asks for.
public enum PromptKind: Sendable, Equatable, Codable {
    case question(id: String)
    case probe(ProbeKind)
    /// "What questions do you have for me?"
    case closing
}

/// A line that waits for the candidate's answer.
public struct Prompt: Sendable, Equatable, Codable {
    public var speaker: Speaker
    public var text: String
    public var kind: PromptKind
}

/// What the state machine asks its caller to do. The caller does the I/O.
public enum Effect: Sendable, Equatable {
    /// Say a line that needs no answer.
    case say(Speaker, String)
    /// Ask a question, a follow-up or for the candidate's questions, and wait for the answer.
    case ask(Prompt)
    /// Append an event to the session's record (the journal and transcript).
    case record(SessionRecord)
    /// A round has ended (0-based index).
    case endRound(Int)
    /// The loop is over, completed or not.
    case finish(completed: Bool)
}

