/// Reads `<!-- sitegen:table … -->` table annotations out of HTML comments
/// (``SuppressionParser`` reads the `<!-- sitegen-disable… -->` ones).
public enum AnnotationParser {
    public static let tableMarker = "sitegen:table"

    /// The annotation, or nil when the comment is not a table annotation.
    /// Problems are appended to `issues`.
    public static func tableAnnotation(_ comment: MarkdownComment, numbers: NumberConvention = .decimalPoint,
                                       issues: inout [ReadIssue]) -> TableAnnotation? {
        guard comment.body.hasPrefix(tableMarker) else { return nil }
        var annotation = TableAnnotation(range: comment.range)
        var yaml = String(comment.body.dropFirst(tableMarker.count))
        // A one-line flow mapping (`<!-- sitegen:table {id: x} -->`): pad it to
        // its column so key positions are file columns (assumes `<!-- ` before the marker).
        // (Bytes: Foundation's `contains` and a repeated one-character String cost more than the rest.)
        if yaml.trimmingWhitespace().hasPrefix("{"), !yaml.containsUTF8(UInt8(ascii: "\n")) {
            let padding = [UInt8](repeating: UInt8(ascii: " "), count: comment.range.start.column + 4 + tableMarker.count)
            yaml = String(decoding: padding, as: UTF8.self) + yaml
        }
        // Keep positions: the YAML starts on the comment's line.
        let lineOffset = comment.range.start.line - 1
        let value: YAMLValue
        switch YAMLReader.read(yaml, lineOffset: lineOffset) {
        case .failure(let failure):
            // Where YAML stopped, when that is inside the comment (a value starting with `>`, an
            // unclosed bracket); the comment's start otherwise.
            let inside = failure.position >= comment.range.start && failure.position <= comment.range.end
            let stopped = inside ? SourceRange(start: failure.position, end: failure.position) : comment.range
            let character = inside ? Self.character(at: failure.position, in: yaml, lineOffset: lineOffset) : nil
            let hint = character.map { "quote the value that starts with '\($0)' here (YAML reads a bare '\($0)' as syntax), e.g. '>= 3 per day'" }
            issues.append(ReadIssue(
                kind: .annotationInvalid, range: stopped,
                message: "table annotation is not valid YAML: \(failure.message)",
                hint: hint ?? "write e.g. <!-- sitegen:table {id: prices, kind: matrix} -->"))
            return annotation
        case .success(let parsed):
            value = parsed
        }
        annotation.raw = value
        if case .null = value { return annotation }
        guard let entries = value.entries else {
            issues.append(ReadIssue(
                kind: .annotationInvalid, range: comment.range,
                message: "table annotation must be a mapping, found \(value.kindName)",
                hint: "write e.g. <!-- sitegen:table {id: prices, kind: matrix} -->"))
            return annotation
        }
        var reader = FieldReader(issues: [], kind: .annotationInvalid)
        for entry in entries {
            switch entry.key {
            case "id": annotation.id = reader.string(entry)
            case "caption": annotation.caption = reader.string(entry)
            case "kind":
                if let text = reader.string(entry) {
                    if let kind = TableKind(rawValue: text) { annotation.kind = kind } else {
                        let kinds = TableKind.allCases.map(\.rawValue)
                        let closest = Suggestion.hint(for: text, in: kinds).map { $0 + " " } ?? ""
                        reader.issues.append(invalid(entry, atValue: true, "unknown table kind '\(text)'",
                                                     closest + "use one of \(kinds.joined(separator: ", "))"))
                    }
                }
            case "options":
                if let text = reader.string(entry) {
                    if let axis = MatrixAxis(rawValue: text) { annotation.optionsAxis = axis } else {
                        reader.issues.append(invalid(entry, atValue: true, "'options' must be 'columns' or 'rows', found '\(text)'",
                                                     "write 'options: columns' when the header row names the options"))
                    }
                }
            case "schema":
                if case .mapping = entry.value {
                    var schemaIssues: [SchemaLoader.Problem] = []
                    annotation.inlineSchema = SchemaLoader.schema(
                        from: entry.value, name: annotation.id ?? "inline", file: nil as String?, numbers: numbers,
                        problems: &schemaIssues)
                    for issue in schemaIssues { reader.issues.append(invalid(entry, issue.message, "fix the inline schema")) }
                } else {
                    annotation.schemaName = reader.string(entry)
                }
            case "option-label": annotation.optionLabel = reader.string(entry)
            case "hit-policy": annotation.hitPolicy = reader.string(entry)
            case "inputs": annotation.inputCount = reader.int(entry)
            case "key": annotation.keyColumn = reader.string(entry)
            case "constraints": annotation.constraints = constraints(entry, reader: &reader)
            default:
                reader.issues.append(invalid(entry, "unknown table annotation key '\(entry.key)'",
                                             Suggestion.hint(for: entry.key, in: TableAnnotation.knownKeys)
                                                 ?? "known keys: \(TableAnnotation.knownKeys.joined(separator: ", "))"))
            }
        }
        issues += reader.issues
        return annotation
    }

