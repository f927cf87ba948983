import Foundation
import Testing

/// The story bank's HTML pages in a real headless Chromium: the matrix and plan are drawn (every
/// mark has a size on the page), and nothing a candidate wrote in a story can add markup or run
/// script.
@Suite(.serialized) struct StoryPagesBrowserTests {
    static let hostile = "<img src=x onerror=\"parent.injected=1\"><script>parent.injected=2</script>\"'><b>bold</b>"

    @Test func theMatrixPageIsDrawnAndStoryTextCannotInject() throws {
        let runner = CommandRunner()
        try runner.write("stories/\("hostile").md", """
        ---
        title: \(StoryTemplateQuote.quote(Self.hostile))
        principles: [ownership, dive-deep]
        role: \(StoryTemplateQuote.quote(Self.hostile))
        ---
        ## Situation
        In 2022 I ran the night shift \(Self.hostile).
        ## Action
        I rebuilt the pick path myself.
        ## Result
        Picks per hour went from 80 to 104.
        """)
        try runner.write("stories/plain.md", "---\ntitle: Plain story\nprinciples: [customer-obsession]\n---\nIn 2021 I called every customer myself and churn fell from 9% to 4%.\n")
        let page = runner.home.appendingPathComponent("matrix.html")
        let result = try runner.run(["stories", "--loop", "aws-solutions-architect", "--format", "html", "-o", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        let found = try HeadlessBrowser.probe(page, """
            var marks = Array.from(doc.querySelectorAll('#matrix td.mark'));
            var drawn = marks.filter(function (m) { var r = m.getBoundingClientRect(); return r.width > 0 && r.height > 0 && m.textContent.trim().length > 0; });
            var rows = doc.querySelectorAll('#matrix tbody tr').length;
            var planRows = doc.querySelectorAll('#plan tbody tr').length;
            var injected = doc.querySelectorAll('script, img, b, iframe, object, embed, [onerror], [onload]').length;
            return { marks: marks.length, drawn: drawn.length, rows: rows, planRows: planRows, injected: injected,
                     ran: win.parent.injected || 0, title: doc.body.textContent.indexOf('<script>parent.injected=2</script>') >= 0 };
            """)
        #expect(found["marks"] as? Int ?? 0 >= 3)
        #expect(found["drawn"] as? Int == found["marks"] as? Int, "every mark is drawn")
        #expect(found["rows"] as? Int == 11, "the loop's 11 principles")
        #expect(found["planRows"] as? Int == 11, "one plan row per round principle")
        #expect(found["injected"] as? Int == 0, "no element from story text")
        #expect(found["ran"] as? Int == 0, "no script from story text ran")
        #expect(found["title"] as? Bool == true, "the text is shown as text")
    }
}

/// YAML double quotes for writing hostile text into a story's front matter.
enum StoryTemplateQuote {
    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
