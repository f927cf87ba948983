import InterviewScript

/// One story from the candidate's story bank: a Markdown file in `$MOCKLOOP_HOME/stories/`
/// with a small YAML front matter (title, the principles it is meant for, when it happened, the
/// role, tags) and the story itself, under part headings or as free text (docs/stories.md).
public struct Story: Sendable, Equatable {
    /// A part of a written story: the four STAR parts and what the candidate learned.
    public enum Part: String, Sendable, Codable, CaseIterable {
        case situation, task, action, result, learned

        /// The STAR part, or nil for `learned`.
        public var starPart: StarPart? { StarPart(rawValue: rawValue) }
    }

    /// A run of the story's text: under a part heading, or free text (part nil).
    public struct Section: Sendable, Equatable {
        public var part: Part?
        public var text: String
        /// The 1-based line of the section's first line of text in the file.
        public var line: Int
    }

    /// The file name without `.md`: how commands and transcripts name the story.
    public var id: String
    /// The path the story was read from (as given, for messages).
    public var file: String
    public var title: String
    /// The principles the candidate means the story for, in the order written.
    public var principles: [LeadershipPrinciple]
    /// When it happened, as written (`2023`, `2023-03`, `spring 2023`).
    public var when: String?
    public var role: String?
    public var tags: [String]
    /// The story's text in file order.
    public var sections: [Section]

    public init(id: String, file: String, title: String, principles: [LeadershipPrinciple], when: String? = nil, role: String? = nil, tags: [String] = [], sections: [Section]) {
        self.id = id
        self.file = file
        self.title = title
        self.principles = principles
        self.when = when
        self.role = role
        self.tags = tags
        self.sections = sections
    }

    /// The story as it would be told: every section's text, in order, as paragraphs.
    public var told: String {
        sections.map(\.text).joined(separator: "\n\n")
    }

    /// The text written under one part's heading (nil when the story has no such heading).
    public func text(of part: Part) -> String? {
        let texts = sections.filter { $0.part == part }.map(\.text)
        return texts.isEmpty ? nil : texts.joined(separator: "\n\n")
    }

    /// Whether the story is written under part headings at all.
    public var hasHeadings: Bool { sections.contains { $0.part != nil } }
}
