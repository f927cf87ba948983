/// Word shares per part and the length/shape verdicts (thresholds in `AnalysisThresholds`).
enum LengthRule {
    static func balance(words: Int, perPart: [Int]) -> AnswerBalance {
        guard words > 0 else { return AnswerBalance(situation: 0, task: 0, action: 0, result: 0, none: 0) }
        func share(_ n: Int) -> Double { (Double(n) / Double(words) * 1000).rounded() / 1000 }
        return AnswerBalance(situation: share(perPart[0]), task: share(perPart[1]), action: share(perPart[2]),
                             result: share(perPart[3]), none: share(perPart[4]))
    }

    static func verdicts(words: Int, balance: AnswerBalance) -> LengthVerdicts {
        LengthVerdicts(
            tooShort: words < AnalysisThresholds.tooShortWords,
            rambling: words > AnalysisThresholds.ramblingWords,
            setupHeavy: words > 0 && balance.situation + balance.task > AnalysisThresholds.setupHeavyShare,
            thinAction: words > 0 && balance.action < AnalysisThresholds.thinActionShare)
    }
}
