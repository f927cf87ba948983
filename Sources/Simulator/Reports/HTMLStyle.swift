import InterviewScript

/// The HTML report's only style sheet, inlined in its `<style>` element: plain, readable on
/// screen and on paper, with the votes as coloured badges (Strong Hire dark green, Inclined
/// green, Not Inclined amber, Strong No Hire red). System fonts only, nothing loaded.
enum HTMLStyle {
    /// The CSS class of a vote's badge.
    static func voteClass(_ vote: Vote) -> String { "vote vote-\(vote.rawValue)" }

    static let css = """
    :root { color-scheme: light; }
    body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
           color: #1f2328; background: #fff; max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .4rem; }
    h2 { font-size: 1.3rem; border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; margin-top: 2.5rem; }
    h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
    h4 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
    p { margin: .5rem 0; }
    .meta, .muted { color: #57606a; }
    .muted { font-style: italic; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 1rem 0; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    table { border-collapse: collapse; margin: .75rem 0; }
    th, td { border: 1px solid #d0d7de; padding: .3rem .65rem; text-align: left; vertical-align: top; }
    th { background: #f6f8fa; font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .vote { display: inline-block; padding: .05rem .55rem; border-radius: .8rem; font-size: .85em; font-weight: 600;
            white-space: nowrap; color: #fff; }
    .vote-strong-hire { background: #14532d; }
    .vote-inclined { background: #15803d; }
    .vote-not-inclined { background: #f59e0b; color: #3b2300; }
    .vote-strong-no-hire { background: #b91c1c; }
    .decision { border: 1px solid #d0d7de; border-left: .4rem solid #b91c1c; border-radius: .3rem; padding: .6rem 1rem; }
    .decision.raises { border-left-color: #15803d; }
    .decision .headline { font-size: 1.1rem; font-weight: 700; }
    blockquote { margin: .5rem 0; padding: .5rem .9rem; border-left: .25rem solid #d0d7de; background: #f6f8fa;
                 white-space: pre-wrap; overflow-wrap: anywhere; }
    .prompt { font-weight: 600; }
    .why { font-style: italic; color: #57606a; }
    .question { border-top: 1px solid #eaeef2; margin-top: 1.25rem; }
    ul.findings { list-style: none; padding-left: 0; }
    ul.findings li { margin: .35rem 0; }
    .sign { display: inline-block; width: 1.2em; font-weight: 700; }
    .strength .sign { color: #15803d; }
    .concern .sign { color: #b45309; }
    .category { color: #57606a; font-style: italic; }
    @media print {
      body { max-width: none; margin: 0; font-size: 11pt; }
      h2, h3, h4 { break-after: avoid; }
      table, blockquote, .decision { break-inside: avoid; }
      .vote, blockquote, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
