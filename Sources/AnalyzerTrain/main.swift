// analyzer-train: trains the STAR reader on the corpus and writes the model file, then compiles
// the data files into the binary's sources. Run from the package root:
//
//   swift run -c release analyzer-train            train on corpus/ (training writers), write
//                                                  data/model/star-reader.model, regenerate
//   swift run analyzer-train generate              only regenerate Generated/EmbeddedData.swift
//   options: --seed N (default 1), --epochs N (default 20); --cv prints the cross-validated
//   training figures only (for tuning: the test part is never read) and writes nothing;
//   --cv --score W1,W2 scores only those training writers' items (every training writer is
//   still trained on: to see whether added writers help on the items measured before);
//   --cv-misses prints the training items the cross-validated reader gets wrong, likewise;
//   --read FILE prints how the freshly trained model reads each answer of FILE (answers
//   separated by blank lines) and writes nothing; --read FILE --explain adds each sentence's
//   features with their weights toward its part and the two tags; --cv-cuts prints the
//   sentence cutter's cross-validated precision and recall for a few trainer settings (the
//   first is the one used) and writes nothing; --learned-cuts trains the sentence cutter too
//   (with --cv, to compare; not yet in the committed model)
import Foundation
import Simulator

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let value = Int(arguments[index + 1]) else { return fallback }
    return value
}
let usage = """
    usage: swift run -c release analyzer-train [--seed N] [--epochs N] [--learned-cuts]
                                               [--cv [--score W1,W2] | --cv-misses | --cv-cuts | --read FILE [--explain]]
           swift run analyzer-train generate
    With no --cv, --cv-misses, --cv-cuts or --read it trains and overwrites data/model/star-reader.model
    and Sources/Simulator/Analysis/Generated/EmbeddedData.swift. See the comment at the top of
    Sources/AnalyzerTrain/main.swift for what each option does.
    """
// Unknown arguments (a typo, or --help) stop here, before anything is trained or written.
do {
    let flags: Set<String> = ["--cv", "--cv-misses", "--cv-cuts", "--explain", "--learned-cuts"]
    let valued: Set<String> = ["--seed", "--epochs", "--score", "--read"]
    var index = arguments.first == "generate" ? 1 : 0
    while index < arguments.count {
        let argument = arguments[index]
        if argument == "--help" || argument == "-h" { print(usage); exit(0) }
        if valued.contains(argument) {
            guard index + 1 < arguments.count else {
                FileHandle.standardError.write(Data("analyzer-train: \(argument) needs a value\n\(usage)\n".utf8)); exit(2)
            }
            index += 2
        } else if flags.contains(argument) {
            index += 1
        } else {
            FileHandle.standardError.write(Data("analyzer-train: unknown argument '\(argument)'; nothing was trained or written\n\(usage)\n".utf8))
            exit(2)
        }
    }
}
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let lexiconFolder = root.appendingPathComponent("data/lexicon")
let modelFile = root.appendingPathComponent("data/model/star-reader.model")
let generated = root.appendingPathComponent("Sources/Simulator/Analysis/Generated/EmbeddedData.swift")

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("analyzer-train: \(message)\n".utf8))
    exit(1)
}

func lexiconFiles() -> [String: String] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: lexiconFolder.path)) ?? []).filter { $0.hasSuffix(".txt") }
    guard !names.isEmpty else { fail("no word lists in \(lexiconFolder.path); run from the package root") }
    var files: [String: String] = [:]
    for name in names {
        guard let text = try? String(contentsOf: lexiconFolder.appendingPathComponent(name), encoding: .utf8) else { fail("cannot read \(name)") }
        files[String(name.dropLast(4))] = text
    }
    return files
}

func generate(model: String) {
    do {
        try EmbeddedDataWriter.render(lexicon: lexiconFiles(), model: model).write(to: generated, atomically: true, encoding: .utf8)
    } catch {
        fail("cannot write \(generated.path): \(error)")
    }
    print("wrote \(generated.path)")
}

if arguments.first == "generate" {
    generate(model: (try? String(contentsOf: modelFile, encoding: .utf8)) ?? "")
    exit(0)
}

let seed = UInt64(option("--seed", 1)), epochs = option("--epochs", 20)
let corpus: ReaderCorpus
do {
    corpus = try ReaderCorpus(folder: root.appendingPathComponent("corpus"))
} catch {
    fail("\(error)")
}
let training = corpus.training
print("training on \(training.count) items of writers \(corpus.trainWriters.joined(separator: ", ")) (seed \(seed), \(epochs) epochs)")
if arguments.contains("--cv-cuts") {
    // For tuning the sentence cutter alone: cross-validated on the training part, for a grid of settings.
    let settings: [(l2: Float, minimumCount: Int, epochs: Int)] = [(1e-4, 5, 5), (1e-4, 2, 10), (1e-3, 5, 10), (1e-3, 10, 10), (3e-4, 5, 10)]
    print(ReaderTraining.cutterCrossValidation(training, seed: seed, settings: settings))
    exit(0)
}
let model = ReaderTraining.train(training, corpusHash: corpus.trainingHash, seed: seed, epochs: epochs, learnedCuts: arguments.contains("--learned-cuts"))
if let index = arguments.firstIndex(of: "--read") {
    guard index + 1 < arguments.count, let text = try? String(contentsOfFile: arguments[index + 1], encoding: .utf8) else { fail("--read needs a readable UTF-8 file of answers separated by blank lines") }
    let answers = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    print(ReaderTraining.readings(of: answers, model: model, explain: arguments.contains("--explain")))
    exit(0)
}
if arguments.contains("--cv-misses") {
    // For tuning: the training items the cross-validated reader gets wrong; the test part is not read.
    print(ReaderTraining.crossValidationMisses(corpus, model: model, seed: seed, epochs: epochs))
    exit(0)
}
if arguments.contains("--cv") {
    // For tuning: the cross-validated training figures only; the test part is not read.
    // --score w1,w2: train on every training writer, score only these writers' items.
    let scoring = arguments.firstIndex(of: "--score").flatMap { $0 + 1 < arguments.count ? Set(arguments[$0 + 1].split(separator: ",").map(String.init)) : nil }
    print(ReaderTraining.crossValidationTable(corpus, model: model, seed: seed, epochs: epochs, scoring: scoring))
    print("thresholds: " + ReaderTraining.thresholdsText(model))
    exit(0)
}
let table = ReaderTraining.evaluationTable(corpus, model: model, seed: seed, epochs: epochs)
print(table)
let comments = [
    "mockloop STAR reader: learned weights of the listening engine (see docs/analyzer.md).",
    "Trained by `swift run -c release analyzer-train` on corpus/ (training writers only); do not edit by hand.",
    "Parts: a linear-chain CRF (L2 1e-2, AdaGrad step 0.05) plus 0.1 of an averaged perceptron's weights; tags: the perceptron's; each the mean of 3 orders of the answers.",
    "The evaluation when it was trained:",
] + table.split(separator: "\n").map(String.init)
let text = ReaderTraining.modelFile(model, comments: comments, seed: seed, epochs: epochs)
do {
    try FileManager.default.createDirectory(at: modelFile.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: modelFile, atomically: true, encoding: .utf8)
} catch {
    fail("cannot write \(modelFile.path): \(error)")
}
print("wrote \(modelFile.path)")
generate(model: text)
