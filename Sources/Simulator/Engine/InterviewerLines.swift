import Foundation
import InterviewScript

/// Everything the scripted interviewer and coordinator say that does not come from the loop
/// script: transitions, built-in follow-ups, replies to the candidate's questions, help.
public enum InterviewerLines {
    /// The default wording (data/lexicon/interviewer-lines.txt).
    static let catalogue = LineCatalogue.embedded("interviewer-lines")

    /// The `n`th wording of a catalogue section (in turn), with placeholders filled in.
    static func line(_ section: String, _ n: Int = 0, _ values: [String: String] = [:]) -> String {
        let lines = catalogue[section]
        guard !lines.isEmpty else { return "" }
        return fill(lines[n % lines.count], values)
    }

    static func fill(_ text: String, _ values: [String: String]) -> String {
        var text = text
        for (key, value) in values { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
        return text
    }

    /// A round's wording: its own, over its loop's.
    static func wording(_ round: Round, _ loop: Loop) -> Wording { round.wording.over(loop.wording) }

    /// Built-in follow-ups, used when a question has none of a kind (used in turn). `weak` picks
    /// the wording for a part told but thinly; `phrase` is the filler a vague answer leaned on.
    public static func defaultProbe(_ kind: ProbeKind, variant: Int, weak: Bool = false, phrase: String? = nil) -> String {
        let weakLines = catalogue["probe.\(kind.rawValue).weak"]
        if weak, !weakLines.isEmpty { return weakLines[variant % weakLines.count] }
        if kind == .vague {
            // The first wording quotes the filler; without one, the others.
            let lines = catalogue["probe.vague"]
            if let phrase { return fill(lines[variant % lines.count], ["phrase": phrase]) }
            let plain = lines.filter { !$0.contains("{phrase}") }
            return plain[variant % plain.count]
        }
        return line("probe.\(kind.rawValue)", variant)
    }

    /// A follow-up asked again after a dodge, differently: for the specifics of the one time. After
    /// a reply of a word or three, `followUp` (as it was asked) again, with a word first.
    static func press(_ kind: ProbeKind, after dodge: ReplyEvidence.Dodge, followUp: String) -> String {
        switch dodge {
        case .thin: line("press.thin-reply") + " " + followUp
        case .hypothetical: line("press.hypothetical-reply")
        case .evasive: line(kind.isDepth ? "press.depth" : "press.\(kind.rawValue)")
        }
    }

    /// The follow-up text: the question's own probes of this kind in turn, else the built-in ones.
    /// An own wording that names details the candidate's `answers` never told (a number, a
    /// name: `ProbeDetails`) is passed over for the next that fits, else the built-in wording.
    static func probe(_ kind: ProbeKind, for question: Question, timesAsked: Int, answers: [String], weak: Bool = false,
                      phrase: String? = nil) -> String {
        if let own = question.probes[kind], !own.isEmpty {
            for offset in 0..<own.count {
                let wording = own[(timesAsked + offset) % own.count]
                if ProbeDetails.fits(wording, question: question.text, answers: answers) { return wording }
            }
        }
        return defaultProbe(kind, variant: timesAsked, weak: weak, phrase: phrase)
    }

    static func roundIntroduction(_ round: Round, index: Int, of count: Int) -> String {
        var line = "Round \(index + 1) of \(count): \(round.title), with \(round.interviewer). \(round.persona)"
        if round.isBarRaiser { line += " This is the Bar Raiser round." }
        return line
    }

    static func greeting(_ round: Round, loop: Loop) -> String {
        let firstName = round.interviewer.split(separator: " ").first.map(String.init) ?? round.interviewer
        let principles = round.principleIDs.map(\.name)
        let list = principles.count > 1 ? principles.dropLast().joined(separator: ", ") + " and " + principles.last! : principles.first ?? ""
        let values = ["first-name": firstName, "principles": list]
        if let own = wording(round, loop).greeting { return fill(own, values) }
        return line("greeting", 0, values)
    }

    /// What the interviewer says before the `n`th question after the first (varied, in turn).
    static func transition(_ round: Round, loop: Loop, _ n: Int) -> String {
        let own = wording(round, loop).transitions
        return own.isEmpty ? line("transition", n) : own[n % own.count]
    }

    static func outOfTime(_ round: Round, loop: Loop) -> String { wording(round, loop).outOfTime ?? line("out-of-time") }
    static var questionOutOfTime: String { line("question-out-of-time") }
    static var skipped: String { line("skipped") }

    /// The interviewer's one answer to the candidate's questions on a topic.
    static func reply(to topic: Wording.Topic, round: Round, loop: Loop) -> String {
        wording(round, loop).answers[topic] ?? line("answer.\(topic.rawValue)")
    }

    static var noQuestions: String { line("no-questions") }

    /// The interviewer's short answer to an aside, before asking again; `afterFollowUp` when the
    /// candidate was answering a follow-up, `times` how many asides came before on the question.
    static func answer(to aside: Aside, afterFollowUp: Bool, times: Int) -> String {
        switch aside {
        case .repeatPlease: line("aside.repeat", times)
        case .clarifying: line(afterFollowUp ? "aside.clarifying-follow-up" : "aside.clarifying", times)
        case .aboutTheRole: line("aside.later", times)
        case .noExample: line("aside.no-example", times)
        }
    }

    /// Said when the candidate still has no example: the question is left.
    static var noExampleAgain: String { line("aside.no-example-again") }

    /// The console's reminder, at the first question, of how to send an answer.
    public static var howToSend: String { line("how-to-send") }

    /// /hint while the interviewer waits for the candidate's own questions.
    static var closingHint: String { line("hint.closing") }

    static func farewell(_ round: Round, loop: Loop) -> String { wording(round, loop).farewell ?? line("farewell") }

    static func loopFinished(_ loop: Loop) -> String { line("loop-finished", 0, ["loop-title": loop.title]) }

    static func quit() -> String { line("quit") }

    static let help: String = {
        let commands = SessionCommand.allCases.map { "  \($0.typed.padding(8))\($0.summary)" }.joined(separator: "\n")
        return "Type your answer over one or more lines and press Enter on an empty line to send it.\nCommands:\n" + commands
    }()

    static func hint(_ round: Round, question: Question?, missing: [StarPart], stories: [Story] = []) -> String {
        let assessed = question?.principles ?? round.principleIDs
        let principles = assessed.map { "\($0.name): \($0.listensFor)" }
        var line = "\(round.interviewer) is listening for " + principles.joined(separator: "; ") + "."
        if !missing.isEmpty, missing.count < 4 {
            line += " Your answer so far has no " + missing.map(\.rawValue).joined(separator: " or ") + "."
        } else {
            line += " Tell one specific story: the situation, your goal, what you did, and the measurable result."
            // Stories from the bank meant for the question's principles, the best-fitting first.
            let fitting = storiesFitting(assessed, in: stories)
            if !fitting.isEmpty {
                let titles = fitting.prefix(3).map { "\u{201C}\($0.title)\u{201D}" }
                line += " From your story bank: " + (titles.count == 1 ? titles[0] : titles.dropLast().joined(separator: ", ") + " or " + titles.last!) + "."
            }
        }
        return line
    }

    /// Bank stories meant for any of `principles`: those meant for more of them first, then in
    /// bank order.
    static func storiesFitting(_ principles: [LeadershipPrinciple], in stories: [Story]) -> [Story] {
        var scored: [(index: Int, fit: Int)] = []
        for (index, story) in stories.enumerated() {
            let fit = Set(story.principles).intersection(principles).count
            if fit > 0 { scored.append((index, fit)) }
        }
        scored.sort { a, b in a.fit != b.fit ? a.fit > b.fit : a.index < b.index }
        return scored.map { stories[$0.index] }
    }

    static func timeReport(round: Round, index: Int, count: Int, usedSeconds: Double, question: Int?, questions: Int, questionMinutes: Int) -> String {
        let used = Int(usedSeconds / 60)
        let left = max(0, round.minutes - used)
        var line = "Round \(index + 1) of \(count): \(used) of \(round.minutes) minutes used, about \(left) left."
        if let question { line += " Question \(question + 1) of \(questions), about \(questionMinutes) minutes each." }
        return line
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
