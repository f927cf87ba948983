import Foundation

/// Where mockloop finds the shipped scripts and keeps the user's own loops and sessions.
///
/// - Shipped scripts: `$MOCKLOOP_SCRIPTS`, else the `scripts/loops` folder of the checkout the
///   executable was built in (found by walking up from the executable), else `./scripts/loops`.
/// - The user's folder: `$MOCKLOOP_HOME`, else `$XDG_DATA_HOME/mockloop`, else
///   `~/.local/share/mockloop`; loops in `loops/`, sessions in `sessions/`.
enum DataFolders {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The folder of shipped loop scripts, if one can be found.
    static var shippedScripts: URL? {
        if let configured = environment["MOCKLOOP_SCRIPTS"], !configured.isEmpty {
            return URL(fileURLWithPath: configured).standardizedFileURL
        }
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(folder.appendingPathComponent("scripts/loops"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("scripts/loops"))
        return candidates.first { isDirectory($0) }?.standardizedFileURL
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
