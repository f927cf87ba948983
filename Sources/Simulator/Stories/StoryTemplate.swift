import Foundation

/// The commented template `mockloop story new` writes (data/lexicon/story-template.txt).
public enum StoryTemplate {
    /// The template for a story with `title`, saved as `id`.md.
    public static func text(title: String, id: String) -> String {
        (EmbeddedData.lexicon["story-template"] ?? "")
            .replacingOccurrences(of: "{{title}}", with: yamlQuoted(title))
            .replacingOccurrences(of: "{{id}}", with: id)
    }

    /// A YAML double-quoted scalar: safe whatever the title holds (`:`, `#`, quotes).
    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
