import InterviewScript

/// The loop scripts and question banks that ship with mockloop, compiled into the binary at build
/// time from `scripts/loops` (by the EmbedShippedScripts plugin, which also checks them: a shipped
/// script with an error does not build), so a mockloop copied anywhere has its loops.
/// `$MOCKLOOP_SCRIPTS` replaces them with a folder; the user's loops folder adds to them.
public enum ShippedScripts {
    /// The folder name the compiled-in scripts are shown under (never a real path).
    public static let folder = "<shipped>"

    /// Each file's path inside `scripts/loops` (for example `questions/ownership.yaml`) and its text.
    public static var files: [(path: String, text: String)] { EmbeddedScripts.files }
}
