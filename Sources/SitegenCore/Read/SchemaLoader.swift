/// Reads table schemas written in YAML:
///
/// ```yaml
/// title: 解除方式对比
/// primaryKey: 评估维度
/// fields:
///   - name: 操作耗时
///     type: duration
///     prefer: lower
///   - name: 恢复可能性
///     type: category
///     categories: [不可恢复, 可再次更换, 可重新绑卡]   # lowest to highest
///     prefer: higher
///     constraints: {required: true}
/// ```
public enum SchemaLoader {
    public static let knownKeys = ["title", "fields", "primaryKey", "missingValues"]
    public static let knownFieldKeys = [
        "name", "aliases", "title", "description", "type", "unit", "per", "prefer", "categories", "constraints",
    ]
    public static let knownConstraintKeys = [
        "required", "unique", "enum", "pattern", "minimum", "maximum", "minLength", "maxLength",
    ]

    /// Loads `text` (a schema file). Problems are returned as diagnostics of `file`. Bounds
    /// (`maximum: 1.000 €`) read by `numbers`, the convention of the site's language.
    public static func load(text: String, name: String, file: String, numbers: NumberConvention = .decimalPoint)
        -> (TableSchema?, [Diagnostic])
    {
        switch YAMLReader.read(text) {
        case .failure(let failure):
            return (nil, [BuiltinProblem.schemaInvalid.diagnostic(
                file: file, range: SourceRange(start: failure.position, end: failure.position),
                message: "schema is not valid YAML: \(failure.message)", hint: "fix the YAML syntax here")])
        case .success(let value):
            var problems: [Problem] = []
            let schema = self.schema(from: value, name: name, file: file, numbers: numbers, problems: &problems)
            return (schema, problems.map {
                BuiltinProblem.schemaInvalid.diagnostic(file: file, range: SourceRange(start: $0.position, end: $0.position),
                                                        message: $0.message, hint: "see the schema reference in the README")
            })
        }
    }

    /// What is wrong in a schema, and where (the value or key at fault).
    public struct Problem: Sendable, Equatable {
        public var message: String
        public var position: SourcePosition
    }

    /// Builds a schema from a YAML mapping; problems are described in `problems`.
    public static func schema(from value: YAMLValue, name: String, file: String?, numbers: NumberConvention = .decimalPoint,
                              problems: inout [Problem]) -> TableSchema? {
        guard let entries = value.entries else {
            problems.append(Problem(message: "a schema must be a mapping with 'fields', found \(value.kindName)", position: value.position))
            return nil
        }
        var schema = TableSchema(name: name)
        schema.file = file
        for entry in entries {
            switch entry.key {
            case "title": schema.title = entry.value.string
            case "primaryKey": schema.primaryKey = entry.value.string
            case "missingValues": schema.missingValues = entry.value.items?.compactMap(\.string) ?? schema.missingValues
            case "fields":
                for item in entry.value.items ?? [] {
                    if let field = field(from: item, numbers: numbers, problems: &problems) { schema.fields.append(field) }
                }
            default:
                problems.append(Problem(message: unknown("schema key", entry.key, SchemaLoader.knownKeys),
                                        position: entry.keyPosition))
            }
        }
        return schema
    }

