import InterviewScript

/// Built-in signal phrases for each of the 16 Leadership Principles: short lowercase phrases
/// or words an interviewer would note as evidence for the principle. Written for mockloop;
/// matched case-insensitively on word boundaries with simple inflection (stems), so
/// "coach" also finds "coached" and "coaching".
enum PrincipleSignalDefaults {
    static let phrases: [LeadershipPrinciple: [String]] = [
        .customerObsession: [
            "customer feedback", "customer need", "customer pain", "customer experience", "customer trust",
            "worked backwards", "work backward from", "on behalf of the customer", "end user",
            "talked to customers", "customer interview", "customer complaint", "user research",
            "what customers wanted", "from the customer's point of view",
        ],
        .ownership: [
            "took ownership", "owned the", "not my job", "outside my scope", "beyond my role", "long term",
            "on my own initiative", "stepped up", "took responsibility", "end to end", "volunteered",
            "nobody owned", "followed through", "no one else",
        ],
        .inventAndSimplify: [
            "simplify", "simpler", "new approach", "new way", "automated", "from scratch", "removed steps",
            "reusable", "invented", "prototype", "eliminated the need", "reduced complexity", "streamlined",
            "self-service", "one click",
        ],
        .areRightALot: [
            "second opinion", "other perspectives", "different perspectives", "tested my assumption",
            "proved me wrong", "i was wrong", "changed my mind", "trade-off", "tradeoff",
            "weighed the options", "judgment", "validated", "sought input", "pressure-tested",
        ],
        .learnAndBeCurious: [
            "taught myself", "learned", "curious", "self-taught", "online course", "read up on",
            "new technology", "new skill", "outside my expertise", "picked up", "studied",
            "experimented with", "certification", "explored",
        ],
        .hireAndDevelopTheBest: [
            "mentor", "coach", "hired", "hiring", "interview loop", "raised the bar", "bar raiser",
            "promoted", "career growth", "developed my team", "onboarding", "stretch assignment",
            "one-on-one", "grew into", "gave feedback",
        ],
        .insistOnTheHighestStandards: [
            "root cause", "high bar", "quality bar", "would not ship", "refused to", "code review",
            "test coverage", "postmortem", "post-mortem", "correction of error", "checklist",
            "never happen again", "regression", "defect", "standards",
        ],
        .thinkBig: [
            "vision", "bold", "long-term vision", "at scale", "across the company", "whole company",
            "three-year", "roadmap", "bigger picture", "ambitious", "platform", "transform",
            "ten times", "10x", "industry",
        ],
        .biasForAction: [
            "right away", "immediately", "within hours", "within a day", "same day", "calculated risk",
            "reversible", "two-way door", "didn't wait", "moved fast", "without waiting", "quick fix",
            "hotfix", "acted quickly", "time-sensitive",
        ],
        .frugality: [
            "budget", "cost", "saved", "cheaper", "no extra headcount", "without additional",
            "with less", "limited resources", "reused", "open source", "constraint", "frugal",
            "under budget", "small team", "no new hires",
        ],
        .earnTrust: [
            "admitted", "my mistake", "apologized", "apologised", "transparent", "candid", "honest",
            "listened", "trust", "owned up", "credibility", "kept my word", "respect", "vulnerable",
        ],
        .diveDeep: [
            "dug into", "dove into", "root cause", "logs", "data", "metrics", "anomaly", "drilled down",
            "deep dive", "details", "queried the", "traced", "the numbers", "dashboard", "discrepancy",
            "anecdote",
        ],
        .haveBackbone: [
            "disagreed", "pushed back", "challenged", "raised concerns", "respectfully", "with data",
            "disagree and commit", "committed", "conviction", "stood my ground", "unpopular",
            "spoke up", "made the case", "escalated",
        ],
        .deliverResults: [
            "deadline", "on time", "delivered", "shipped", "launched", "despite", "setback", "goal",
            "target", "key metric", "milestone", "ahead of schedule", "exceeded", "hit our", "met the",
        ],
        .striveToBeEarthsBestEmployer: [
            "inclusive", "inclusion", "diversity", "safety", "wellbeing", "well-being", "burnout",
            "work-life", "psychological safety", "empathy", "belonging", "fair", "flexible",
            "career development", "accommodation",
        ],
        .successAndScale: [
            "community", "environment", "sustainability", "sustainable", "carbon", "emissions", "privacy",
            "accessibility", "accessible", "ethical", "society", "unintended consequences",
            "wider impact", "regulators", "compliance", "waste",
        ],
    ]
}
