import Foundation
import Testing
import InterviewScript
@testable import Simulator

@Suite struct HTMLReportTests {
    let transcript = ReportFixtures.transcript()
    static let hostile = "<script>alert(1)</script>\n\"><img src=x onerror=alert(1)>\n&amp; it's\n\u{1B}[31mred\u{1B}[0m \u{1B}]0;title\u{07}end"

    /// The transcript with hostile text in every kind of field a report shows.
    func hostileTranscript() -> Transcript {
        var t = ReportFixtures.transcript(firstAnswer: Self.hostile)
        t.loop.title = Self.hostile
        t.loop.role = Self.hostile
        t.startedAt = Self.hostile
        t.rounds[0].title = Self.hostile
        t.rounds[0].interviewer = Self.hostile
        t.rounds[0].questions[0].id = Self.hostile
        t.rounds[0].questions[0].turns[0].prompt = Self.hostile
        t.rounds[0].questions[0].turns[1].reason = Self.hostile
        t.rounds[0].candidateQuestions?[0].text = Self.hostile
        t.scores.interviewers[0].interviewer = Self.hostile
        t.scores.interviewers[0].summary = Self.hostile
        t.scores.principles[0].reasons.append(Self.hostile)
        t.scores.decision.rationale = Self.hostile
        t.scores.decision.strongest = Self.hostile
        t.scores.coaching[0].text = Self.hostile
        return t
    }

    @Test func isASelfContainedPageWithAStrictPolicy() {
        let html = HTMLReport.render(transcript)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        for forbidden in ["<script", "<link", "<img", "src=", "href=", "url(", "@import", "@font-face", "http:", "https:", "//"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
    }

    @Test func sectionsComeInTheWriteUpOrder() throws {
        let html = HTMLReport.render(transcript)
        let order = ["<h1>", "id=\"vote-summary\"", "The Bar Raiser&#39;s decision", "<table class=\"votes\">", "id=\"principles\"",
                     "id=\"rounds\"", "Round 1: Hiring manager", "Round 2: Bar raiser", "id=\"coaching\""]
        let offsets = try order.map { try #require(ReportFixtures.offset(of: $0, in: html), "\($0)") }
        #expect(offsets == offsets.sorted())
    }

    @Test func votesAreColouredBadges() {
        let html = HTMLReport.render(transcript)
        for (vote, colour) in [(Vote.strongHire, "#14532d"), (.inclined, "#15803d"), (.notInclined, "#f59e0b"), (.strongNoHire, "#b91c1c")] {
            #expect(html.contains(".vote-\(vote.rawValue) { background: \(colour);"))
        }
        for vote in transcript.scores.interviewers.map(\.vote) + [transcript.scores.decision.vote] {
            #expect(html.contains("<span class=\"vote vote-\(vote.rawValue)\">\(vote.title)</span>"))
        }
    }

    @Test func answersKeepTheirLineBreaks() {
        let html = HTMLReport.render(transcript)
        #expect(html.contains("white-space: pre-wrap"))
        #expect(html.contains("<blockquote class=\"answer\">Our dashboard said latency was fine.\nI pulled a week of logs and split them by region.\nEurope was 3x slower.</blockquote>"))
    }

    @Test func containsTheSameContentAsTheMarkdown() {
        let html = HTMLReport.render(transcript)
        for text in ["Solutions Architect", "Seed", "42", "Dana Lee", "Sam Ortiz", "<strong>Follow-up on numbers:</strong> What number tells us it worked?",
                     "Why: The result had no number.", "How does this role fit the wider organisation?", "(how the role fits)",
                     "Asked no questions.", "<strong>Hints used:</strong> 1", "by 3 min 20 s", "Skipped."] {
            #expect(html.contains(text), "\(text)")
        }
        for principle in transcript.scores.principles { #expect(html.contains(HTMLText.escape(principle.principle.name))) }
        for note in transcript.scores.coaching { #expect(html.contains("<li>\(HTMLText.escape(note.text))</li>")) }
    }

    @Test func transcriptTextIsAlwaysEscaped() throws {
        let html = HTMLReport.render(hostileTranscript())
        for raw in ["<script", "</script>", "<img", "\"><img", "onerror=alert(1)>", "&amp; it's", "\u{1B}", "]0;title"] {
            #expect(!html.contains(raw), "\(raw)")
        }
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;\n&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\n&amp;amp; it&#39;s\nred end"
        #expect(html.contains("<blockquote class=\"answer\">\(escaped)</blockquote>"))
        #expect(html.contains("<title>Mock interview write-up: &lt;script&gt;"))
        // Only the report's own elements appear: nothing from the transcript became a tag.
        let regex = try NSRegularExpression(pattern: "</?([A-Za-z!][A-Za-z0-9]*)")
        let tags = Set(regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]).lowercased() })
        let allowed: Set<String> = ["!doctype", "html", "head", "meta", "title", "style", "body", "header", "main", "section", "article", "div",
                                    "h1", "h2", "h3", "h4", "p", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li",
                                    "span", "strong", "blockquote"]
        #expect(tags.subtracting(allowed).isEmpty, "\(tags.subtracting(allowed))")
    }

    @Test func escapeCoversTheFiveCharacters() {
        #expect(HTMLText.escape("& < > \" '") == "&amp; &lt; &gt; &quot; &#39;")
        #expect(HTMLText.escape("caf\u{E9} \u{1B}[1mbold\u{1B}[0m") == "caf\u{E9} bold")
    }

    @Test func renderingIsDeterministic() {
        #expect(HTMLReport.render(transcript) == HTMLReport.render(ReportFixtures.transcript()))
        #expect(HTMLReport.render(hostileTranscript()) == HTMLReport.render(hostileTranscript()))
    }
}
