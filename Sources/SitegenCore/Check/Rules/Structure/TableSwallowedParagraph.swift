/// Prose glued into a table because no blank line ended the table.
public struct TableSwallowedParagraph: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TBL002", name: "table-swallowed-paragraph", severity: .error, category: .structure,
        summary: "a paragraph is glued into a table because no blank line ends the table",
        doc: """
            A GFM table goes on until a blank line or the start of another block, so a paragraph \
            written right under the last row becomes one more row: its text lands in the first cell \
            and the other cells are padded empty. This is how articles pasted without blank lines \
            break. The rule reports each run of body lines that hold no unescaped `|`; `--fix` \
            inserts the blank line that ends the table, restoring the prose as a paragraph. Those \
            lines are no rows of the table's meaning: typed cells, schema labels, keys, decision \
            rules and matrix options leave them out, so this is the one finding about them (when \
            the rule is set below error, the page shows them after the table as paragraphs).
            """,
        badExample: "| 条件 | 要求 |\n|---|---|\n| 钱包余额 | 需清空 |\n注销过程需经历60天反悔期。\n",
        goodExample: "| 条件 | 要求 |\n|---|---|\n| 钱包余额 | 需清空 |\n\n注销过程需经历60天反悔期。\n",
        fixes: .safe
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.layouts.flatMap { layout in
            layout.swallowed.map { run in
                let table = layout.segments.last { $0.header.line < run.lowerBound }?.header.line ?? layout.firstLine
                let lines = run.count == 1 ? "line of prose is" : "\(run.count) lines of prose are"
                let last = context.page.source.line(run.upperBound).map { $0.unicodeScalars.count } ?? 1
                return descriptor.diagnostic(
                    file: context.file,
                    range: SourceRange(line: run.lowerBound, column: 1, endLine: run.upperBound, endColumn: max(1, last)),
                    message: "\(lines) glued into the table that starts on line \(table)",
                    hint: "insert \(Fix.blankLineWords(before: run.lowerBound, in: context.page.source)) before line \(run.lowerBound) to end the table",
                    fix: .blankLine(before: run.lowerBound, in: context.page.source))
            }
        }
    }
}
