import InterviewScript

/// A hash of what a question says and how it is followed up, so a journal can tell whether the
/// question it pinned is still the same one.
public enum QuestionFingerprint {
    public static func of(_ question: Question) -> String {
        var text = question.id + "\u{1F}" + question.text + "\u{1F}" + question.principles.map(\.rawValue).joined(separator: ",")
        for kind in question.probes.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            text += "\u{1F}" + kind.rawValue + "=" + (question.probes[kind] ?? []).joined(separator: "\u{1E}")
        }
        for principle in question.signals.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            text += "\u{1F}" + principle.rawValue + ":" + (question.signals[principle] ?? []).joined(separator: "\u{1E}")
        }
        return Fingerprint.fnv1a(Array(text.utf8))
    }
}
