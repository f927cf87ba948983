import Foundation
import InterviewScript
import ShippedScripts
import Simulator

/// The scripts a command works on: the files the user named, the question banks that their
/// loops draw from (those beside each loop and in its `questions/` folder, and the shipped
/// ones), and the files that could not be read at all.
struct ScriptCatalog {
    private(set) var scripts: [ParsedScript] = []
    /// Shipped banks, used for question ids the scripts' own banks do not define.
    private(set) var fallbackBanks: [ParsedScript] = []
    /// Display paths of the files the user named (their warnings are reported).
    private(set) var named: Set<String> = []
    private(set) var failures: [ScriptFiles.Failure] = []
    /// Question banks left out of the library because they have errors: running or listing
    /// loops goes on without them (with one note), and `validate` still reports them.
    private(set) var setAside: [ParsedScript] = []
    /// Files in the user's loops folder too large to read when listing or running loops.
    private(set) var tooLarge: [String] = []
    private var loaded: Set<String> = []
    /// Set when the catalogue holds the shipped banks in outline (`quickRun`): their questions
    /// have no probes, signals or examples until `whole(_:)` reads the drawn ones.
    private(set) var outline: ShippedOutline?

    /// The loops and banks together, built once when the catalogue is complete.
    private(set) var library = ScriptLibrary(scripts: [])
    var diagnostics: [Diagnostic] { (scripts + fallbackBanks).flatMap(\.diagnostics) }
    var sources: [String: String] { Dictionary((scripts + fallbackBanks).map { ($0.file, $0.text) }, uniquingKeysWith: { first, _ in first }) }

