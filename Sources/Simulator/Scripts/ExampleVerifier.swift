import InterviewScript

/// Checks a question's `examples:` answers against the analyzer, for `mockloop validate`:
/// each STAR part the example claims must be found, and each principle it claims must have at
/// least one signal phrase heard (the question's own phrases or the built-in ones).
public enum ExampleVerifier {
    private static let analyzer = AnalyzerReader.interviewerAnalyzer

    /// What the analyzer failed to find in the example, as phrases for a diagnostic.
    @Sendable public static func check(_ example: ExampleAnswer, of question: Question) -> [String] {
        let analysis = analyzer.analyze(example.answer, principles: question.principles + example.signals, signalPhrases: question.signals)
        var problems: [String] = []
        let absent = example.parts.filter { !analysis.parts[$0].present }
        if !absent.isEmpty {
            problems.append("claims \(absent.map(\.rawValue).joined(separator: ", ")) but the analyzer found none; make that part explicit or remove it from `parts:`")
        }
        let heard = Set(analysis.principleSignals.map(\.principle))
        let silent = example.signals.filter { !heard.contains($0) }
        if !silent.isEmpty {
            problems.append("claims signals for \(silent.map(\.id).joined(separator: ", ")) but none of their phrases appear; use one of the question's `signals:` phrases")
        }
        return problems
    }
}
