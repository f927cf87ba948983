import Foundation
import InterviewScript
import Simulator
#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes transcripts. Writes are atomic (a temporary file renamed into place) and
/// owner-only; reads accept a transcript (.json) or a session journal (.journal.jsonl), which
/// is turned into a transcript with its loop script.
enum TranscriptFiles {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes `text` to `url` atomically with 0600 permissions.
    static func write(_ text: String, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let descriptor: Int32
        let temporary: URL
        do {
            (descriptor, temporary) = try SafeFiles.createTemporary(in: folder, for: url.lastPathComponent)
        } catch {
            throw Failure(description: "cannot write \(url.path): \(error)")
        }
        if let reason = SafeFiles.writeAll(text, to: descriptor) {
            close(descriptor)
            unlink(temporary.path)
            throw Failure(description: "cannot write \(url.path): \(reason)")
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw Failure(description: "cannot save \(url.path): \(reason)")
        }
    }

    static func json(_ transcript: Transcript) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(transcript)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// A transcript from a .json transcript or a journal; `loopPath` overrides the loop used for a journal.
    static func load(_ path: String) throws -> Transcript {
        let data: Data
        do {
            data = try InputFile.read(path, limit: JournalReader.maxBytes)
        } catch {
            throw Failure(description: "\(error)")
        }
        if let transcript = try? JSONDecoder().decode(Transcript.self, from: data) {
            guard transcript.schema == Transcript.schemaName else { throw Failure(description: "\(path): not a mockloop transcript") }
            guard transcript.version <= Transcript.currentVersion else {
                throw Failure(description: "\(path): transcript version \(transcript.version) is newer than this mockloop understands (\(Transcript.currentVersion)); update mockloop")
            }
            return transcript
        }
        if let probe = try? JSONSerialization.jsonObject(with: data) as? [String: Any], probe["schema"] as? String == Transcript.schemaName {
            let version = probe["version"] as? Int ?? 0
            if version > Transcript.currentVersion {
                throw Failure(description: "\(path): transcript version \(version) is newer than this mockloop understands (\(Transcript.currentVersion)); update mockloop")
            }
            throw Failure(description: "\(path): the transcript is damaged (it does not match version \(version) of the format)")
        }
        let journal: Journal
        do {
            journal = try JournalReader.read(data, name: path)
        } catch {
            throw Failure(description: "\(path): neither a transcript nor a session journal (\(error))")
        }
        for warning in journal.warnings {
            printError("mockloop: note: \(path): \(warning)\n")
        }
        let header = journal.header
        let (catalog, found) = ScriptCatalog.forSession(header)
        guard let loop = found, loop.id == header.loopID else {
            throw Failure(description: "\(path): the loop '\(header.loopID)' of this session cannot be found (it was \(header.loopFile))")
        }
        // The answers stay with the questions the journal recorded; say when the script or a
        // question is not what the session used, since the scoring reads them as they are now.
        var changes = header.plan.map { PinnedPlan($0, library: catalog.library).changes.map(\.description) } ?? []
        if catalog.fingerprint(of: loop) != header.scriptFingerprint {
            changes.insert("the loop script \(loop.file) has changed since this session", at: 0)
        }
        for change in changes {
            printError("mockloop: note: \(path): \(change); it is scored with what is there now\n")
        }
        return TranscriptBuilder.build(header: header, records: journal.records, loop: loop, library: catalog.library,
                                       generatedAt: SessionLauncher.timestamp().iso, resumedAt: journal.resumeTimes, stories: StoryFiles.bank(warn: false).matcher)
    }
}
