import ArgumentParser
import Foundation
import InterviewScript
import Simulator

/// `mockloop analyze`: runs the STAR answer analyzer on typed answers (files or standard input)
/// and prints the breakdown, or JSON; with `--evaluate`, scores it against labelled corpus files.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a typed STAR answer the way a bar raiser listens to it.",
        discussion: """
        Reads each FILE (or standard input for '-' or no FILE) as one answer and shows every \
        sentence tagged situation, task, action, result or none with the cues that decided it, \
        how strong each STAR part is, ownership ("I" against "we"), the numbers in the result, \
        hypothetical framing, data, lessons, disagreement and commitment, filler, length and \
        balance, principle signal phrases, and the follow-up questions an interviewer would ask.

        --principle limits the principle signals to the given ids (repeat the option or separate \
        ids with commas); without it, signals for all 16 principles are shown. --json prints \
        one JSON object (see docs/analyzer.md); with several files, one object per line with a \
        "file" field.

        An answer file must be UTF-8 text of at most 1 MB. Exit status: 0 when every answer was \
        analysed, 1 when an answer is empty (nothing else is printed for it), 2 for a missing, \
        unreadable, oversized, binary or invalid UTF-8 input, 64 for usage errors.

        --evaluate treats each FILE as a labelled corpus YAML file (answer records with parts, \
        weHeavy, hypothetical, quantifiedResult and answer; or sentence records with \
        [part, text] pairs) and prints precision, recall and F1 per measure. Given the corpus \
        folder instead (`mockloop analyze --evaluate corpus/`, with its split.yaml), it prints \
        5-fold cross-validation on the training part and the frozen test part, for the learned \
        reader and for the old rules.
        """
    )

    @Argument(help: ArgumentHelp("Answer files to analyse; '-' or nothing reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(name: .customLong("principle"),
            help: ArgumentHelp("A Leadership Principle id whose signal phrases to look for (repeatable, or comma-separated).", valueName: "id"))
    var principleIDs: [String] = []

    @Option(help: ArgumentHelp("Read the text as a reply to this follow-up (situation, task, action, result, ownership, metrics, hypothetical, vague), as the interviewer does.", valueName: "kind"))
    var answering: String?

    @Flag(help: "Print JSON instead of the readable breakdown.")
    var json = false

    @Flag(help: "Score the analyzer against labelled corpus YAML files and print a table.")
    var evaluate = false

    @Flag(help: "With --evaluate, also list every disagreement with the labels.")
    var misses = false

    /// The principles asked for, validated.
    private var principles: [LeadershipPrinciple] {
        get throws {
            var result: [LeadershipPrinciple] = []
            for id in principleIDs.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !id.isEmpty {
                guard let principle = LeadershipPrinciple(id: id) else { throw ValidationError(Self.unknownPrinciple(id)) }
                if !result.contains(principle) { result.append(principle) }
            }
            return result
        }
    }

    func validate() throws {
        _ = try principles
        if let answering, ProbeKind(rawValue: answering) == nil {
            throw ValidationError("Unknown follow-up kind '\(answering)'; use one of: \(ProbeKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        if evaluate && files.isEmpty { throw ValidationError("--evaluate needs the corpus folder (corpus/) or at least one corpus YAML file.") }
        if misses && !evaluate { throw ValidationError("--misses only makes sense with --evaluate.") }
        if evaluate && json { throw ValidationError("--evaluate prints a table; it cannot be combined with --json.") }
    }

    func run() throws {
        if evaluate { return try runEvaluation() }
        let chosen = try principles
        let lookFor = chosen.isEmpty ? LeadershipPrinciple.allCases : chosen
        let analyzer = AnswerAnalyzer()
        let paths = files.isEmpty ? ["-"] : files
        let style = TerminalStyle.forDescriptor(1)
        let report = AnalysisTextReport(style: { text, role in style.paint(text, as: role) })
        var status: Int32 = 0
        for (n, path) in paths.enumerated() {
            let name = InputFile.displayName(path)
            let text: String
            do {
                let data = try InputFile.read(path, limit: AnswerTextDecoder.maximumBytes)
                text = try AnswerTextDecoder.decode(data)
            } catch let error as AnswerTextDecoder.Failure {
                Self.complain("\(name): \(error)")
                status = 2
                continue
            } catch {
                Self.complain("\(error)")
                status = 2
                continue
            }
            if AnswerTextDecoder.isBlank(text) {
                Self.complain("\(name): the answer is empty")
                status = max(status, 1)
                continue
            }
            let analysis = analyzer.analyze(text, principles: lookFor, answering: answering.flatMap(ProbeKind.init(rawValue:)))
            if json {
                let data = try analysis.jsonData(extraFields: paths.count > 1 ? ["file": name] : [:])
                print(String(decoding: data, as: UTF8.self))
            } else {
                if n > 0 { print("") }
                print(report.render(analysis, title: paths.count > 1 || path != "-" ? name : nil), terminator: "")
            }
        }
        if status != 0 { throw ExitCode(status) }
    }

    private func runEvaluation() throws {
        // A corpus folder (with split.yaml): cross-validation on its training part, and its
        // frozen test part for the learned reader and the old rules.
        if files.count == 1, DataFolders.isDirectory(URL(fileURLWithPath: files[0])), ReaderCorpus.isCorpus(URL(fileURLWithPath: files[0])) {
            do {
                let corpus = try ReaderCorpus(folder: URL(fileURLWithPath: files[0]))
                print(ReaderTraining.evaluationTable(corpus))
                return
            } catch {
                Self.complain("\(error)")
                throw ExitCode(2)
            }
        }
        var corpus = AnalyzerCorpus()
        for path in files {
            do {
                let data = try InputFile.read(path, limit: 16 << 20)
                let text = try AnswerTextDecoder.decode(data)
                corpus.append(try AnalyzerCorpus.parse(yaml: text, file: InputFile.displayName(path)))
            } catch let error as AnswerTextDecoder.Failure {
                Self.complain("\(InputFile.displayName(path)): \(error)")
                throw ExitCode(2)
            } catch {
                Self.complain("\(error)")
                throw ExitCode(2)
            }
        }
        let report = AnalyzerEvaluation().evaluate(corpus)
        print(report.table(), terminator: "")
        if misses && !report.misses.isEmpty {
            print("\nDisagreements (id, field, label -> analyzer):")
            for miss in report.misses { print("  \(miss.id)  \(miss.field)  \(miss.expected) -> \(miss.predicted)") }
        }
    }

    private static func complain(_ message: String) {
        printError("mockloop analyze: \(message)\n")
    }

    /// The error for an unknown principle id, with the closest valid ids.
    static func unknownPrinciple(_ id: String) -> String {
        let valid = LeadershipPrinciple.allCases.map(\.id)
        let ranked = valid.map { ($0, editDistance($0, id)) }.sorted { $0.1 < $1.1 }
        let prefixed = valid.filter { $0.hasPrefix(id) || id.hasPrefix($0) }
        let suggestions = prefixed.isEmpty ? ranked.prefix(1).filter { $0.1 <= max(3, id.count / 3) }.map(\.0) : prefixed
        let hint = suggestions.isEmpty ? "" : " Did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
        return "Unknown principle '\(id)'.\(hint) Valid ids: \(valid.joined(separator: ", "))."
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
