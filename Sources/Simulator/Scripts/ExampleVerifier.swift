import InterviewScript

/// Checks a question's `examples:` answers against the analyzer, for `mockloop validate`.
public enum ExampleVerifier {
    /// What the analyzer failed to find in the example, as phrases for a diagnostic.
    @Sendable public static func check(_ example: ExampleAnswer, of question: Question) -> [String] {
        // Wired to the analyzer once it lands (see Sources/Simulator/Analysis).
        []
    }
}
