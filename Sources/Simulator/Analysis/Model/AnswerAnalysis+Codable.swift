import Foundation
import InterviewScript

extension AnswerAnalysis: Codable {
    enum CodingKeys: String, CodingKey {
        case words, sentences, parts, missing, ownership, quantifiedResult, metrics, metricEvidence
        case hypothetical, hypotheticalEvidence, dataDriven, lessonsLearned, disagreeAndCommit, vagueFiller
        case balance, lengthVerdicts, principleSignals, followUps, followUpKinds
        case evasive, evasionEvidence, modelVersion
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let texts = try c.decode([String].self, forKey: .followUps)
        let kinds = try c.decode([ProbeKind].self, forKey: .followUpKinds)
        guard texts.count == kinds.count else {
            throw DecodingError.dataCorruptedError(forKey: .followUpKinds, in: c, debugDescription: "followUps and followUpKinds differ in length")
        }
        self.init(
            words: try c.decode(Int.self, forKey: .words),
            sentences: try c.decode([AnalyzedSentence].self, forKey: .sentences),
            parts: try c.decode(PartFindings.self, forKey: .parts),
            missing: try c.decode([StarPart].self, forKey: .missing),
            ownership: try c.decode(OwnershipFinding.self, forKey: .ownership),
            quantifiedResult: try c.decode(Bool.self, forKey: .quantifiedResult),
            metrics: try c.decode([String].self, forKey: .metrics),
            metricEvidence: try c.decode([Evidence].self, forKey: .metricEvidence),
            hypothetical: try c.decode(Bool.self, forKey: .hypothetical),
            hypotheticalEvidence: try c.decode([Evidence].self, forKey: .hypotheticalEvidence),
            dataDriven: try c.decode(SignalFinding.self, forKey: .dataDriven),
            lessonsLearned: try c.decode(SignalFinding.self, forKey: .lessonsLearned),
            disagreeAndCommit: try c.decode(DisagreeAndCommitFinding.self, forKey: .disagreeAndCommit),
            vagueFiller: try c.decode(VagueFillerFinding.self, forKey: .vagueFiller),
            balance: try c.decode(AnswerBalance.self, forKey: .balance),
            lengthVerdicts: try c.decode(LengthVerdicts.self, forKey: .lengthVerdicts),
            principleSignals: try c.decode([PrincipleSignalMatch].self, forKey: .principleSignals),
            followUps: zip(kinds, texts).map { FollowUp(kind: $0, text: $1) },
            evasive: try c.decodeIfPresent(Bool.self, forKey: .evasive) ?? false,
            evasionEvidence: try c.decodeIfPresent([Evidence].self, forKey: .evasionEvidence) ?? [],
            modelVersion: try c.decodeIfPresent(String.self, forKey: .modelVersion) ?? "")
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(words, forKey: .words)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(parts, forKey: .parts)
        try c.encode(missing, forKey: .missing)
        try c.encode(ownership, forKey: .ownership)
        try c.encode(quantifiedResult, forKey: .quantifiedResult)
        try c.encode(metrics, forKey: .metrics)
        try c.encode(metricEvidence, forKey: .metricEvidence)
        try c.encode(hypothetical, forKey: .hypothetical)
        try c.encode(hypotheticalEvidence, forKey: .hypotheticalEvidence)
        try c.encode(dataDriven, forKey: .dataDriven)
        try c.encode(lessonsLearned, forKey: .lessonsLearned)
        try c.encode(disagreeAndCommit, forKey: .disagreeAndCommit)
        try c.encode(vagueFiller, forKey: .vagueFiller)
        try c.encode(balance, forKey: .balance)
        try c.encode(lengthVerdicts, forKey: .lengthVerdicts)
        try c.encode(principleSignals, forKey: .principleSignals)
        try c.encode(followUps.map(\.text), forKey: .followUps)
        try c.encode(followUps.map(\.kind), forKey: .followUpKinds)
        try c.encode(evasive, forKey: .evasive)
        try c.encode(evasionEvidence, forKey: .evasionEvidence)
        try c.encode(modelVersion, forKey: .modelVersion)
    }

    /// The analysis as one line of JSON with sorted keys (deterministic), optionally with extra
    /// top-level string fields (e.g. `"file"`).
    public func jsonData(extraFields: [String: String] = [:]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard !extraFields.isEmpty else { return try encoder.encode(self) }
        return try encoder.encode(Tagged(analysis: self, fields: extraFields))
    }

    private struct Tagged: Encodable {
        let analysis: AnswerAnalysis
        let fields: [String: String]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: Encoder) throws {
            try analysis.encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            for (key, value) in fields.sorted(by: { $0.key < $1.key }) { try c.encode(value, forKey: Key(stringValue: key)) }
        }
    }
}
