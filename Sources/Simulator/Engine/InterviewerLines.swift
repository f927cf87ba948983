import InterviewScript

/// Everything the scripted interviewer and coordinator say that does not come from the loop
/// script: transitions, built-in follow-ups, replies to the candidate's questions, help.
public enum InterviewerLines {
    /// Built-in follow-ups, used when a question has none of a kind (two of each, used in turn).
    public static func defaultProbe(_ kind: ProbeKind, variant: Int) -> String {
        let lines: [String]
        switch kind {
        case .situation: lines = ["Let's anchor this. When and where did it happen, and what was going on?",
                                  "Can you set the scene: what was the situation at the time?"]
        case .task: lines = ["What exactly were you responsible for achieving there?",
                             "What was your goal, and who set it?"]
        case .action: lines = ["Walk me through what you personally did, step by step.",
                               "What did you do yourself, as opposed to the people around you?"]
        case .result: lines = ["How did it turn out in the end?",
                               "What was the outcome, and what did you learn from it?"]
        case .ownership: lines = ["You've said \"we\" quite a bit. What was your own part in it?",
                                  "If I asked your teammates, which pieces would they say were yours?"]
        case .metrics: lines = ["How much difference did it make? Do you have a number for that?",
                                "How did you measure the result?"]
        case .hypothetical: lines = ["That's what you would do. Tell me about one specific time this actually happened.",
                                     "Can you give me a real example from your past, with when and where?"]
        case .vague: lines = ["What does that mean concretely? What did you actually do?",
                              "Can you be more specific about the steps you took?"]
        case .decision: lines = ["Why did you go that way and not another? What else did you consider?",
                                 "What was the hardest call in that, and what made you choose as you did?"]
        case .data: lines = ["What data did you look at before deciding, and what did it tell you?",
                             "How did you know you were right at the time, not just afterwards?"]
        case .conflict: lines = ["Who disagreed with you along the way, and how did you settle it?",
                                 "Where did you meet resistance, and what did you do about it?"]
        case .learned: lines = ["What did you take away from that, and where have you used it since?",
                                "What did that teach you about how you work?"]
        case .differently: lines = ["Looking back, what would you do differently?",
                                    "If you ran it again tomorrow, what would you change?"]
        }
        return lines[variant % lines.count]
    }

    /// A follow-up asked again after a dodge, differently: for the specifics of the one time.
    static func press(_ kind: ProbeKind, hypothetical: Bool) -> String {
        if hypothetical {
            return "I mean in that one situation, not in general: what actually happened, and what did you do?"
        }
        switch kind {
        case .metrics, .result: return "Roughly, then? Even an estimate: what changed, and how did you yourself see that it had?"
        case .ownership, .action: return "Let's stay with you, not the team. What is one thing you did yourself there?"
        case .situation: return "Even roughly: when was this, and what was going on at the time?"
        case .task: return "In your own words: what were you trying to get done?"
        case .hypothetical: return "Think of the last time it really happened. What did you do then?"
        case .vague: return "Give me one concrete example of what that looked like."
        case .decision, .data, .conflict, .learned, .differently: return "Take one concrete moment from that story: what exactly did you do or see?"
        }
    }

    /// The follow-up text: the question's own probes of this kind in turn, else the built-in ones.
    static func probe(_ kind: ProbeKind, for question: Question, timesAsked: Int) -> String {
        if let own = question.probes[kind], !own.isEmpty { return own[timesAsked % own.count] }
        return defaultProbe(kind, variant: timesAsked)
    }

    static func roundIntroduction(_ round: Round, index: Int, of count: Int) -> String {
        var line = "Round \(index + 1) of \(count): \(round.title), with \(round.interviewer). \(round.persona)"
        if round.isBarRaiser { line += " This is the Bar Raiser round." }
        return line
    }

    static func greeting(_ round: Round) -> String {
        let firstName = round.interviewer.split(separator: " ").first.map(String.init) ?? round.interviewer
        let principles = round.principleIDs.map(\.name)
        let list = principles.count > 1 ? principles.dropLast().joined(separator: ", ") + " and " + principles.last! : principles.first ?? ""
        return "Hi, I'm \(firstName). Thanks for your time today. I'd like to hear about your experience, mostly around \(list). Please tell me about specific situations you were in."
    }

    static let nextQuestion = "Thanks. Let's move on to another topic."
    static let outOfTime = "I'm conscious of the time, so let's stop there on this one."
    static let questionOutOfTime = "We've spent our time on this one, so let me move us along."
    static let skipped = "No problem, we'll leave that one."

    static func reply(to category: CandidateQuestion.Category, round: Round) -> String {
        switch category {
        case .roleFit: "Good question. This role sits close to our customers, and the team's priorities come straight from what they tell us, so the fit is about owning outcomes for them."
        case .successCompetencies: "People who do well here dig into data, own their problems end to end and write clearly. The ones who struggle wait to be told what to do."
        case .trainingAndRampUp: "You'd have a structured onboarding for the first few weeks, a mentor, and a first project sized so you can deliver something real within your first quarter."
        case .teamSpecifics: "The team is friendly and fairly senior. How we work day to day, hours and travel, depends on the customers we're supporting at the time; your manager would go through it with you."
        case .other: "That's a fair thing to ask. I'd be happy to follow up on it with the recruiter so you get a proper answer."
        }
    }

    static let noQuestions = "That's fine. It's usually worth having one or two ready, though: interviewers notice curiosity."

    static func farewell(_ round: Round) -> String {
        "Thanks for talking with me today. That's the end of my interview."
    }

    static func loopFinished(_ loop: Loop) -> String {
        "That's the end of your \(loop.title) loop. Thank you. The interviewers are writing up their notes now."
    }

    static func quit() -> String {
        "Ending the session here. Everything you said so far has been kept."
    }

    static let help: String = {
        let commands = SessionCommand.allCases.map { "  \($0.typed.padding(8))\($0.summary)" }.joined(separator: "\n")
        return "Type your answer over one or more lines and press Enter on an empty line to send it.\nCommands:\n" + commands
    }()

    static func hint(_ round: Round, question: Question?, missing: [StarPart]) -> String {
        let principles = (question?.principles ?? round.principleIDs).map { "\($0.name): \($0.listensFor)" }
        var line = "\(round.interviewer) is listening for " + principles.joined(separator: "; ") + "."
        if !missing.isEmpty, missing.count < 4 {
            line += " Your answer so far has no " + missing.map(\.rawValue).joined(separator: " or ") + "."
        } else {
            line += " Tell one specific story: the situation, your goal, what you did, and the measurable result."
        }
        return line
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
