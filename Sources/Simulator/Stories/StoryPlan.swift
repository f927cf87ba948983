import InterviewScript

/// Which story to tell in which round of a loop: one story for each principle a round assesses,
/// never one story (or two stories of the same event) for two interviewers, since interviewers
/// compare notes. The assignment is a maximum matching of (round, principle) slots to events,
/// preferring stronger stories; ties go to the earlier story, so the plan is stable.
public struct StoryPlan: Sendable, Equatable, Codable {
    /// One principle of one round and the story planned for it.
    public struct Slot: Sendable, Equatable, Codable {
        public var principle: LeadershipPrinciple
        public var story: String?
        public var title: String?
        public var strength: StoryCheck.Strength?
        /// Why there is no story, when there is none.
        public var gap: String?
    }

    /// One round (interviewer) and its slots.
    public struct RoundPlan: Sendable, Equatable, Codable {
        public var round: Int
        public var title: String
        public var interviewer: String
        public var barRaiser: Bool
        public var slots: [Slot]
    }

    public var rounds: [RoundPlan]
    /// Stories the plan does not use (spares for follow-ups and for a question off the plan).
    public var unused: [String]

    /// The slots with no story.
    public var gaps: [(round: RoundPlan, slot: Slot)] {
        rounds.flatMap { round in round.slots.filter { $0.story == nil }.map { (round, $0) } }
    }

    static func propose(for loop: Loop, columns: [StoryMatrix.Column], sameEvent: [StoryMatrix.SameEvent]) -> StoryPlan {
        // Stories of one event form one group: a group is told to one interviewer at most.
        var group = Array(columns.indices)
        func root(_ i: Int) -> Int { var i = i; while group[i] != i { i = group[i] }; return i }
        for pair in sameEvent {
            guard let a = columns.firstIndex(where: { $0.id == pair.first }), let b = columns.firstIndex(where: { $0.id == pair.second }) else { continue }
            let (ra, rb) = (root(a), root(b))
            if ra != rb { group[max(ra, rb)] = min(ra, rb) }
        }
        let slots: [(round: Int, principle: LeadershipPrinciple)] = loop.rounds.enumerated().flatMap { index, round in round.principleIDs.map { (index, $0) } }
        // Each slot's candidate stories, strongest first.
        let candidates: [[Int]] = slots.map { slot in
            columns.indices.filter { columns[$0].claimed.contains(slot.principle) }
                .sorted { columns[$0].score != columns[$1].score ? columns[$0].score > columns[$1].score : $0 < $1 }
        }
        // Kuhn's augmenting paths over event groups; a round may use one group for one slot only.
        var slotOfGroup: [Int: Int] = [:]
        var storyOfSlot: [Int?] = Array(repeating: nil, count: slots.count)
        func assign(_ slot: Int, _ visited: inout Set<Int>) -> Bool {
            for story in candidates[slot] {
                let g = root(story)
                guard !visited.contains(g) else { continue }
                visited.insert(g)
                if let holder = slotOfGroup[g] {
                    guard assign(holder, &visited) else { continue }
                }
                slotOfGroup[g] = slot
                storyOfSlot[slot] = story
                return true
            }
            return false
        }
        // Scarce principles first, so a story that is the only one for a principle is kept for it.
        let order = slots.indices.sorted { candidates[$0].count != candidates[$1].count ? candidates[$0].count < candidates[$1].count : $0 < $1 }
        for slot in order {
            var visited: Set<Int> = []
            _ = assign(slot, &visited)
        }
        var rounds: [RoundPlan] = loop.rounds.enumerated().map { index, round in
            RoundPlan(round: index + 1, title: round.title, interviewer: round.interviewer, barRaiser: round.isBarRaiser, slots: [])
        }
        for (index, slot) in slots.enumerated() {
            if let story = storyOfSlot[index] {
                let column = columns[story]
                rounds[slot.round].slots.append(Slot(principle: slot.principle, story: column.id, title: column.title, strength: column.strength, gap: nil))
            } else {
                let gap: String
                if candidates[index].isEmpty {
                    gap = "no story is meant for \(slot.principle.name)"
                } else {
                    let elsewhere = candidates[index].compactMap { story -> String? in
                        guard let holder = slotOfGroup[root(story)] else { return nil }
                        return "\(columns[story].id) (round \(slots[holder].round + 1))"
                    }
                    gap = "every story for \(slot.principle.name) is planned for another interviewer: \(elsewhere.joined(separator: ", "))"
                }
                rounds[slot.round].slots.append(Slot(principle: slot.principle, story: nil, title: nil, strength: nil, gap: gap))
            }
        }
        let used = Set(storyOfSlot.compactMap { $0 })
        return StoryPlan(rounds: rounds, unused: columns.indices.filter { !used.contains($0) }.map { columns[$0].id })
    }
}
