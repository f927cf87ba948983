import Foundation

/// Where mockloop finds the shipped scripts and keeps the user's own loops and sessions.
///
/// - Shipped scripts: compiled into the binary (`ShippedScripts`); `$MOCKLOOP_SCRIPTS` names a
///   folder to use instead. The current folder is never searched.
/// - The user's folder: `$MOCKLOOP_HOME`, else `$XDG_DATA_HOME/mockloop`, else
///   `~/.local/share/mockloop`; loops in `loops/`, sessions in `sessions/`.
enum DataFolders {
    /// Read once: mockloop never changes its own environment.
    static let environment: [String: String] = ProcessInfo.processInfo.environment

    /// The folder that replaces the compiled-in shipped scripts (`$MOCKLOOP_SCRIPTS`), if set.
    static var shippedScripts: URL? {
        guard let configured = environment["MOCKLOOP_SCRIPTS"], !configured.isEmpty else { return nil }
        return URL(fileURLWithPath: configured).standardizedFileURL
    }

    /// The user's mockloop folder (not created here).
    static var home: URL {
        if let configured = environment["MOCKLOOP_HOME"], !configured.isEmpty {
            return URL(fileURLWithPath: configured)
        }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("mockloop")
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/mockloop")
    }

    /// The user's own loops.
    static var userLoops: URL { home.appendingPathComponent("loops") }

    /// Where sessions are written unless `--out` says otherwise.
    static var sessions: URL { home.appendingPathComponent("sessions") }

    static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
