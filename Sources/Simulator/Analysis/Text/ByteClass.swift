/// A 256-entry table classifying UTF-8 bytes for the tokenizer.
enum ByteClass {
    static let other: UInt8 = 0
    static let space: UInt8 = 1
    static let newline: UInt8 = 2
    static let lower: UInt8 = 3
    static let upper: UInt8 = 4
    static let digit: UInt8 = 5
    /// Any byte of a multi-byte UTF-8 sequence.
    static let nonASCII: UInt8 = 6

    /// The table, allocated once and never freed, so the tokenizer can read it without checks.
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        t.initialize(repeating: other, count: 256)
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(b)] = lower }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(b)] = upper }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(b)] = digit }
        for b in [0x20, 0x09, 0x0B, 0x0C, 0x0D] as [Int] { t[b] = space }
        t[0x0A] = newline
        for b in 0x80...0xFF { t[b] = nonASCII }
        return UnsafePointer(t)
    }()

    @inline(__always) static func isAlnum(_ c: UInt8) -> Bool { c >= lower && c <= nonASCII }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { c == lower || c == upper || c == nonASCII }
}
