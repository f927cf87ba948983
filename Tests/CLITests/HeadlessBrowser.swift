import Foundation

/// Renders one of mockloop's HTML pages in a real headless Chromium and runs a probe against
/// the rendered page. The pages carry no script of their own, so the probe runs in a harness
/// page that loads the page in a frame (same origin under `--allow-file-access-from-files`)
/// and writes what it found, as JSON, into its own body for `--dump-dom` to print.
/// `.ci/run` installs Chromium when it is missing.
enum HeadlessBrowser {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// The browser on PATH, if any.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    /// Loads `page` and returns what `probe` returned, decoded from JSON. `probe` is the body of
    /// a JavaScript function of `doc` (the page's document) and `win` (its window).
    static func probe(_ page: URL, _ probe: String) throws -> [String: Any] {
        guard let browser = executable else {
            throw Failure(description: "no headless browser found: install Chromium (Debian: apt-get install chromium; .ci/run does this)")
        }
        let folder = page.deletingLastPathComponent()
        let harness = folder.appendingPathComponent("harness-\(UUID().uuidString).html")
        // "</script>" in the probe would end the harness's script element.
        let probe = probe.replacingOccurrences(of: "</", with: "<\\/")
        let html = """
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body><pre id="out">pending</pre>
        <iframe id="frame" src="\(page.lastPathComponent)" style="width:1280px;height:4000px"></iframe>
        <script>
        document.getElementById('frame').addEventListener('load', function () {
          var result;
          try { result = JSON.stringify((function (doc, win) { \(probe) })(this.contentDocument, this.contentWindow)); }
          catch (error) { result = JSON.stringify({ error: String(error) }); }
          document.getElementById('out').textContent = result;
        });
        </script></body></html>
        """
        try html.write(to: harness, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: harness) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        let profile = folder.appendingPathComponent("chromium-profile-\(UUID().uuidString)")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--allow-file-access-from-files", "--user-data-dir=\(profile.path)",
                             "--virtual-time-budget=15000", "--dump-dom", harness.absoluteString]
        defer { try? FileManager.default.removeItem(at: profile) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let dom = String(decoding: data, as: UTF8.self)
        guard let start = dom.range(of: "<pre id=\"out\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else {
            throw Failure(description: "the browser printed no result (exit \(process.terminationStatus)): \(dom.prefix(300))")
        }
        let text = String(dom[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw Failure(description: "the probe did not return an object: \(text.prefix(300))")
        }
        if let error = object["error"] as? String { throw Failure(description: "the probe failed in the page: \(error)") }
        return object
    }
}
