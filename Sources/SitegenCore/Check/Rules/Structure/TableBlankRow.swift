/// A table row whose cells are all empty.
public struct TableBlankRow: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TBL006", name: "table-blank-row", severity: .warning, category: .structure,
        summary: "a table row has only empty cells",
        doc: """
            An empty row (`| | |`) renders as a blank band in the table and, in a matrix or decision \
            table, as an option or rule with no values. It is usually a leftover from editing or an \
            attempt to space the table; delete the row (tables are spaced by the theme).
            """,
        badExample: "| 方式 | 耗时 |\n|---|---|\n| 注销账户 | 60天 |\n| | |\n",
        goodExample: "| 方式 | 耗时 |\n|---|---|\n| 注销账户 | 60天 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.layouts.flatMap(\.segments).flatMap { segment in
            segment.rows.filter { $0.cells.isBlank }.map { row in
                descriptor.diagnostic(context.page, line: row.line, message: "table row has only empty cells",
                                      hint: "delete line \(row.line) or fill in its cells")
            }
        }
    }
}
