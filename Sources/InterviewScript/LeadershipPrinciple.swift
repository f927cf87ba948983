/// One of Amazon's 16 Leadership Principles, identified in scripts by a stable kebab-case id.
///
/// The raw value is the id a loop script uses (`customer-obsession`, `dive-deep`, ...).
/// The cases are in Amazon's published order.
public enum LeadershipPrinciple: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case customerObsession = "customer-obsession"
    case ownership = "ownership"
    case inventAndSimplify = "invent-and-simplify"
    case areRightALot = "are-right-a-lot"
    case learnAndBeCurious = "learn-and-be-curious"
    case hireAndDevelopTheBest = "hire-and-develop-the-best"
    case insistOnTheHighestStandards = "insist-on-the-highest-standards"
    case thinkBig = "think-big"
    case biasForAction = "bias-for-action"
    case frugality = "frugality"
    case earnTrust = "earn-trust"
    case diveDeep = "dive-deep"
    case haveBackbone = "have-backbone-disagree-and-commit"
    case deliverResults = "deliver-results"
    case striveToBeEarthsBestEmployer = "strive-to-be-earths-best-employer"
    case successAndScale = "success-and-scale-bring-broad-responsibility"

    /// The id used in loop scripts.
    public var id: String { rawValue }

    /// The principle's name as Amazon writes it.
    public var name: String {
        switch self {
        case .customerObsession: "Customer Obsession"
        case .ownership: "Ownership"
        case .inventAndSimplify: "Invent and Simplify"
        case .areRightALot: "Are Right, A Lot"
        case .learnAndBeCurious: "Learn and Be Curious"
        case .hireAndDevelopTheBest: "Hire and Develop the Best"
        case .insistOnTheHighestStandards: "Insist on the Highest Standards"
        case .thinkBig: "Think Big"
        case .biasForAction: "Bias for Action"
        case .frugality: "Frugality"
        case .earnTrust: "Earn Trust"
        case .diveDeep: "Dive Deep"
        case .haveBackbone: "Have Backbone; Disagree and Commit"
        case .deliverResults: "Deliver Results"
        case .striveToBeEarthsBestEmployer: "Strive to be Earth's Best Employer"
        case .successAndScale: "Success and Scale Bring Broad Responsibility"
        }
    }

    /// One line on what an interviewer listens for when assessing this principle.
    public var listensFor: String {
        switch self {
        case .customerObsession: "started from the customer and worked backwards; won or kept their trust"
        case .ownership: "acted for the long term and beyond their own scope; never \"not my job\""
        case .inventAndSimplify: "found a new or simpler way; took ideas from anywhere"
        case .areRightALot: "sound judgment; sought other views and tested their beliefs with data"
        case .learnAndBeCurious: "learned something new on their own initiative and put it to use"
        case .hireAndDevelopTheBest: "raised the hiring bar; coached people and helped them grow"
        case .insistOnTheHighestStandards: "refused to pass defects on; fixed root causes so they stayed fixed"
        case .thinkBig: "set a bold direction; looked around corners for customers"
        case .biasForAction: "moved fast on a reversible decision, with a calculated risk"
        case .frugality: "did more with less; a constraint led to invention"
        case .earnTrust: "listened, spoke candidly and admitted their own mistakes"
        case .diveDeep: "went into the details and the data; noticed when metrics and anecdotes disagreed"
        case .haveBackbone: "challenged respectfully with data, then committed fully"
        case .deliverResults: "hit the key inputs on time and with quality, despite setbacks"
        case .striveToBeEarthsBestEmployer: "made work safer, fairer or more inclusive; showed empathy; helped people grow"
        case .successAndScale: "weighed the wider effects of decisions on people, communities and the planet"
        }
    }

    /// The principle with this script id, if any.
    public init?(id: String) {
        self.init(rawValue: id)
    }

    /// Amazon's published order (1-based).
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.number < rhs.number }
}
