import Testing
@testable import Simulator

/// Seeded random text built from the pieces that stress the tokenizer and segmenter: bullets,
/// numbers, abbreviations, quotes, dashes, non-ASCII letters, emoji, blank lines.
@Suite struct AnalyzerRobustnessTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "I", "we", "the team", "migrated", "would", "I'd", "usually", "last year", "3.5%", "$1.2M", "4.8 stars", "from 40 to 12 minutes",
        "e.g.", "Mr.", "etc.", "vs.", "U.S.", "1.", "2)", "- ", "* ", "• ", "\n", "\n\n", ".", "?", "!", "…", "\"", "“", "”", "’", "'",
        "—", "-", ",", ";", ":", "(", ")", "Situation:", "Result:", "é", "日本", "🙂", "\u{00A0}", "\t", "0", "2022", "x", "24/7",
        "a/b", "follow-up", "didn’t", "root cause", "pushed back", "worked closely with", "so", "and then", "which", "had been",
    ]

    @Test func randomTextNeverBreaksTheInvariants() {
        var random = Generator(state: 42)
        let analyzer = AnswerAnalyzer()
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(random.next() % 80) {
                text += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
                if random.next() % 3 != 0 { text += " " }
            }
            let a = analyzer.analyze(text, principles: [.diveDeep], signalPhrases: [.ownership: ["took it on"]], answering: .result)
            let bytes = Array(text.utf8)
            var previousEnd = 0
            for s in a.sentences {
                #expect(s.start >= previousEnd && s.end <= bytes.count && s.start < s.end)
                #expect(String(decoding: bytes[s.start..<s.end], as: UTF8.self) == s.text)
                previousEnd = s.end
            }
            #expect(a.sentences.reduce(0) { $0 + $1.words } == a.words)
            // A quantified result always shows the number that made it so.
            #expect(!a.quantifiedResult || !a.metricEvidence.isEmpty, "\(text)")
            for e in a.metricEvidence + a.ownership.evidence + a.principleSignals.map(\.evidence) {
                #expect(String(decoding: bytes[e.start..<e.end], as: UTF8.self) == e.text)
            }
        }
    }
}
