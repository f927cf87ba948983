import Testing
@testable import Simulator

/// The telling words two answers are compared by (five letters or more, and every number),
/// read byte by byte for ASCII and a scalar at a time otherwise, as strings and as hashes.
@Suite struct StoryOverlapTests {
    @Test func tellingWordsAreLowercasedLongWordsAndNumbers() {
        let words = StoryOverlap.words("I rewrote the Billing QUERY, and load time fell from 9 to 1.2 seconds.")
        #expect(words == ["rewrote", "billing", "query", "seconds", "9", "1", "2"])
    }

    @Test func wordsOutsideASCIIAreLowercasedWhole() {
        // "Übergabe" lowercases its first letter; "naïve" keeps its letter; a combining accent
        // stays inside its word; "—" and "…" end words as spaces do.
        let words = StoryOverlap.words("Die Übergabe in Zürich war naïve—cafe\u{301}s… 12€")
        #expect(words == ["übergabe", "zürich", "naïve", "cafe\u{301}s", "12"])
    }

    @Test func theHashesAreTheWordsHashed() {
        let text = "Unplanned stops went down from about 40 per shift to 15 in Łódź, and the vendor took our manual."
        let words = StoryOverlap.words(text), hashes = StoryOverlap.wordHashes(text)
        #expect(hashes.count == words.count)
        #expect(hashes == Set(words.map { WordHash.hash($0) }))
    }

    @Test func aStoryToldTwiceIsARetellingAndAnotherStoryIsNot() {
        let first = "When our on-call rotation kept missing pages, I noticed that alerts went to an old distribution list. I rebuilt the routing myself over a weekend, tested it with synthetic alarms and wrote a runbook; missed pages dropped from 12 a month to zero."
        let again = "Our on-call rotation was missing pages because alerts went to an old distribution list, so I rebuilt the routing over a weekend, tested it with synthetic alarms and wrote a runbook, and missed pages went from 12 a month to zero."
        let other = "A customer's bill had grown from 40 thousand to 95 thousand dollars, so I grouped the costs by tag, shut down idle development stacks at night and right-sized three databases."
        #expect(StoryOverlap.isRetelling(StoryOverlap.wordHashes(first), StoryOverlap.wordHashes(again)))
        #expect(StoryOverlap.isRetelling(StoryOverlap.words(first), StoryOverlap.words(again)))
        #expect(!StoryOverlap.isRetelling(StoryOverlap.wordHashes(first), StoryOverlap.wordHashes(other)))
    }
}
