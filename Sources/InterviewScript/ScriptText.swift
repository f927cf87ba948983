/// Checks a script's raw bytes before any YAML parsing: that it is UTF-8 text without NUL
/// bytes, that it is not empty, and that its nesting stays shallow enough for the recursive
/// YAML composer. Each failure becomes a diagnostic with the exact place.
enum ScriptText {
    /// The decoded text, or the diagnostics that stop it from being read.
    static func decode(_ bytes: [UInt8], file: String) -> (text: String?, diagnostics: [Diagnostic]) {
        if bytes.count > ScriptLimits.maxBytes {
            return (nil, [Diagnostic(.fileTooLarge, "the file is \(bytes.count) bytes; scripts may be at most \(ScriptLimits.maxBytes) bytes", file: file)])
        }
        if let problem = firstEncodingProblem(bytes, file: file) {
            return (nil, [problem])
        }
        // A byte-order mark (some Windows editors write one) is not part of the script.
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let text = String(decoding: hasBOM ? bytes.dropFirst(3) : bytes[...], as: UTF8.self)
        if text.allSatisfy(\.isWhitespace) {
            return (nil, [Diagnostic(.emptyDocument, "the file is empty; start it with `kind: loop` or `kind: question-bank`", file: file)])
        }
        if let tooDeep = firstExcessiveNesting(bytes, file: file) {
            return (nil, [tooDeep])
        }
        return (text, [])
    }

    /// A NUL byte, or the first byte that is not valid UTF-8.
    private static func firstEncodingProblem(_ bytes: [UInt8], file: String) -> Diagnostic? {
        var line = 1, column = 1, index = 0
        let count = bytes.count
        if count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return Diagnostic(.notText, "the file is UTF-16; save it as UTF-8", at: SourceLocation(file: file, line: 1, column: 1))
        }
        while index < count {
            let byte = bytes[index]
            let here = SourceLocation(file: file, line: line, column: column)
            if byte == 0 {
                return Diagnostic(.notText, "the file contains a NUL byte: it looks like binary data, not a YAML script", at: here)
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                let hex = String(byte, radix: 16, uppercase: true)
                return Diagnostic(.notText, "byte 0x\(hex) at offset \(index) is not valid UTF-8; save the file as UTF-8", at: here)
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return nil
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int
        var minimum: UInt32
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return 0 }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return 0 }
        return length
    }

    /// Finds nesting deeper than ScriptLimits.maxDepth, counting flow brackets outside quotes
    /// and comments, and block indentation levels outside block scalars.
    private static func firstExcessiveNesting(_ bytes: [UInt8], file: String) -> Diagnostic? {
        var flowDepth = 0
        var indentStack: [Int] = []
        var blockScalarIndent: Int? = nil
        var line = 1
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var indent = 0
            while lineStart + indent < lineEnd, bytes[lineStart + indent] == 0x20 { indent += 1 }
            let contentStart = lineStart + indent
            let isBlank = contentStart >= lineEnd || bytes[contentStart] == 0x0D
            if let scalarIndent = blockScalarIndent {
                if isBlank || indent > scalarIndent {
                    line += 1
                    lineStart = lineEnd + 1
                    continue
                }
                blockScalarIndent = nil
            }
            if !isBlank, bytes[contentStart] != UInt8(ascii: "#"), flowDepth == 0 {
                while let last = indentStack.last, last > indent { indentStack.removeLast() }
                if indentStack.last != indent { indentStack.append(indent) }
                // "- - - x" nests a sequence per dash on one line.
                var position = contentStart
                var dashes = 0
                while position + 1 < lineEnd, bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == 0x20 {
                    dashes += 1
                    position += 2
                    while position < lineEnd, bytes[position] == 0x20 { position += 1 }
                }
                if indentStack.count + dashes > ScriptLimits.maxDepth {
                    return Diagnostic(.nestingTooDeep, "lists and mappings are nested more than \(ScriptLimits.maxDepth) levels deep", at: SourceLocation(file: file, line: line, column: indent + 1))
                }
            }
            // Scan the line for flow brackets, quotes and comments.
            var position = contentStart
            var quote: UInt8? = nil
            var previous: UInt8 = 0x20
            var lastSignificant: UInt8 = 0x20
            var column = indent + 1
            while position < lineEnd {
                let byte = bytes[position]
                if let open = quote {
                    if byte == open {
                        if open == UInt8(ascii: "'"), position + 1 < lineEnd, bytes[position + 1] == open {
                            position += 1
                        } else {
                            quote = nil
                        }
                    } else if byte == UInt8(ascii: "\\"), open == UInt8(ascii: "\"") {
                        position += 1
                    }
                } else if byte == UInt8(ascii: "#"), previous == 0x20 || previous == 0x09 {
                    break
                } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                    if position == contentStart || [UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ",")].contains(lastSignificant) {
                        quote = byte
                    }
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    flowDepth += 1
                    if flowDepth + indentStack.count > ScriptLimits.maxDepth {
                        return Diagnostic(.nestingTooDeep, "lists and mappings are nested more than \(ScriptLimits.maxDepth) levels deep", at: SourceLocation(file: file, line: line, column: column))
                    }
                } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    flowDepth = max(0, flowDepth - 1)
                }
                if byte != 0x20 && byte != 0x09 { lastSignificant = byte }
                previous = byte
                if byte & 0xC0 != 0x80 { column += 1 }
                position += 1
            }
            // A block scalar header ends the line with | or > (and optional indicators).
            if quote == nil, flowDepth == 0 {
                var end = lineEnd
                while end > contentStart, [0x20, 0x0D].contains(bytes[end - 1]) { end -= 1 }
                var indicatorStart = end
                while indicatorStart > contentStart, [UInt8(ascii: "-"), UInt8(ascii: "+")].contains(bytes[indicatorStart - 1]) || (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(bytes[indicatorStart - 1]) {
                    indicatorStart -= 1
                }
                if indicatorStart > contentStart, [UInt8(ascii: "|"), UInt8(ascii: ">")].contains(bytes[indicatorStart - 1]) {
                    let before = indicatorStart - 1
                    if before == contentStart || bytes[before - 1] == 0x20 {
                        blockScalarIndent = indent
                    }
                }
            }
            line += 1
            lineStart = lineEnd + 1
        }
        return nil
    }
}
