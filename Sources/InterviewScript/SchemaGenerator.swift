import Foundation

/// Writes the loop-script format as a JSON Schema (draft 2020-12), for editors with the YAML
/// language server: completion of keys and principle ids, and typos flagged while typing.
public enum SchemaGenerator {
    /// The schema as pretty-printed JSON with sorted keys (stable, so it can be committed).
    public static func schemaJSON() -> String {
        let root: [String: Any] = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://mockloop.invalid/schema/mockloop.schema.json",
            "title": "mockloop loop script",
            "description": "A mockloop loop (kind: loop) or question bank (kind: question-bank). See docs/loop-format.md.",
            // Dispatch on `kind`, so an editor reports a loop's problems against the loop's rules.
            "type": "object",
            "required": ["kind"],
            "properties": ["kind": ["enum": ["loop", "question-bank"], "description": "What the file is: loop or question-bank."] as [String: Any]],
            "if": ["properties": ["kind": ["const": "loop"]], "required": ["kind"]] as [String: Any],
            "then": ["$ref": "#/$defs/loop"],
            "else": ["$ref": "#/$defs/question-bank"],
            "$defs": definitions(),
        ]
        let data = try! JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func definitions() -> [String: Any] {
        var definitions: [String: Any] = [
            "principle": [
                "description": "A Leadership Principle id.",
                "enum": LeadershipPrinciple.allCases.map(\.id),
            ] as [String: Any],
        ]
        definitions["loop"] = withRoundRules(object(Format.loop))
        definitions["question-bank"] = object(Format.bank)
        return definitions
    }

    /// The rules about rounds and plans that JSON Schema can say as well as the validator:
    /// exactly one Bar Raiser round (LS016), 2 or 3 principles a round (LS021), and an answer in
    /// every test plan step (LS023).
    private static func withRoundRules(_ loop: [String: Any]) -> [String: Any] {
        var loop = loop
        guard var properties = loop["properties"] as? [String: Any], var rounds = properties["rounds"] as? [String: Any],
              var round = rounds["items"] as? [String: Any], var roundProperties = round["properties"] as? [String: Any],
              var principles = roundProperties["principles"] as? [String: Any] else { return loop }
        principles["minItems"] = 2
        principles["maxItems"] = 3
        roundProperties["principles"] = principles
        round["properties"] = roundProperties
        rounds["items"] = round
        rounds["contains"] = ["properties": ["bar-raiser": ["const": true]], "required": ["bar-raiser"]] as [String: Any]
        rounds["minContains"] = 1
        rounds["maxContains"] = 1
        properties["rounds"] = rounds
        // A test plan step must say what the candidate types (LS023).
        if var tests = properties["tests"] as? [String: Any], var plan = tests["items"] as? [String: Any],
           var planProperties = plan["properties"] as? [String: Any], var steps = planProperties["steps"] as? [String: Any],
           var step = steps["items"] as? [String: Any] {
            step["required"] = ["answer"]
            steps["items"] = step
            planProperties["steps"] = steps
            plan["properties"] = planProperties
            tests["items"] = plan
            properties["tests"] = tests
        }
        loop["properties"] = properties
        return loop
    }

    private static func object(_ shape: Shape) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in shape.fields {
            var property = schema(for: field.type)
            var description = field.summary
            if let defaultValue = field.defaultValue { description += " Default: \(defaultValue)." }
            property["description"] = description
            properties[field.key] = property
        }
        var result: [String: Any] = [
            "type": "object",
            "description": shape.summary,
            "properties": properties,
            "additionalProperties": false,
        ]
        let required = shape.fields.filter(\.isRequired).map(\.key)
        if !required.isEmpty { result["required"] = required }
        return result
    }

    private static func schema(for type: ValueType) -> [String: Any] {
        switch type {
        case .text:
            return ["type": ["string", "number", "boolean"]]
        case .identifier:
            return ["type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 80]
        case .integer(let range):
            var result: [String: Any] = ["type": "integer", "minimum": range.lowerBound]
            if range.upperBound != Int.max { result["maximum"] = range.upperBound }
            return result
        case .number(let range):
            return ["type": "number", "minimum": range.lowerBound, "maximum": range.upperBound]
        case .boolean:
            return ["type": "boolean"]
        case .choice(let choices):
            return ["enum": choices]
        case .principle:
            return ["$ref": "#/$defs/principle"]
        case .list(let element, let count, let unique):
            var result: [String: Any] = ["type": "array", "items": schema(for: element)]
            if count.lowerBound > 0 { result["minItems"] = count.lowerBound }
            if count.upperBound != Int.max { result["maxItems"] = count.upperBound }
            if unique { result["uniqueItems"] = true }
            return result
        case .object(let shape):
            return object(shape)
        case .principleMap(let value):
            return [
                "type": "object",
                "propertyNames": ["$ref": "#/$defs/principle"],
                "additionalProperties": schema(for: value),
            ]
        }
    }
}
