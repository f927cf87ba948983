/// Counts of a yes/no prediction against labels, with precision, recall and F1.
public struct BinaryScore: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var trueNegatives = 0

    public init() {}

    public mutating func record(expected: Bool, predicted: Bool) {
        switch (expected, predicted) {
        case (true, true): truePositives += 1
        case (false, true): falsePositives += 1
        case (true, false): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    public var total: Int { truePositives + falsePositives + falseNegatives + trueNegatives }
    /// Labelled positives.
    public var support: Int { truePositives + falseNegatives }

    /// nil when nothing was predicted positive.
    public var precision: Double? {
        let predicted = truePositives + falsePositives
        return predicted == 0 ? nil : Double(truePositives) / Double(predicted)
    }

    /// nil when there are no labelled positives.
    public var recall: Double? {
        support == 0 ? nil : Double(truePositives) / Double(support)
    }

    /// Harmonic mean of precision and recall; 1 when there are no positives on either side
    /// (nothing to find and nothing wrongly found), 0 when one side is missing.
    public var f1: Double? {
        if truePositives + falsePositives + falseNegatives == 0 { return total == 0 ? nil : 1 }
        guard let p = precision, let r = recall, p + r > 0 else { return 0 }
        return 2 * p * r / (p + r)
    }

    public var accuracy: Double? {
        total == 0 ? nil : Double(truePositives + trueNegatives) / Double(total)
    }
}