    private static func constraints(_ entry: YAMLEntry, reader: inout FieldReader) -> [MatrixConstraint] {
        guard let items = entry.value.items else {
            reader.wrongType(entry, expected: "a list of {id, label, excludes, requires}")
            return []
        }
        return items.enumerated().compactMap { index, item in
            guard let label = item["label"]?.string else {
                reader.issues.append(ReadIssue(
                    kind: .annotationInvalid, range: SourceRange(start: item.position, end: item.position),
                    message: "constraint \(index + 1) has no 'label'",
                    hint: "write e.g. {id: keep-account, label: 我必须保留账号, excludes: [注销账户]}"))
                return nil
            }
            let id = item["id"]?.string ?? Slugger.slug(label)
            for key in item.entries ?? [] where !MatrixConstraint.knownKeys.contains(key.key) {
                reader.issues.append(invalid(key, "unknown key '\(key.key)' in constraint '\(id)'",
                                             Suggestion.hint(for: key.key, in: MatrixConstraint.knownKeys)
                                                 ?? "known keys: \(MatrixConstraint.knownKeys.joined(separator: ", "))"))
            }
            let excluded = item["excludes"].map { value -> [YAMLValue] in
                if value.string != nil { return [value] }
                guard let items = value.items, items.allSatisfy({ $0.string != nil }) else {
                    reader.issues.append(ReadIssue(
                        kind: .annotationInvalid, range: SourceRange(start: value.position, end: value.position),
                        message: "'excludes' of constraint '\(id)' is \(value.kindName), not a list of option names",
                        hint: "write e.g. excludes: [注销账户, 解绑银行卡]"))
                    return []
                }
                return items
            } ?? []
            var requires: [MatrixRequirement] = []
            if let value = item["requires"] {
                if let entries = value.entries {
                    for test in entries {
                        guard let text = test.value.string else {
                            reader.issues.append(invalid(test, atValue: true,
                                "the test of '\(test.key)' in constraint '\(id)' is \(test.value.kindName), not a single value",
                                "write one test, e.g. '<= 1 hour', '[1..5]' or yes (quote a test that starts with > or <)"))
                            continue
                        }
                        requires.append(MatrixRequirement(criterion: test.key, test: text, position: test.value.position))
                    }
                } else {
                    reader.issues.append(ReadIssue(
                        kind: .annotationInvalid, range: SourceRange(start: value.position, end: value.position),
                        message: "'requires' of constraint '\(id)' is \(value.kindName), not a mapping of criteria to tests",
                        hint: "write e.g. requires: {Full restore: '<= 1 hour', Off-site copy: yes}"))
                }
            }
            return MatrixConstraint(id: id, label: label, excludes: excluded.compactMap(\.string),
                                    excludePositions: excluded.map(\.position),
                                    requires: requires, position: item.position)
        }
    }

    /// The character at `position` of the annotation's YAML when a plain YAML value cannot start
    /// with it but a test or a comparison would (`>`, `|`, `@`, `` ` ``, `%`); nil otherwise.
    static func character(at position: SourcePosition, in yaml: String, lineOffset: Int) -> Character? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let index = position.line - lineOffset - 1
        guard lines.indices.contains(index) else { return nil }
        let line = lines[index]
        let column = position.column - 1
        guard column >= 0, column < line.count else { return nil }
        let character = line[line.index(line.startIndex, offsetBy: column)]
        return [">", "|", "@", "`", "%"].contains(character) ? character : nil
    }

    /// An issue at the entry's key, or at its value (`atValue`: the value is what is wrong).
    private static func invalid(_ entry: YAMLEntry, atValue: Bool = false, _ message: String, _ hint: String) -> ReadIssue {
        let position = atValue ? entry.value.position : entry.keyPosition
        return ReadIssue(kind: .annotationInvalid, range: SourceRange(start: position, end: position), message: message, hint: hint)
    }
}
