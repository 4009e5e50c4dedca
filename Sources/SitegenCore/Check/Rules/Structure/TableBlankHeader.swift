/// A header cell with no text.
public struct TableBlankHeader: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TBL004", name: "table-blank-header", severity: .warning, category: .structure,
        summary: "a table header cell is empty",
        doc: """
            A column without a header cannot be named by a schema, read by a screen reader or \
            matched by the other rules, and usually means a cell was shifted. Name every column. The \
            top-left corner of a `matrix` table is exempt: there the first column holds the \
            criteria (or options) and may stay unnamed.
            """,
        badExample: "| 方式 | |\n|---|---|\n| 注销账户 | 60天 |\n",
        goodExample: "| 方式 | 耗时 |\n|---|---|\n| 注销账户 | 60天 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.layouts.flatMap { layout in
            let isMatrix = context.table(of: layout)?.kind == .matrix
            return layout.segments.flatMap { segment in
                segment.header.cells.cells.enumerated().compactMap { column, cell -> Diagnostic? in
                    guard cell.text.isEmpty, !(isMatrix && column == 0) else { return nil }
                    return descriptor.diagnostic(
                        context.page, line: segment.header.line, column: cell.start, endColumn: cell.end,
                        message: "header of column \(column + 1) is empty",
                        hint: "name the column, e.g. what its values measure")
                }
            }
        }
    }
}
