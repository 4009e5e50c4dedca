/// A table whose columns (or matrix criteria) do not match its schema.
public struct SchemaHeaderMismatch: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TYP006", name: "schema-header-mismatch", severity: .error, category: .types,
        summary: "a table lacks a required column of its schema or has a column the schema does not know",
        doc: """
            A table that names a schema must use the schema's fields as its columns (for a matrix \
            with options in columns: as the labels of its rows). A column the schema does not know \
            (often a renamed or misspelt header) is not typed or checked at all, and a missing \
            field marked `required` leaves every row without that value. Rename the header to the \
            field's name or one of its `aliases`, or add the field to the schema.
            """,
        badExample: "<!-- sitegen:table {schema: {fields: [{name: 方式}, {name: 耗时, type: duration}]}} -->\n| 方式 | 用时 |\n|---|---|\n| 注销账户 | 15分钟 |\n",
        goodExample: "<!-- sitegen:table {schema: {fields: [{name: 方式}, {name: 耗时, type: duration}]}} -->\n| 方式 | 耗时 |\n|---|---|\n| 注销账户 | 15分钟 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.page.tables.flatMap { table -> [Diagnostic] in
            guard let schema = table.schema else { return [] }
            // The labels that must match fields: row labels of a criteria-in-rows matrix, the header otherwise.
            let labels: [TableCell] = table.criteriaInRows
                ? table.rows.compactMap { $0.isGlued ? nil : $0.cell(0) }
                : Array(table.header.cells.dropFirst(table.kind == .matrix || Self.hasRuleNumbers(table) ? 1 : 0))
            let what = table.criteriaInRows ? "criterion" : "column"
            let names = schema.fields.flatMap { [$0.name] + $0.aliases }
            var found: [Diagnostic] = labels.compactMap { label -> Diagnostic? in
                guard !label.text.isEmpty, schema.field(named: label.text) == nil, label.text != schema.primaryKey else { return nil }
                return descriptor.diagnostic(
                    file: context.file, range: context.page.contentRange(of: label),
                    message: "\(what) '\(label.text)' is not a field of schema '\(schema.name)'",
                    hint: Suggestion.hint(for: label.text, in: names)
                        ?? "add it to the schema or rename it; fields: \(schema.fields.map(\.name).joined(separator: ", "))")
            }
            for field in schema.fields where field.constraints.required {
                guard !labels.contains(where: { field.name == $0.text || field.aliases.contains($0.text) }) else { continue }
                found.append(descriptor.diagnostic(
                    file: context.file, range: table.header.range,
                    message: "required \(what) '\(field.name)' of schema '\(schema.name)' is missing",
                    hint: "add a \(what) '\(field.name)'"))
            }
            return found
        }
    }

    /// A decision table's leading rule-number column is not a field.
    static func hasRuleNumbers(_ table: DecisionTable) -> Bool {
        table.kind == .rules && DecisionModel.Columns(table).hasLabel
    }
}
