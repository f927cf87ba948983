import CReadlineShim
#if canImport(Glibc)
import Glibc
#endif

/// Lines from GNU readline: editing, in-session history (up arrow, Ctrl-R), the user's
/// ~/.inputrc (application name `mockloop`), and tab completion of the slash commands.
/// Ctrl-C clears the line instead of ending the process (handled in the C shim).
final class ReadlineSource: LineSource {
    let isInteractive = true

    init() {
        mlrl_setup("mockloop", 500)
    }

    func readLine(prompt: String) -> LineInput {
        var status = MLRL_LINE
        guard let pointer = mlrl_readline(prompt, &status) else {
            switch status {
            case MLRL_INTERRUPTED: return .interrupted
            case MLRL_TERMINATED: return .terminated(signal: mlrl_pending_termination())
            default: return .endOfInput
            }
        }
        defer { free(pointer) }
        let line = String(cString: pointer)
        mlrl_add_history(line)
        return .line(line)
    }

    func setCompletions(_ words: [String]) {
        var pointers = words.map { strdup($0) }
        pointers.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) { base in
                mlrl_set_completions(base, Int32(buffer.count))
            }
        }
        pointers.forEach { free($0) }
    }

    func restore() {
        mlrl_restore_terminal()
    }
}
