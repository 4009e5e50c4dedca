/// A key column that repeats a value.
public struct TableUniqueKey: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TYP005", name: "table-unique-key", severity: .error, category: .types,
        summary: "the key column of a table repeats a value",
        doc: """
            Each row of a keyed table describes one thing: the schema's `primaryKey` column, any \
            field with `unique: true`, and the key column of a `requirements` table (the annotation's \
            `key`, by default the first column) must not repeat a value. A repeated key means two \
            rows state different things about the same item, and lookups (facts across pages, \
            matrix criteria) would pick one of them at random. Keys are compared ignoring case, \
            spaces and full-width forms.
            """,
        badExample: "<!-- sitegen:table {kind: requirements} -->\n| 条件 | 要求 |\n|---|---|\n| 支付分 | 需关闭 |\n| 支付分 | 需开通 |\n",
        goodExample: "<!-- sitegen:table {kind: requirements} -->\n| 条件 | 要求 |\n|---|---|\n| 支付分 | 需关闭 |\n| 订阅服务 | 需取消 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.page.tables.flatMap { table in
            keyColumns(of: table).flatMap { column in duplicates(in: table, column: column, page: context.page) }
        }
    }

    /// Columns whose values must be unique.
    func keyColumns(of table: DecisionTable) -> [Int] {
        var names: [String] = []
        if let key = table.schema?.primaryKey { names.append(key) }
        names += table.schema?.fields.filter(\.constraints.unique).flatMap { [$0.name] + $0.aliases } ?? []
        var columns = Set(table.header.cells.filter { names.contains($0.text) }.map(\.column))
        if table.kind == .requirements {
            let key = table.annotation?.keyColumn
            columns.insert(key.flatMap { name in table.header.cells.first { $0.text == name }?.column } ?? 0)
        }
        return columns.sorted()
    }

    func duplicates(in table: DecisionTable, column: Int, page: Page) -> [Diagnostic] {
        var seen = [TextKey: TableCell](minimumCapacity: table.rows.count)  // (grown from empty: a fifth of the rule)
        let name = table.header.cell(column)?.text ?? "column \(column + 1)"
        return table.rows.compactMap { row -> Diagnostic? in
            guard !row.isGlued, let cell = row.cell(column), !cell.isPadding, !table.isMissing(cell.text) else { return nil }
            let key = TextKey(NameKey.key(cell.text))
            guard let first = seen[key] else {
                seen[key] = cell
                return nil
            }
            return descriptor.diagnostic(
                file: page.file, range: page.contentRange(of: cell), message: "'\(cell.text)' appears twice in the key column '\(name)'",
                hint: "merge the two rows or give each its own key",
                related: [RelatedLocation(file: page.file, range: page.contentRange(of: first), message: "first row with '\(first.text)'")])
        }
    }
}
