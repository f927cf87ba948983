/// How many terminal columns text takes, for aligning plain-text tables: most characters one,
/// East Asian wide and fullwidth characters and emoji two, combining marks and zero-width
/// characters none (a character here is a grapheme cluster, so a base with its marks is one).
enum TerminalWidth {
    /// The columns the text takes.
    static func of(_ text: String) -> Int { text.reduce(0) { $0 + of($1) } }

    /// The columns one character takes.
    static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let properties = first.properties
        switch properties.generalCategory {
        case .format, .control, .nonspacingMark, .enclosingMark: return 0
        default: break
        }
        if properties.isEmojiPresentation || character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return wide(first.value) ? 2 : 1
    }

    /// The text cut to at most `limit` columns, with "…" when cut.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard of(text) > limit else { return text }
        var out = "", width = 0
        for character in text {
            let w = of(character)
            if width + w > limit - 1 { break }
            out.append(character)
            width += w
        }
        return out + "…"
    }

    /// The text padded with spaces to `width` columns, on the right (or on the left for numbers).
    static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return alignRight ? padding + text : text + padding
    }

    /// The text broken into lines of at most `width` columns at spaces. A word longer than a
    /// line is kept whole, or, with `breakingLongWords` (a narrow table column), cut into pieces
    /// that fit.
    static func wrap(_ text: String, width: Int, breakingLongWords: Bool = false) -> [String] {
        var lines: [String] = [], line = ""
        var words = text.split(separator: " ").map(String.init)
        if breakingLongWords, width > 0 {
            words = words.flatMap { word -> [String] in
                guard of(word) > width else { return [word] }
                var pieces: [String] = [], piece = ""
                for character in word {
                    if of(piece) + of(character) > width { pieces.append(piece); piece = "" }
                    piece.append(character)
                }
                return pieces + [piece]
            }
        }
        for word in words {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if of(candidate) > width && !line.isEmpty {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    private static func wide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
