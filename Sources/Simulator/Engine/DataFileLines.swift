/// The lines of a compiled-in data file, each without the spaces, tabs and carriage return
/// around it, split and trimmed as bytes: these files are read at start-up, where splitting a
/// `String` into `Character`s and trimming with Foundation's character sets cost milliseconds.
enum DataFileLines {
    static func lines(_ text: String) -> [Substring] {
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            var start = line.startIndex, end = line.endIndex
            while start < end, isSpace(line[start]) { start = line.index(after: start) }
            while end > start, isSpace(line[line.index(before: end)]) { end = line.index(before: end) }
            return Substring(line[start..<end])
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}