    private static func field(from value: YAMLValue, numbers: NumberConvention, problems: inout [Problem]) -> FieldSchema? {
        guard let entries = value.entries, let name = value["name"]?.string else {
            problems.append(Problem(message: "every field needs a 'name'", position: value.position))
            return nil
        }
        var field = FieldSchema(name: name)
        field.position = value.position
        var bounds: [YAMLEntry] = []
        for entry in entries {
            switch entry.key {
            case "name": continue
            case "aliases": field.aliases = entry.value.items?.compactMap(\.string) ?? entry.value.string.map { [$0] } ?? []
            case "title": field.title = entry.value.string
            case "description": field.description = entry.value.string
            case "unit": field.unit = entry.value.string
            case "per":
                let text = entry.value.string ?? ""
                if let basis = QuantityBasis(declared: text) { field.per = basis } else {
                    let closest = Suggestion.hint(for: text, in: QuantityBasis.declaredNames).map { " (\($0))" } ?? ""
                    problems.append(Problem(
                        message: "field '\(name)': 'per' must be one of \(QuantityBasis.declaredNames.joined(separator: ", ")), "
                            + "found '\(text)'\(closest)", position: entry.value.position))
                }
            case "type":
                let text = entry.value.string ?? ""
                if let type = ValueType(rawValue: text) { field.type = type } else {
                    let types = ValueType.allCases.map(\.rawValue)
                    let closest = Suggestion.hint(for: text, in: types).map { " (\($0))" } ?? ""
                    problems.append(Problem(message: "field '\(name)': unknown type '\(text)'\(closest); use one of "
                                                + types.joined(separator: ", "), position: entry.value.position))
                }
            case "prefer":
                let text = entry.value.string ?? ""
                if let prefer = Preference(rawValue: text) { field.prefer = prefer } else {
                    problems.append(Problem(message: "field '\(name)': 'prefer' must be lower, higher or none, found '\(text)'",
                                            position: entry.value.position))
                }
            case "categories": field.categories = entry.value.items?.compactMap(\.string) ?? []
            case "constraints": field.constraints = constraints(entry.value, field: name, problems: &problems, bounds: &bounds)
            default:
                problems.append(Problem(message: unknown("key of field '\(name)'", entry.key, SchemaLoader.knownFieldKeys),
                                        position: entry.keyPosition))
            }
        }
        if field.type == .category, field.constraints.enumValues == nil, !field.categories.isEmpty {
            field.constraints.enumValues = field.categories
        }
        for bound in bounds { resolve(bound, of: &field, numbers: numbers, problems: &problems) }
        return field
    }

    /// A `minimum` or `maximum` written as a value (`2 hours`, `16 GB`, `$50`), read as the field's
    /// type once the whole field is read: its canonical lower (minimum) or upper (maximum) bound.
    private static func resolve(_ bound: YAMLEntry, of field: inout FieldSchema, numbers: NumberConvention,
                                problems: inout [Problem]) {
        let text = bound.value.string ?? ""
        let measurable: Set<ValueType> = [.any, .count, .number, .duration, .rate, .money, .size]
        if measurable.contains(field.type), case .success(let value) = ValueParser.parse(text, as: field.type, convention: numbers),
           let interval = value.canonical, value.dimension != .none || value.isUnlimited {
            if bound.key == "minimum" {
                field.constraints.minimum = interval.lower
                field.constraints.minimumText = text
                field.constraints.minimumValue = .value(value)
            } else {
                field.constraints.maximum = interval.upper
                field.constraints.maximumText = text
                field.constraints.maximumValue = .value(value)
            }
            return
        }
        let example = field.type == .any || !measurable.contains(field.type) ? "" : ", or \(field.type.nounPhrase)"
        problems.append(Problem(
            message: "field '\(field.name)': '\(bound.key)' must be a number\(example), found '\(text)'",
            position: bound.value.position))
    }

    private static func constraints(_ value: YAMLValue, field: String, problems: inout [Problem],
                                    bounds: inout [YAMLEntry]) -> FieldConstraints {
        var constraints = FieldConstraints()
        for entry in value.entries ?? [] {
            let text = entry.value.string ?? ""
            func invalid(_ wanted: String) {
                problems.append(Problem(message: "field '\(field)': '\(entry.key)' must be \(wanted), found '\(text)'",
                                        position: entry.value.position))
            }
            switch entry.key {
            case "required", "unique":
                let flag = text.lowercased()  // YAML's true, True, TRUE
                guard flag == "true" || flag == "false" else { invalid("true or false"); continue }
                if entry.key == "required" { constraints.required = flag == "true" } else { constraints.unique = flag == "true" }
            case "enum": constraints.enumValues = entry.value.items?.compactMap(\.string)
            case "pattern": constraints.pattern = entry.value.string
            case "minimum", "maximum":
                if let number = Double(text), number.isFinite {
                    if entry.key == "minimum" { constraints.minimum = number } else { constraints.maximum = number }
                } else {
                    bounds.append(entry)
                }
            case "minLength", "maxLength":
                guard let length = Int(text), length >= 0 else { invalid("a whole number of characters"); continue }
                if entry.key == "minLength" { constraints.minLength = length } else { constraints.maxLength = length }
            default:
                problems.append(Problem(message: unknown("constraint of field '\(field)'", entry.key, SchemaLoader.knownConstraintKeys),
                                        position: entry.keyPosition))
            }
        }
        return constraints
    }

    private static func unknown(_ what: String, _ key: String, _ known: [String]) -> String {
        let suggestion = Suggestion.hint(for: key, in: known).map { " (\($0))" } ?? ""
        return "unknown \(what) '\(key)'\(suggestion); known: \(known.joined(separator: ", "))"
    }
}
