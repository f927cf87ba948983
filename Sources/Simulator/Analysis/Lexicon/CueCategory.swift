/// The kinds of built-in cue phrase, each feeding one feature of the analysis.
enum CueCategory: UInt16, CaseIterable {
    /// The candidate's own aim: "my goal was", "I was asked to", "I needed to".
    case ownedGoal
    /// An aim of the group or project: "the goal was", "we needed to".
    case sharedGoal
    /// Scene-setting: "there was", "at the time", "when I was", "we were".
    case situation
    /// When it happened: "last year", "a few years ago", "back in".
    case timeAnchor
    /// Outcome connectives: "as a result", "in the end", "which meant".
    case outcome
    /// Unmeasured outcomes: "it went well", "the team was happy".
    case vagueOutcome
    /// Talk about the answer rather than the story: "great question", "let me think".
    case meta
    /// Generic or hypothetical framing: "my approach is", "what I do is", "if I were".
    case generic
    /// Reflection: "I learned", "in hindsight", "next time".
    case lesson
    /// Evidence used to decide: "pulled the logs", "A/B test", "dashboard".
    case data
    /// Disagreement: "pushed back", "I disagreed", "raised concerns".
    case disagreement
    /// Commitment after a decision: "committed to", "went with", "disagree and commit".
    case commitment
    /// Business filler: "worked closely with", "drove alignment", "leveraged synergies".
    case vagueFiller
    /// A general claim or opinion, not part of a story: "I think customers come first".
    case opinion
    /// A decision or step that is an action even without an action verb: "I decided to".
    case actionPhrase
}
