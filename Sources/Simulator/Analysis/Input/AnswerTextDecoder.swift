/// Turns the raw bytes of an answer file into text, refusing what is not a typed answer:
/// invalid UTF-8 (with the byte offset of the first bad sequence) and binary data (a NUL
/// byte). A leading byte-order mark is dropped.
public enum AnswerTextDecoder {
    /// The largest answer the command line accepts (1 MB; an answer is a few KB).
    public static let maximumBytes = 1 << 20

    /// Why bytes are not an answer.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case invalidUTF8(offset: Int)
        case binary(offset: Int)

        public var description: String {
            switch self {
            case let .invalidUTF8(offset): "not valid UTF-8 text (first bad byte at offset \(offset)); save it as UTF-8 and try again"
            case let .binary(offset): "looks like a binary file (a NUL byte at offset \(offset)), not a typed answer"
            }
        }
    }

    /// The text of `bytes`, or the first reason it is not text.
    public static func decode<Bytes: Collection>(_ bytes: Bytes) throws(Failure) -> String where Bytes.Element == UInt8 {
        let array = Array(bytes)
        if let offset = array.firstIndex(of: 0) { throw .binary(offset: offset) }
        if let offset = firstInvalidUTF8(array) { throw .invalidUTF8(offset: offset) }
        var start = 0
        if array.count >= 3 && array[0] == 0xEF && array[1] == 0xBB && array[2] == 0xBF { start = 3 }
        return String(decoding: array[start...], as: UTF8.self)
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629:
    /// no overlong forms, no surrogates, nothing above U+10FFFF), or nil.
    public static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            if b[i + 1] < low || b[i + 1] > high { return i }
            for k in 2..<length where b[i + k] < 0x80 || b[i + k] > 0xBF { return i }
            i += length
        }
        return nil
    }

    /// Whether the text has no words at all (empty or only whitespace).
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
