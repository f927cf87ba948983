import Foundation
import Testing

/// `mockloop progress` over a sessions folder as a user has it: five finished sessions of one
/// candidate getting better (Tests/SimulatorTests/Fixtures/sessions), plus the files a real
/// folder collects (a truncated transcript, one of another format version, a binary file, an
/// unfinished session), in every format; the HTML page's charts checked in headless Chromium.
@Suite(.serialized) struct ProgressCommandTests {
    static let fixtures = CommandRunner.repository.appendingPathComponent("Tests/SimulatorTests/Fixtures/sessions")

    func runnerWithSessions(extras: Bool = true) throws -> CommandRunner {
        let runner = CommandRunner()
        let folder = runner.home.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for week in 1...5 {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("week-\(week).transcript.json"), to: folder.appendingPathComponent("week-\(week).transcript.json"))
        }
        guard extras else { return runner }
        let whole = try String(contentsOf: Self.fixtures.appendingPathComponent("week-3.transcript.json"), encoding: .utf8)
        try String(whole.prefix(whole.count / 2)).write(to: folder.appendingPathComponent("truncated.transcript.json"), atomically: true, encoding: .utf8)
        try whole.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 7").write(to: folder.appendingPathComponent("future.transcript.json"), atomically: true, encoding: .utf8)
        try Data([0x00, 0xFF, 0x13, 0x37]).write(to: folder.appendingPathComponent("binary.transcript.json"))
        try whole.replacingOccurrences(of: "\"completed\" : true", with: "\"completed\" : false").write(to: folder.appendingPathComponent("unfinished.transcript.json"), atomically: true, encoding: .utf8)
        return runner
    }

    @Test func theTableShowsFiveSessionsAndWhatWasLeftOut() throws {
        let runner = try runnerWithSessions()
        let result = try runner.run(["progress"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Progress · 5 finished sessions"))
        #expect(result.stdout.contains("results w/ numbers  ▁▁▁▇█  0% → 100%"))
        #expect(result.stdout.contains("Strong No Hire → Strong Hire"))
        #expect(result.stdout.contains("truncated.transcript.json: not a mockloop transcript"))
        #expect(result.stdout.contains("future.transcript.json: transcript format version 7"))
        #expect(result.stdout.contains("binary.transcript.json: not a mockloop transcript"))
        #expect(result.stdout.contains("1 unfinished session is left out"))
        let narrowed = try runner.run(["progress", "--since", "2026-05-01"])
        #expect(narrowed.stdout.contains("Progress · 2 finished sessions · since 2026-05-01"))
        let otherLoop = try runner.run(["progress", "--loop", "retail-area-manager"])
        #expect(otherLoop.stdout.contains("0 finished sessions"))
        #expect(try runner.run(["progress", "--since", "May 1"]).status == 64)
    }

    @Test func jsonHasTheFigures() throws {
        let runner = try runnerWithSessions(extras: false)
        let result = try runner.run(["progress", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let sessions = try #require(object["sessions"] as? [[String: Any]])
        #expect(sessions.count == 5)
        #expect(sessions.first?["decision"] as? String == "strong-no-hire")
        #expect(sessions.last?["decision"] as? String == "strong-hire")
        #expect((sessions.last?["votes"] as? [String: String])?["dive-deep"] != nil)
    }

    @Test func anEmptyOrMissingFolderIsExplained() throws {
        let runner = CommandRunner()
        let empty = try runner.run(["progress"])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("No finished sessions yet"))
        let missing = try runner.run(["progress", "--sessions", runner.home.appendingPathComponent("nope").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("is not a folder of sessions"))
    }

    @Test func theHTMLPageDrawsItsChartsInABrowser() throws {
        let runner = try runnerWithSessions()
        let page = runner.home.appendingPathComponent("progress.html")
        let result = try runner.run(["progress", "--format", "html", "-o", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        let found = try HeadlessBrowser.probe(page, """
            var charts = Array.from(doc.querySelectorAll('figure.chart svg'));
            var lines = Array.from(doc.querySelectorAll('figure.chart polyline'));
            var drawnLines = lines.filter(function (l) { var b = l.getBBox(); return b.width > 100 && l.getTotalLength() > 100; });
            var points = doc.querySelectorAll('figure.chart circle.point').length;
            var cells = Array.from(doc.querySelectorAll('#votes rect.cell'));
            var drawnCells = cells.filter(function (c) { var r = c.getBoundingClientRect(); return r.width > 0 && r.height > 0; });
            var colours = new Set(cells.map(function (c) { return win.getComputedStyle(c).fill; }));
            return { charts: charts.length, lines: lines.length, drawnLines: drawnLines.length, points: points,
                     cells: cells.length, drawnCells: drawnCells.length, colours: colours.size,
                     rows: doc.querySelectorAll('#sessions tbody tr').length,
                     scripts: doc.querySelectorAll('script').length };
            """)
        #expect(found["charts"] as? Int == 6)
        #expect(found["lines"] as? Int ?? 0 >= 5)
        #expect(found["drawnLines"] as? Int == found["lines"] as? Int, "every line is drawn across the chart")
        #expect(found["points"] as? Int ?? 0 >= 25)
        #expect(found["cells"] as? Int ?? 0 >= 40)
        #expect(found["drawnCells"] as? Int == found["cells"] as? Int)
        #expect(found["colours"] as? Int ?? 0 >= 3, "votes are told apart by colour")
        #expect(found["rows"] as? Int == 5)
        #expect(found["scripts"] as? Int == 0)
    }

    @Test func textFromAnAnswerCannotInjectMarkup() throws {
        let runner = try runnerWithSessions(extras: false)
        let folder = runner.home.appendingPathComponent("sessions")
        let url = folder.appendingPathComponent("week-5.transcript.json")
        let hostile = "<img src=x onerror=\\\"parent.injected=1\\\"><script>parent.injected=2<\\/script>"
        let text = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "\"id\" : \"aws-solutions-architect\"", with: "\"id\" : \"\(hostile)\"")
            .replacingOccurrences(of: "\"startedAt\" : \"2026-06-05T09:00:00Z\"", with: "\"startedAt\" : \"2026-06-05\(hostile)\"")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let page = runner.home.appendingPathComponent("progress.html")
        #expect(try runner.run(["progress", "--format", "html", "-o", page.path]).status == 0)
        let found = try HeadlessBrowser.probe(page, """
            return { injected: doc.querySelectorAll('script, img, [onerror]').length, ran: win.parent.injected || 0,
                     shown: doc.body.textContent.indexOf('<img src=x') >= 0 };
            """)
        #expect(found["injected"] as? Int == 0)
        #expect(found["ran"] as? Int == 0)
        #expect(found["shown"] as? Bool == true)
    }
}
