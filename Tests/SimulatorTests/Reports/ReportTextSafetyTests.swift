import Testing
@testable import Simulator

@Suite struct ReportTextSafetyTests {
    @Test func stripsEscapeSequences() {
        let cases: [(String, String)] = [
            ("\u{1B}[1;31mred\u{1B}[0m", "red"),
            ("\u{1B}]8;;https://example.com\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),
            ("\u{1B}]52;c;ZWNobyBoaQ==\u{07}after", "after"),
            ("\u{1B}]0;window title\u{07}ok", "ok"),
            ("\u{1B}P1$r0m\u{1B}\\dcs", "dcs"),
            ("a\u{9B}31mb\u{9D}0;t\u{9C}c", "abc"),
            ("\u{1B}cReset \u{1B}(Bcharset \u{1B}7saved", "Reset charset saved"),
            ("\u{1B}[?1049h\u{1B}[2J\u{1B}[Hscreen", "screen"),
            ("end\u{1B}", "end"),
            ("\u{1B}[31", ""),
        ]
        for (input, output) in cases { #expect(ControlSequenceFilter.strip(input) == output, "\(input.debugDescription)") }
    }

    @Test func keepsNewlinesAndTabsAndDropsOtherControls() {
        #expect(ControlSequenceFilter.strip("a\u{00}b\u{08}c\u{7F}d\te\n\u{85}f") == "abcd\te\nf")
        #expect(ControlSequenceFilter.strip("one\r\ntwo\rthree") == "one\ntwo\nthree")
    }

    @Test func anUnterminatedStringEndsAtTheLine() {
        #expect(ControlSequenceFilter.strip("x\u{1B}]0;title\nrest of the answer") == "x\nrest of the answer")
        #expect(ControlSequenceFilter.strip("x\u{1B}[12\nnext") == "x\nnext")
    }

    @Test func leavesOrdinaryTextAlone() {
        let text = "Café, 山田, naïve, 👍🏽, “quotes” — and [brackets] ~ 100%"
        #expect(ControlSequenceFilter.strip(text) == text)
    }

    @Test func markdownInlineTextCannotOpenABlockOrMarkup() {
        #expect(MarkdownText.inline("# not a heading") == "\\# not a heading")
        #expect(MarkdownText.inline("- item") == "\\- item")
        #expect(MarkdownText.inline("+ strength") == "\\+ strength")
        #expect(MarkdownText.inline("> quote") == "\\> quote")
        #expect(MarkdownText.inline("2024. A year") == "2024\\. A year")
        #expect(MarkdownText.inline("3.5 percent") == "3.5 percent")
        #expect(MarkdownText.inline("a | b") == "a \\| b")
        #expect(MarkdownText.inline("*bold* _it_ `code` [x](y) ~~s~~") == "\\*bold\\* \\_it\\_ \\`code\\` \\[x\\](y) \\~\\~s\\~\\~")
        #expect(MarkdownText.inline("<img src=x> &amp; &#38; R&D") == "\\<img src=x\\> \\&amp; \\&#38; R&D")
        #expect(MarkdownText.inline("  two\n\nlines\t ") == "two lines")
    }

    @Test func markdownBlockquotePrefixesEveryLine() {
        #expect(MarkdownText.blockquote("one\n\n# two\n\n\n") == ["> one", ">", "> # two"])
        #expect(MarkdownText.blockquote("x\ny", indent: "  ") == ["  > x", "  > y"])
    }

    @Test func wording() {
        #expect(ReportWording.percent(0.724) == "72%")
        #expect(ReportWording.percent(.nan) == "n/a")
        #expect(ReportWording.percent(.infinity) == "n/a")
        #expect(ReportWording.duration(seconds: 45) == "45 s")
        #expect(ReportWording.duration(seconds: 200) == "3 min 20 s")
        #expect(ReportWording.duration(seconds: 720) == "12 min")
    }
}