    /// The named files (folders stand for the scripts in them) and the banks their loops use.
    static func named(_ paths: [String]) -> ScriptCatalog {
        var catalog = ScriptCatalog()
        var loopFolders: [URL] = []
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            if DataFolders.isDirectory(url) {
                let files = ScriptFiles.list(in: url)
                if files.isEmpty {
                    catalog.failures.append(.init(path: path, reason: "the folder holds no .yaml scripts"))
                }
                for file in files { catalog.load(file, named: true) }
                loopFolders.append(url)
            } else {
                catalog.load(url, named: true, displayPath: path)
                if catalog.scripts.last?.loop != nil, catalog.scripts.last?.file == path {
                    loopFolders.append(url.deletingLastPathComponent())
                }
            }
        }
        for folder in loopFolders { catalog.loadBanks(in: folder) }
        if let shipped = DataFolders.shippedScripts {
            catalog.loadBanks(in: shipped, asFallback: true)
        } else {
            catalog.fallbackBanks += embedded().filter { $0.bank != nil }
        }
        catalog.buildLibrary()
        return catalog
    }

    /// The folder name the compiled-in scripts are shown under (never a real path).
    static let embeddedFolder = ShippedScripts.folder

    /// The catalogue for running the shipped loop `id` when nothing can change what it draws
    /// from (no `$MOCKLOOP_SCRIPTS`, no scripts in the user's loops folder): the loop's own file
    /// parsed and the banks in outline, all checked when they were built in. The session draws
    /// from the outline and then reads only the drawn questions whole (`whole(_:)`), so it starts
    /// without parsing every shipped file. Nil when the full catalogue is needed.
    static func quickRun(_ id: String) -> (catalog: ScriptCatalog, loop: Loop)? {
        guard DataFolders.shippedScripts == nil, !FileManager.default.fileExists(atPath: id) else { return nil }
        if DataFolders.isDirectory(DataFolders.userLoops), !ScriptFiles.list(in: DataFolders.userLoops).isEmpty { return nil }
        let outline = ShippedOutline.builtIn
        guard let script = outline.loop(id: id), let loop = script.loop else { return nil }
        var catalog = ScriptCatalog()
        catalog.scripts = [script]
        catalog.outline = outline
        catalog.library = ScriptLibrary(loops: [loop], banks: [], fallbackBanks: outline.banks)
        return (catalog, loop)
    }

    /// The plan with its questions whole, and the library the session goes on with: for a
    /// catalogue in outline, the drawn questions read from their own lines (and the library is
    /// the loop with them); otherwise the plan and library as they are.
    func whole(_ plan: InterviewPlan) -> (plan: InterviewPlan, library: ScriptLibrary) {
        guard let outline else { return (plan, library) }
        let questions = outline.questions(Set(plan.rounds.flatMap { $0.map(\.id) }))
        let rounds = plan.rounds.map { $0.map { questions[$0.id] ?? $0 } }
        let bank = QuestionBank(file: "\(Self.embeddedFolder)/drawn", questions: rounds.flatMap { $0 })
        return (InterviewPlan(rounds: rounds), ScriptLibrary(loops: library.loops, banks: [], fallbackBanks: [bank]))
    }

    /// The compiled-in shipped scripts, parsed (on every core).
    static func embedded() -> [ParsedScript] {
        ShippedScripts.files.map { ($0.path, $0.text) }.concurrentMap { path, text in
            ScriptParser.parse(Array(text.utf8), file: "\(embeddedFolder)/\(path)")
        }
    }

    /// Every loop in the shipped scripts and the user's folder, with all their banks.
    static func everything() -> ScriptCatalog {
        var catalog = ScriptCatalog()
        var user = DataFolders.isDirectory(DataFolders.userLoops) ? ScriptFiles.list(in: DataFolders.userLoops) : []
        // A huge file there is noticed by its size alone, not read.
        user.removeAll { file in
            guard let size = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int, size > ScriptLimits.maxBytesWhenRunning else { return false }
            catalog.tooLarge.append(ScriptFiles.displayPath(file))
            return true
        }
        let shipped = DataFolders.shippedScripts.map(ScriptFiles.list(in:)) ?? []
        let parsed = ScriptFiles.parseAll(user + shipped)
        for (index, file) in (user + shipped).enumerated() {
            catalog.add(parsed[index], for: file)
            if index >= user.count, let last = catalog.scripts.last, last.bank != nil, last.file == ScriptFiles.displayPath(file) {
                catalog.fallbackBanks.append(catalog.scripts.removeLast())
            }
        }
        if DataFolders.shippedScripts == nil {
            for script in embedded() {
                if script.bank != nil { catalog.fallbackBanks.append(script) } else { catalog.scripts.append(script) }
            }
        }
        catalog.buildLibrary()
        return catalog
    }

    private mutating func buildLibrary() {
        library = ScriptLibrary(scripts: scripts, fallbackBanks: fallbackBanks)
    }

    /// Moves banks with errors out of the library, so that one broken bank in a loops folder
    /// cannot stop every loop from running.
    private mutating func setAsideBrokenBanks() {
        setAside = scripts.filter { $0.bank != nil && $0.diagnostics.hasErrors }
        guard !setAside.isEmpty else { return }
        let files = Set(setAside.map(\.file))
        scripts.removeAll { files.contains($0.file) }
        buildLibrary()
    }

    /// One line naming the banks set aside, or nil when there are none.
    var setAsideNote: String? {
        var notes: [String] = []
        func listed(_ files: [String]) -> String {
            files.prefix(3).joined(separator: ", ") + (files.count > 3 ? " and \(files.count - 3) more" : "")
        }
        if !setAside.isEmpty {
            let files = setAside.map(\.file)
            notes.append("left out \(files.count == 1 ? "a question bank" : "\(files.count) question banks") with errors: \(listed(files)) (see `mockloop validate \(files[0])`)")
        }
        if !tooLarge.isEmpty {
            notes.append("left out \(tooLarge.count == 1 ? "a file" : "\(tooLarge.count) files") larger than \(ScriptLimits.maxBytesWhenRunning >> 20) MB in your loops folder: \(listed(tooLarge)) (`mockloop validate` still checks \(tooLarge.count == 1 ? "it" : "them"))")
        }
        return notes.isEmpty ? nil : "note: " + notes.joined(separator: "; ")
    }

    /// Adds an already parsed file (once, however often it is reached).
    private mutating func add(_ result: Result<ParsedScript, ScriptFiles.Failure>, for url: URL) {
        guard loaded.insert(url.resolvingSymlinksInPath().standardizedFileURL.path).inserted else { return }
        switch result {
        case .success(let script): scripts.append(script)
        case .failure(let failure): failures.append(failure)
        }
    }

    /// The catalogue for running one loop, given by id or by the path of its file.
    /// Banks with errors are set aside (`setAsideNote` names them), so they cannot stop the loop.
    static func forLoop(_ reference: String) -> (catalog: ScriptCatalog, loop: Loop?) {
        if FileManager.default.fileExists(atPath: reference), !DataFolders.isDirectory(URL(fileURLWithPath: reference)) {
            var catalog = named([reference])
            catalog.setAsideBrokenBanks()
            return (catalog, catalog.scripts.first { $0.file == reference }?.loop)
        }
        var catalog = everything()
        catalog.setAsideBrokenBanks()
        return (catalog, catalog.library.loop(id: reference))
    }

    /// The catalogue a journal's session ran with: by the loop's id when that finds the same
    /// file (a loop run by id drew from every bank in the loops folders), else by its path.
    static func forSession(_ header: JournalHeader) -> (catalog: ScriptCatalog, loop: Loop?) {
        let byID = forLoop(header.loopID)
        if let loop = byID.loop, loop.file == header.loopFile || !FileManager.default.fileExists(atPath: header.loopFile) {
            return byID
        }
        let byPath = forLoop(header.loopFile)
        return byPath.loop?.id == header.loopID ? byPath : byID
    }

    private mutating func load(_ url: URL, named isNamed: Bool, displayPath: String? = nil) {
        let key = url.resolvingSymlinksInPath().standardizedFileURL.path
        let display = displayPath ?? ScriptFiles.displayPath(url)
        if isNamed { named.insert(display) }
        guard loaded.insert(key).inserted else { return }
        do {
            scripts.append(try ScriptFiles.parse(url, displayPath: display))
        } catch {
            failures.append(error)
        }
    }

    private mutating func loadBanks(in folder: URL, asFallback: Bool = false) {
        let files = (asFallback ? ScriptFiles.list(in: folder) : ScriptFiles.listBeside(folder)).filter { !loaded.contains($0.resolvingSymlinksInPath().standardizedFileURL.path) }
        for (file, result) in zip(files, ScriptFiles.parseAll(files)) {
            guard case .success(let script) = result, script.bank != nil || !script.diagnostics.isEmpty && script.loop == nil && looksLikeBank(script) else { continue }
            loaded.insert(file.resolvingSymlinksInPath().standardizedFileURL.path)
            if asFallback { fallbackBanks.append(script) } else { scripts.append(script) }
        }
    }

    /// A broken file that says `kind: question-bank` still belongs to the banks (its errors matter).
    private func looksLikeBank(_ script: ParsedScript) -> Bool {
        script.text.contains("kind: question-bank")
    }

    /// Whether a loop's file is one of the shipped scripts (compiled in, or `$MOCKLOOP_SCRIPTS`).
    static func isShipped(_ loop: Loop) -> Bool {
        if loop.file.hasPrefix(embeddedFolder + "/") { return true }
        guard let shipped = DataFolders.shippedScripts else { return false }
        return canonical(loop.file).hasPrefix(shipped.resolvingSymlinksInPath().path + "/")
    }

    static func canonical(_ path: String) -> String {
        path.hasPrefix(embeddedFolder) ? path : URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Loops among `loops` whose id another loop mockloop knows (shipped or the user's) also
    /// has: an error when both are the user's (`run` could not tell them apart), a warning when
    /// a loop of the user's replaces a shipped one (yours are found first).
    /// `sources` holds the named files' text: a file identical to the shipped loop it shares an
    /// id with (the repository's own `scripts/loops`, validated from a checkout) is that loop.
    static func idCollisions(for loops: [Loop], sources: [String: String]) -> [Diagnostic] {
        let all = everything()
        let known = all.library.loops
        let knownSources = all.sources
        var found: [Diagnostic] = []
        for loop in loops where !isShipped(loop) {
            let path = canonical(loop.file)
            for other in known where other.id == loop.id && canonical(other.file) != path {
                if isShipped(other), let text = sources[loop.file], text == knownSources[other.file] { continue }
                if isShipped(other) {
                    found.append(Diagnostic(.replacesShippedLoop, "the id '\(loop.id)' is also the id of the shipped loop \(other.file); `mockloop run \(loop.id)` runs this one, since your loops replace shipped ones of the same id; give it another id unless you mean to replace it", at: loop.idLocation, related: [.init("the shipped loop it replaces", at: other.idLocation)]))
                } else {
                    found.append(Diagnostic(.duplicateID, "loop id '\(loop.id)' is already used by \(other.file); `mockloop run \(loop.id)` cannot tell them apart: give one of them another id", at: loop.idLocation, related: [.init("the other loop with the id '\(loop.id)'", at: other.idLocation)]))
                }
            }
        }
        return found
    }
}
