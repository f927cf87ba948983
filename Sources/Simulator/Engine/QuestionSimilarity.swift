import Foundation
import InterviewScript

/// Tells whether two bank questions ask nearly the same thing, so that one loop never asks both
/// (interviewers who drew "refused to release" and "pushed back on releasing" would get one story
/// twice). Two questions are near-duplicates when a coach gave them the same `theme`, or when
/// their content words (the words left after data/lexicon/question-stopwords.txt, cut to their
/// first five letters so "release" and "releasing" meet) overlap by at least `threshold`
/// (Jaccard) with at least `minimumShared` in common.
///
/// The measure looks only at the two questions, never at the rest of the bank, so adding a
/// question elsewhere cannot change which questions count as near-duplicates.
struct QuestionSimilarity {
    static let threshold = 0.4
    static let minimumShared = 3
    static let stemLength = 5

    private static let stopWords: Set<String> = Set(
        DataFileLines.lines(EmbeddedData.lexicon["question-stopwords"] ?? "")
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }.map(String.init)
    )

    /// The content stems of a question's text.
    static func stems(_ text: String) -> Set<String> {
        var stems = Set<String>()
        var word = ""
        func flush() {
            let bare = word.split(separator: "'").first.map(String.init) ?? ""
            if bare.count > 2, !stopWords.contains(bare) { stems.insert(String(bare.prefix(stemLength))) }
            word = ""
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                // ASCII, nearly every question: no Unicode tables needed.
                let lower = value | 0x20
                if lower >= 0x61 && lower <= 0x7A { word.unicodeScalars.append(Unicode.Scalar(UInt8(lower))) }
                else if value == 0x27 { word.unicodeScalars.append("'") }
                else { flush() }
            } else if scalar == "\u{2019}" {
                word.unicodeScalars.append("'")
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    if lower.properties.isAlphabetic { word.unicodeScalars.append(lower) } else { flush() }
                }
            }
        }
        flush()
        return stems
    }

    private var stemsByID: [String: Set<String>] = [:]

    /// Whether `a` and `b` are near-duplicates (the stems of each question found once).
    mutating func nearlySame(_ a: Question, _ b: Question) -> Bool {
        Self.nearlySame(a, b, stems(of: a), stems(of: b))
    }

    /// Whether `a` and `b` are near-duplicates.
    static func nearlySame(_ a: Question, _ b: Question) -> Bool {
        nearlySame(a, b, stems(a.text), stems(b.text))
    }

    private static func nearlySame(_ a: Question, _ b: Question, _ x: Set<String>, _ y: Set<String>) -> Bool {
        if let theme = a.theme, theme == b.theme { return true }
        let shared = x.intersection(y).count
        guard shared >= minimumShared else { return false }
        return Double(shared) / Double(x.union(y).count) >= threshold
    }

    private mutating func stems(of question: Question) -> Set<String> {
        if let known = stemsByID[question.id] { return known }
        let stems = Self.stems(question.text)
        stemsByID[question.id] = stems
        return stems
    }
}
