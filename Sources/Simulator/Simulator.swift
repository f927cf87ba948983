// The Simulator library: everything mockloop does that needs no terminal, file or clock.
//
// - Analysis/    the STAR answer analyzer (`AnswerAnalyzer`): sentences, parts, ownership,
//                numbers, hypothetical framing and principle signals, explained by their words.
// - Engine/      the interviewer (`Interviewer`): a pure state machine fed `Event`s, returning
//                `Effect`s; the seeded question draw (`InterviewPlan`) and drill-down (`DrillDown`).
// - Journal/     the session journal's lines and reader (`JournalFormat`, `JournalReader`).
// - Transcript/  scoring and the transcript (`TranscriptBuilder`, `Scorer`, `Rescorer`).
// - Reports/     the write-ups: Markdown, self-contained HTML, the terminal vote table.
// - Testing/     coach tooling: test plans, coverage and exploration of a loop.
// - Scripts/     checks of loop scripts that need the analyzer (`ExampleVerifier`).
import InterviewScript
