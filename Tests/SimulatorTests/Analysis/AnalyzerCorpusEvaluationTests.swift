import Foundation
import Testing
@testable import Simulator

/// Scores the analyzer on the labelled corpus in Fixtures/corpus, when it is there. The corpus
/// was written by someone else, independently of the rules; it is not used to tune them.
@Suite struct AnalyzerCorpusEvaluationTests {
    static var corpusFolder: URL? {
        guard let base = Bundle.module.resourceURL else { return nil }
        let folder = base.appendingPathComponent("Fixtures/corpus")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }

    @Test func everyMeasureReachesAnF1OfAtLeastPointEight() throws {
        guard let folder = Self.corpusFolder else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        guard !files.isEmpty else { return }
        var corpus = AnalyzerCorpus()
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            corpus.append(try AnalyzerCorpus.parse(yaml: text, file: file))
        }
        let report = AnalyzerEvaluation().evaluate(corpus)
        print(report.table())
        for (name, f1) in report.f1Scores.sorted(by: { $0.key < $1.key }) {
            #expect(f1 >= 0.8, "\(name): F1 \(f1)")
        }
    }
}
