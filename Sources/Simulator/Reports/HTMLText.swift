/// The one way transcript text gets into an HTML report: control sequences stripped, then
/// `&`, `<`, `>`, `"` and `'` replaced by entities, so the text is safe both between tags and
/// inside a quoted attribute value.
enum HTMLText {
    /// The text, escaped for HTML.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in ControlSequenceFilter.strip(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
