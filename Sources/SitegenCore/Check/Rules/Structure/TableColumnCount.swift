/// A row with more or fewer cells than the header.
public struct TableColumnCount: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TBL001", name: "table-column-count", severity: .error, category: .structure,
        summary: "a table row has more or fewer cells than the header",
        doc: """
            cmark-gfm silently pads a short row with empty cells and drops the cells of a long row, \
            so a missing `|` shifts values into the wrong column or loses them without a trace. The \
            rule counts the cells of each row in its source line (pipes not escaped with `\\`; a \
            leading and a trailing pipe are optional) and reports every row whose count differs from \
            the header's. `--fix` pads a short row with empty cells; a long row needs a decision: \
            remove the extra cell or add a column to the header.
            """,
        badExample: "| 方式 | 耗时 |\n|---|---|\n| 注销账户 |\n| 解绑银行卡 | 即时生效 | 免费 |\n",
        goodExample: "| 方式 | 耗时 | 费用 |\n|---|---|---|\n| 注销账户 | 60天 | 免费 |\n| 解绑银行卡 | 即时生效 | 免费 |\n",
        fixes: .safe
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for segment in context.layouts.flatMap(\.segments) {
            let expected = segment.header.cells.cells.count
            for row in [segment.delimiter] + segment.rows {
                let count = row.cells.cells.count
                guard count != expected, let first = row.cells.cells.first else { continue }
                let what = row.line == segment.delimiter.line ? "delimiter row" : "row"
                let message = "\(what) has \(count) \(count == 1 ? "cell" : "cells"), header has \(expected)"
                if count < expected {
                    found.append(descriptor.diagnostic(
                        context.page, line: row.line, column: first.start, message: message,
                        hint: "add the missing \(expected - count == 1 ? "cell" : "cells") (an empty cell is `| |`)",
                        fix: padding(row, missing: expected - count)))
                } else {
                    found.append(descriptor.diagnostic(
                        context.page, line: row.line, column: first.start,
                        message: message + " (cmark-gfm drops the extra \(count - expected == 1 ? "cell" : "cells"))",
                        hint: "remove the extra cell or add a column to the header"))
                }
            }
        }
        return found
    }

    /// Empty cells appended after the row's last character.
    func padding(_ row: TableLayout.Row, missing: Int) -> Fix {
        let cells = String(repeating: " |", count: missing)
        let text = row.cells.hasTrailingPipe ? cells : " |" + cells
        let end = SourcePosition(line: row.line, column: row.cells.lastColumn + 1)
        return Fix(summary: "add \(missing) empty \(missing == 1 ? "cell" : "cells") to line \(row.line)",
                   edits: [.insert(text, at: end)])
    }
}
