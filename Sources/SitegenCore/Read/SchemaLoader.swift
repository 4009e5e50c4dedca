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
        "name", "aliases", "title", "description", "type", "unit", "prefer", "categories", "constraints",
    ]
    public static let knownConstraintKeys = [
        "required", "unique", "enum", "pattern", "minimum", "maximum", "minLength", "maxLength",
    ]

    /// Loads `text` (a schema file). Problems are returned as diagnostics of `file`.
    public static func load(text: String, name: String, file: String) -> (TableSchema?, [Diagnostic]) {
        switch YAMLReader.read(text) {
        case .failure(let failure):
            return (nil, [BuiltinProblem.schemaInvalid.diagnostic(
                file: file, range: SourceRange(start: failure.position, end: failure.position),
                message: "schema is not valid YAML: \(failure.message)", hint: "fix the YAML syntax here")])
        case .success(let value):
            var problems: [String] = []
            let schema = self.schema(from: value, name: name, file: file, problems: &problems)
            let position = SourceRange(start: value.position, end: value.position)
            return (schema, problems.map {
                BuiltinProblem.schemaInvalid.diagnostic(file: file, range: position, message: $0,
                                                        hint: "see the schema reference in the README")
            })
        }
    }

    /// Builds a schema from a YAML mapping; problems are described in `problems`.
    public static func schema(from value: YAMLValue, name: String, file: String?, problems: inout [String]) -> TableSchema? {
        guard let entries = value.entries else {
            problems.append("a schema must be a mapping with 'fields', found \(value.kindName)")
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
                    if let field = field(from: item, problems: &problems) { schema.fields.append(field) }
                }
            default:
                problems.append(unknown("schema key", entry.key, SchemaLoader.knownKeys))
            }
        }
        return schema
    }

    private static func field(from value: YAMLValue, problems: inout [String]) -> FieldSchema? {
        guard let entries = value.entries, let name = value["name"]?.string else {
            problems.append("every field needs a 'name' (line \(value.position.line))")
            return nil
        }
        var field = FieldSchema(name: name)
        field.position = value.position
        for entry in entries {
            switch entry.key {
            case "name": continue
            case "aliases": field.aliases = entry.value.items?.compactMap(\.string) ?? entry.value.string.map { [$0] } ?? []
            case "title": field.title = entry.value.string
            case "description": field.description = entry.value.string
            case "unit": field.unit = entry.value.string
            case "type":
                let text = entry.value.string ?? ""
                if let type = ValueType(rawValue: text) { field.type = type } else {
                    problems.append("field '\(name)': unknown type '\(text)'; use one of \(ValueType.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            case "prefer":
                let text = entry.value.string ?? ""
                if let prefer = Preference(rawValue: text) { field.prefer = prefer } else {
                    problems.append("field '\(name)': 'prefer' must be lower, higher or none, found '\(text)'")
                }
            case "categories": field.categories = entry.value.items?.compactMap(\.string) ?? []
            case "constraints": field.constraints = constraints(entry.value, field: name, problems: &problems)
            default:
                problems.append(unknown("key of field '\(name)'", entry.key, SchemaLoader.knownFieldKeys))
            }
        }
        if field.type == .category, field.constraints.enumValues == nil, !field.categories.isEmpty {
            field.constraints.enumValues = field.categories
        }
        return field
    }

    private static func constraints(_ value: YAMLValue, field: String, problems: inout [String]) -> FieldConstraints {
        var constraints = FieldConstraints()
        for entry in value.entries ?? [] {
            let text = entry.value.string ?? ""
            switch entry.key {
            case "required": constraints.required = text == "true"
            case "unique": constraints.unique = text == "true"
            case "enum": constraints.enumValues = entry.value.items?.compactMap(\.string)
            case "pattern": constraints.pattern = entry.value.string
            case "minimum": constraints.minimum = Double(text)
            case "maximum": constraints.maximum = Double(text)
            case "minLength": constraints.minLength = Int(text)
            case "maxLength": constraints.maxLength = Int(text)
            default:
                problems.append(unknown("constraint of field '\(field)'", entry.key, SchemaLoader.knownConstraintKeys))
            }
        }
        return constraints
    }

    private static func unknown(_ what: String, _ key: String, _ known: [String]) -> String {
        let suggestion = Suggestion.closest(to: key, in: known).map { " (did you mean '\($0)'?)" } ?? ""
        return "unknown \(what) '\(key)'\(suggestion); known: \(known.joined(separator: ", "))"
    }
}
