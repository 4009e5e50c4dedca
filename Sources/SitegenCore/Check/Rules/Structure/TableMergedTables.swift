/// A second table glued onto the first (a delimiter row inside a table body).
public struct TableMergedTables: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TBL003", name: "table-merged-tables", severity: .error, category: .structure,
        summary: "a second table is glued onto a table (a delimiter row inside the body)",
        doc: """
            When two tables follow each other without a blank line, cmark-gfm reads the second \
            table's header and its `---|---` delimiter row as two more rows of the first table (and \
            cuts them to the first table's width). The rule finds delimiter rows inside a table body \
            and reports the line of the glued table's header; `--fix` inserts a blank line before \
            that header so both tables stand on their own. The glued table's lines are no rows of \
            the first table's meaning: typed cells, schema labels, keys, decision rules and matrix \
            options leave them out, so this is the one finding about them (when the rule is set \
            below error, the page shows each glued table after the first as a table of its own).
            """,
        badExample: "| 银行 | 限额 |\n|---|---|\n| 借记卡 | 无 |\n| 类型 | 权限 |\n|---|---|\n| 解除 | 家长 |\n",
        goodExample: "| 银行 | 限额 |\n|---|---|\n| 借记卡 | 无 |\n\n| 类型 | 权限 |\n|---|---|\n| 解除 | 家长 |\n",
        fixes: .safe
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.layouts.flatMap { layout in
            layout.segments.dropFirst().map { segment in
                descriptor.diagnostic(
                    context.page, line: segment.header.line, column: segment.header.cells.cells.first?.start ?? 1,
                    message: "a second table (header on line \(segment.header.line)) is glued onto the table that starts on line \(layout.firstLine)",
                    hint: "insert \(Fix.blankLineWords(before: segment.header.line, in: context.page.source)) before line \(segment.header.line) to separate the tables",
                    fix: .blankLine(before: segment.header.line, in: context.page.source))
            }
        }
    }
}
