import Simulator

/// Deterministic, varied interview answers of a chosen length, for benchmarks.
struct AnswerGenerator {
    private var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    private static let situations = [
        "Last spring our checkout service started timing out for about one in ten customers during a regional sale.",
        "In 2023 the fulfilment centre I supported was missing its same-day cut-off on roughly 8% of orders.",
        "When I joined the support team, the backlog of open escalations had grown to 340 tickets.",
        "Two years ago a key enterprise customer told us they would not renew unless latency improved.",
    ]
    private static let tasks = [
        "My goal was to bring the error rate under 1% before the holiday peak.",
        "I was responsible for getting the backlog below 50 within a quarter.",
        "I needed to find the root cause and fix it without a new budget.",
    ]
    private static let actions = [
        "I pulled three weeks of logs and traced the slow requests to a single database query.",
        "I interviewed six associates on the floor and timed each step of the process myself.",
        "I wrote a proposal, reviewed it with the two senior engineers, and ran an A/B test.",
        "I set up a daily dashboard so that everyone could see the queue by the hour.",
        "I rewrote the retry logic, added an alarm, and walked the on-call team through the runbook.",
        "I disagreed with my manager's plan, showed him the data, and then committed to his final call.",
        "We worked closely with stakeholders to align on the priorities for the next sprint.",
    ]
    private static let results = [
        "Errors fell from 9% to 0.4% and the customer renewed for two years.",
        "The backlog dropped to 35 tickets in ten weeks, and satisfaction rose from 3.9 to 4.6 stars.",
        "We saved about $120,000 a year and cut the page load time from 4 seconds to 900 milliseconds.",
        "Looking back, I learned to check the data before I trust the anecdote.",
    ]

    /// An answer of about `words` words: a situation, a task, actions to fill, and a result.
    mutating func answer(words: Int) -> String {
        var sentences = [Self.situations[random.below(Self.situations.count)], Self.tasks[random.below(Self.tasks.count)]]
        var count = sentences.joined(separator: " ").split(separator: " ").count
        let result = Self.results[random.below(Self.results.count)]
        let resultWords = result.split(separator: " ").count
        while count + resultWords < words {
            let action = Self.actions[random.below(Self.actions.count)]
            sentences.append(action)
            count += action.split(separator: " ").count
        }
        sentences.append(result)
        return sentences.joined(separator: " ")
    }
}
