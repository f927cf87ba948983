/// The lines of a compiled-in data file, each without the spaces, tabs and carriage return
/// around it, split and trimmed over the raw bytes: these files are read at start-up, where
/// splitting a `String` into `Character`s and trimming with Foundation's character sets cost
/// milliseconds.
enum DataFileLines {
    static func lines(_ text: String) -> [Substring] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [Substring] = []
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                var first = start, last = end
                while first < last, isSpace(bytes[first]) { first += 1 }
                while last > first, isSpace(bytes[last - 1]) { last -= 1 }
                lines.append(Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self)))
                start = end + 1
            }
            return lines
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}
