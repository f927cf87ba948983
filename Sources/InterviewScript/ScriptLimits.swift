/// The bounds within which a script is read. Anything beyond them is refused with a
/// diagnostic before it can cost much time or memory.
public enum ScriptLimits {
    /// The largest script file read: 16 MiB, room for a bank of well over 10,000 questions.
    public static let maxBytes = 16 << 20
    /// The largest file in the user's loops folder read when listing or running loops: 1 MiB,
    /// about 5,000 questions, far more than any loop draws from. A larger file is left out
    /// there with a note, so it cannot slow every run; `validate` still reads it (up to `maxBytes`).
    public static let maxBytesWhenRunning = 1 << 20
    /// The deepest nesting of lists and mappings; real scripts need fewer than ten levels.
    public static let maxDepth = 48
    /// Values visited per byte of file (with a floor), which bounds alias expansion.
    public static func maxValues(forBytes bytes: Int) -> Int { max(20_000, bytes * 2) }
}
