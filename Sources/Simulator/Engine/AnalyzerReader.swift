import InterviewScript

/// Connects the interviewer to the STAR analyzer: reads each answer with the question's
/// principles and signal phrases, leaning toward the part a follow-up asked for.
///
public enum AnalyzerReader {
    /// The analyzer the interviewer, its test plans and the bank examples use: the learned reader.
    public static let interviewerAnalyzer = AnswerAnalyzer()

    public static func make(analyzer: AnswerAnalyzer) -> AnswerReader {
        { text, question, replyingTo in
            AnswerFindings(analyzer.analyze(text, principles: question.principles, signalPhrases: question.signals, answering: replyingTo))
        }
    }

    /// A reader with the interviewer's analyzer, which is built (its word tables compiled) on
    /// the first answer read, not when the reader is made: a session's first question need not
    /// wait for it (`warmUp` builds it meanwhile).
    public static func make() -> AnswerReader {
        { text, question, replyingTo in
            AnswerFindings(interviewerAnalyzer.analyze(text, principles: question.principles, signalPhrases: question.signals, answering: replyingTo))
        }
    }

    /// Builds the interviewer's analyzer now, on the calling thread: run it on another thread
    /// while the first question is shown. Safe to call at any time and from any thread.
    public static func warmUp() {
        _ = interviewerAnalyzer
    }
}

extension AnswerFindings {
    /// The parts of an analysis the interviewer and the write-up use. `quoting: false` leaves
    /// out the quotes and the signal phrases, for a caller that only weighs the findings.
    public init(_ analysis: AnswerAnalysis, quoting: Bool = true) {
        var signals: [String: [String]] = [:]
        for match in analysis.principleSignals where quoting && !(signals[match.principle.id]?.contains(match.phrase) ?? false) {
            signals[match.principle.id, default: []].append(match.phrase)
        }
        var quotes: [String: String] = [:]
        func record(_ key: String, sentence index: Int?) {
            guard quoting, let index, analysis.sentences.indices.contains(index), quotes[key] == nil else { return }
            let text = analysis.sentences[index].text
            // At most 240 characters (counted only when the bytes could be more).
            quotes[key] = text.utf8.count > 240 && text.count > 240 ? String(text.prefix(239)) + "…" : text
        }
        for part in StarPart.allCases { record(part.rawValue, sentence: analysis.parts[part].sentences.first) }
        // The sentence behind each other finding, so a write-up quotes what caused it.
        record(Cause.weAction.rawValue, sentence: analysis.ownership.weSentences.first)
        record(Cause.iAction.rawValue, sentence: analysis.ownership.iSentences.first)
        record(Cause.metric.rawValue, sentence: analysis.metricEvidence.first?.sentence)
        record(Cause.hypothetical.rawValue, sentence: analysis.hypotheticalEvidence.first?.sentence ?? analysis.sentences.first(where: \.hypothetical)?.index)
        record(Cause.evasive.rawValue, sentence: analysis.evasionEvidence.first?.sentence)
        self.init(
            words: analysis.words,
            situation: analysis.parts.situation.strength,
            task: analysis.parts.task.strength,
            action: analysis.parts.action.strength,
            result: analysis.parts.result.strength,
            iCount: analysis.ownership.iSubjects,
            weCount: analysis.ownership.weSubjects,
            weHeavy: analysis.ownership.weHeavy,
            quantifiedResult: analysis.quantifiedResult,
            metrics: analysis.metrics,
            hypothetical: analysis.hypothetical,
            vagueFiller: analysis.vagueFiller.evidence.map(\.text),
            signals: signals,
            quotes: quotes,
            evasive: analysis.evasive
        )
    }
}

/// A reader for replaying a journal: an answer the journal recorded gets the findings recorded
/// with it (so a resumed session follows the same follow-ups even if the analyzer has changed
/// since), and any other answer is read by `fallback`.
public enum RecordedFindingsReader {
    public static func make(recorded records: [SessionRecord], fallback: @escaping AnswerReader) -> AnswerReader {
        var known: [String: AnswerFindings] = [:]
        for record in records {
            if case .answerGiven(let answer) = record {
                let key = Self.key(answer.questionID, answer.replyingTo, answer.text)
                if known[key] == nil { known[key] = answer.findings }
            }
        }
        let table = known
        return { text, question, replyingTo in
            table[Self.key(question.id, replyingTo, text)] ?? fallback(text, question, replyingTo)
        }
    }

    private static func key(_ questionID: String, _ probe: ProbeKind?, _ text: String) -> String {
        questionID + "\u{1F}" + (probe?.rawValue ?? "") + "\u{1F}" + text
    }
}
