import InterviewScript

/// Scores the analyzer against a labelled corpus: precision, recall and F1 for each STAR part's
/// presence, for weHeavy, hypothetical and quantifiedResult, and sentence-level accuracy and
/// per-part F1. Sentence sets are joined with single spaces and analysed as one answer; each
/// labelled sentence takes the part of the analysed sentence that overlaps it most.
public struct AnalyzerEvaluation: Sendable {
    public let analyzer: AnswerAnalyzer

    public init(analyzer: AnswerAnalyzer = AnswerAnalyzer()) {
        self.analyzer = analyzer
    }

    /// One disagreement between a label and the analyzer, for inspection.
    public struct Miss: Sendable, Equatable {
        public var id: String
        public var field: String
        public var expected: String
        public var predicted: String
    }

    /// The scores.
    public struct Report: Sendable, Equatable {
        public var answers = 0
        public var sentenceSets = 0
        public var sentences = 0
        public var parts: [StarPart: BinaryScore] = [:]
        public var weHeavy = BinaryScore()
        public var hypothetical = BinaryScore()
        public var quantifiedResult = BinaryScore()
        public var sentenceParts: [SentencePart: BinaryScore] = [:]
        public var sentencesCorrect = 0
        public var misses: [Miss] = []

        /// Share of labelled sentences given their labelled part.
        public var sentenceAccuracy: Double? { sentences == 0 ? nil : Double(sentencesCorrect) / Double(sentences) }

        /// Every F1 in the report, by row name (rows with nothing to score are left out).
        public var f1Scores: [String: Double] {
            var scores: [String: Double] = [:]
            if answers > 0 {
                for part in StarPart.allCases { if let f = parts[part]?.f1 { scores["parts.\(part.rawValue)"] = f } }
                if let f = weHeavy.f1 { scores["weHeavy"] = f }
                if let f = hypothetical.f1 { scores["hypothetical"] = f }
                if let f = quantifiedResult.f1 { scores["quantifiedResult"] = f }
            }
            if sentences > 0 {
                for part in SentencePart.ordered { if let f = sentenceParts[part]?.f1 { scores["sentence.\(part.rawValue)"] = f } }
            }
            return scores
        }
    }

    public func evaluate(_ corpus: AnalyzerCorpus) -> Report {
        var report = Report()
        for part in StarPart.allCases { report.parts[part] = BinaryScore() }
        for part in SentencePart.ordered { report.sentenceParts[part] = BinaryScore() }
        for item in corpus.answers {
            report.answers += 1
            let analysis = analyzer.analyze(item.answer, principles: item.principle.map { [$0] } ?? [])
            for part in StarPart.allCases {
                let expected = item.parts.contains(part), predicted = analysis.parts[part].present
                report.parts[part]!.record(expected: expected, predicted: predicted)
                if expected != predicted { report.misses.append(Miss(id: item.id, field: "parts.\(part.rawValue)", expected: "\(expected)", predicted: "\(predicted)")) }
            }
            let flags: [(Bool?, Bool, String, WritableKeyPath<Report, BinaryScore>)] = [
                (item.weHeavy, analysis.ownership.weHeavy, "weHeavy", \.weHeavy),
                (item.hypothetical, analysis.hypothetical, "hypothetical", \.hypothetical),
                (item.quantifiedResult, analysis.quantifiedResult, "quantifiedResult", \.quantifiedResult),
            ]
            for (label, predicted, field, path) in flags {
                guard let label else { continue }
                report[keyPath: path].record(expected: label, predicted: predicted)
                if label != predicted { report.misses.append(Miss(id: item.id, field: field, expected: "\(label)", predicted: "\(predicted)")) }
            }
        }
        for set in corpus.sentenceSets {
            report.sentenceSets += 1
            var text = ""
            var spans: [(Int, Int)] = []
            for (n, sentence) in set.sentences.enumerated() {
                if n > 0 { text += " " }
                let start = text.utf8.count
                text += sentence.text
                spans.append((start, text.utf8.count))
            }
            let analysis = analyzer.analyze(text)
            for (n, sentence) in set.sentences.enumerated() {
                let predicted = Self.part(overlapping: spans[n], in: analysis)
                report.sentences += 1
                if predicted == sentence.part { report.sentencesCorrect += 1 } else {
                    report.misses.append(Miss(id: "\(set.id)#\(n + 1)", field: "sentence", expected: sentence.part.rawValue, predicted: predicted.rawValue))
                }
                for part in SentencePart.ordered {
                    report.sentenceParts[part]!.record(expected: sentence.part == part, predicted: predicted == part)
                }
            }
        }
        return report
    }

    /// The part of the analysed sentence that overlaps `span` most (`none` if none does).
    static func part(overlapping span: (Int, Int), in analysis: AnswerAnalysis) -> SentencePart {
        var best = SentencePart.none
        var bestOverlap = 0
        for s in analysis.sentences {
            let overlap = min(s.end, span.1) - max(s.start, span.0)
            if overlap > bestOverlap { bestOverlap = overlap; best = s.part }
        }
        return best
    }
}
