import InterviewScript

/// The bar-raiser write-up as one document: everything it says, in order, with no format.
/// `WriteUpBuilder` makes it once from a transcript (all the wording is decided there); the
/// Markdown, HTML and terminal renderers only lay it out. Text in it is plain: each renderer
/// escapes it for its own format.
struct WriteUpDocument: Equatable {
    /// The page title ("Mock interview write-up: …").
    var title: String
    /// One line about the role under the title.
    var about: [Inline]
    /// The session's facts (loop, seed, times, status).
    var facts: [Fact]
    var sections: [Section]

    /// A top-level section with its heading; `id` names it for links and for renderers that
    /// show only some sections.
    struct Section: Equatable {
        var id: SectionID
        var title: String
        var blocks: [Block]
    }

    /// The sections a write-up has, in order.
    enum SectionID: String, Equatable {
        case voteSummary = "vote-summary", principles, rounds, coaching
    }

    /// A term and its value.
    struct Fact: Equatable {
        var term: String
        var value: [Inline]
    }

    /// One piece of running text.
    enum Inline: Equatable {
        case text(String)
        /// Text to stand out (a label, a name).
        case strong(String)
        /// Text set apart (an "empty." note).
        case emphasis(String)
        /// A vote, shown as the vote's title (a coloured badge where the format has colour).
        case vote(Vote)
        /// A finding's sign ("+" or "−").
        case sign(String)
        /// A remark after an item ("(training and ramp-up)").
        case aside(String)

        /// The text without its styling.
        var plain: String {
            switch self {
            case .text(let s), .strong(let s), .emphasis(let s), .sign(let s), .aside(let s): s
            case .vote(let vote): vote.title
            }
        }
    }

    /// How a paragraph is meant: ordinary text, or one of the write-up's kinds of line.
    enum ParagraphKind: String, Equatable {
        case body
        /// A remark about the record rather than the record itself ("Skipped.", "Not scored.").
        case note
        /// What the interviewer asked.
        case prompt
        /// Why the interviewer asked a follow-up.
        case why
        /// The decision's headline.
        case headline
        /// The line about the role under the title.
        case meta
    }

    /// One item of a list, with an optional verbatim quote under it.
    struct Item: Equatable {
        var content: [Inline]
        var quote: String? = nil
        /// What kind of item it is ("strength", "concern"), for formats that mark it.
        var kind: String? = nil
    }

    /// A table of inline cells; `numeric` columns are right-aligned.
    struct Table: Equatable {
        var kind: String
        var header: [String]
        var rows: [[[Inline]]]
        var numeric: Set<Int>
    }

    /// What a verbatim quote is.
    enum QuoteKind: String, Equatable {
        /// The candidate's answer.
        case answer
        /// Words quoted as evidence for a finding.
        case quote
    }

    /// A part of the document.
    indirect enum Block: Equatable {
        case heading(level: Int, text: String)
        case paragraph([Inline], kind: ParagraphKind = .body)
        case list([Item], ordered: Bool = false, kind: String? = nil)
        case facts([Fact])
        case table(Table)
        /// Verbatim text, line breaks kept.
        case quote(String, kind: QuoteKind)
        /// Blocks that belong together (a principle, a round, a question, the decision); `kind`
        /// names the group for formats that frame it.
        case group(kind: String, [Block])

        /// The blocks with every group replaced by its blocks, in order.
        static func flattened(_ blocks: [Block]) -> [Block] {
            blocks.flatMap { block -> [Block] in
                if case .group(_, let inside) = block { return flattened(inside) }
                return [block]
            }
        }
    }
}
