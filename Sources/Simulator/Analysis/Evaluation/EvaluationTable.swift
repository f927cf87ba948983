import InterviewScript

extension AnalyzerEvaluation.Report {
    /// The report as a plain-text table: one row per score with support, precision, recall,
    /// F1 and the confusion counts.
    public func table() -> String {
        func format(_ value: Double?) -> String {
            guard let value else { return "   n/a" }
            let scaled = (value * 1000).rounded() / 1000
            var s = String(scaled)
            while s.count < 5 { s += "0" }
            return String(repeating: " ", count: max(0, 6 - s.count)) + s
        }
        func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
        func lpad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
        var lines: [String] = []
        let header = "\(pad("metric", 22)) \(lpad("n", 5)) \(lpad("prec", 6)) \(lpad("recall", 6)) \(lpad("F1", 6))   tp  fp  fn  tn"
        func row(_ name: String, _ s: BinaryScore) {
            lines.append("\(pad(name, 22)) \(lpad(String(s.support), 5)) \(format(s.precision)) \(format(s.recall)) \(format(s.f1)) "
                + [s.truePositives, s.falsePositives, s.falseNegatives, s.trueNegatives].map { lpad(String($0), 4) }.joined())
        }
        if answers > 0 {
            lines.append("Answer level: \(answers) answers")
            lines.append(header)
            for part in StarPart.allCases { row("parts.\(part.rawValue)", parts[part] ?? BinaryScore()) }
            row("weHeavy", weHeavy)
            row("hypothetical", hypothetical)
            row("quantifiedResult", quantifiedResult)
        }
        if sentences > 0 {
            if !lines.isEmpty { lines.append("") }
            lines.append("Sentence level: \(sentences) sentences in \(sentenceSets) answers, accuracy\(format(sentenceAccuracy))")
            lines.append(header)
            for part in SentencePart.ordered { row("sentence.\(part.rawValue)", sentenceParts[part] ?? BinaryScore()) }
        }
        if lines.isEmpty { lines.append("Nothing to evaluate.") }
        return lines.joined(separator: "\n") + "\n"
    }
}
