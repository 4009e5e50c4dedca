/// A table without a blank line before or after it.
public struct TableBlanksAround: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TBL008", name: "table-blanks-around", severity: .warning, category: .structure,
        summary: "a table has no blank line before or after it",
        doc: """
            cmark-gfm accepts a table right under a paragraph line (which then becomes the header) \
            and ends a table at the next list item or heading, but other Markdown tools do not, and \
            one edit (a line removed, a list item added) is enough to glue text into the table. \
            Keep a blank line before every table (an annotation or suppression comment may sit \
            right above it) and after it. `--fix` inserts the blank lines.
            """,
        badExample: "需满足以下条件:\n| 条件 | 要求 |\n|---|---|\n| 支付分 | 需关闭 |\n- 下一步\n",
        goodExample: "需满足以下条件:\n\n| 条件 | 要求 |\n|---|---|\n| 支付分 | 需关闭 |\n\n- 下一步\n",
        fixes: .safe
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let page = context.page
        let frontMatterEnd = page.frontMatter.range?.end.line ?? 0
        for layout in context.layouts {
            if let table = context.table(of: layout), table.depth > 0 { continue }
            let before = layout.firstLine - 1
            // A table cmark-gfm did not parse is reported by table-not-parsed instead.
            if layout.tableIndex != nil, before > frontMatterEnd, !context.lines.isBlank(before),
               !context.lines.endsComment(before, in: page.source) {
                found.append(descriptor.diagnostic(
                    page, line: layout.firstLine, column: layout.segments[0].header.cells.cells.first?.start ?? 1,
                    message: "no blank line before the table",
                    hint: "insert a blank line before line \(layout.firstLine)",
                    fix: .blankLine(before: layout.firstLine)))
            }
            let after = layout.lastLine + 1
            if after <= page.source.lineCount, !context.lines.isBlank(after), layout.lastRowLine == layout.lastLine {
                found.append(descriptor.diagnostic(
                    page, line: after, message: "no blank line after the table that ends on line \(layout.lastLine)",
                    hint: "insert a blank line before line \(after)",
                    fix: .blankLine(before: after)))
            }
        }
        return found
    }
}
