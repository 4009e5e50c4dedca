/// Two columns of a table with the same header.
public struct TableDuplicateHeader: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TBL005", name: "table-duplicate-header", severity: .error, category: .structure,
        summary: "two columns of a table have the same header",
        doc: """
            Columns are found by their header: by schemas, by matrices (an option or criterion per \
            column) and by the fact checks across pages. Two columns with one name make every lookup \
            ambiguous and usually mean a column was pasted twice. Headers are compared ignoring case, \
            spaces and full-width forms.
            """,
        badExample: "| 方式 | 耗时 | 耗时 |\n|---|---|---|\n| 注销账户 | 60天 | 15分钟 |\n",
        goodExample: "| 方式 | 冻结期 | 申请耗时 |\n|---|---|---|\n| 注销账户 | 60天 | 15分钟 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.layouts.flatMap(\.segments).flatMap { segment in
            var seen = [TextKey: Int](minimumCapacity: segment.header.cells.cells.count)  // (grown from empty: a fifth of the rule)
            return segment.header.cells.cells.enumerated().compactMap { column, cell -> Diagnostic? in
                guard !cell.text.isEmpty else { return nil }
                let key = TextKey(NameKey.key(cell.text))
                guard let first = seen[key] else {
                    seen[key] = column
                    return nil
                }
                let line = segment.header.line
                return descriptor.diagnostic(
                    context.page, line: line, column: cell.start, endColumn: cell.end,
                    message: "columns \(first + 1) and \(column + 1) are both headed '\(cell.text)'",
                    hint: "give each column its own name, or merge the two columns",
                    related: [RelatedLocation(file: context.file, range: SourceRange(line: line, column: segment.header.cells.cells[first].start),
                                              message: "first column headed '\(cell.text)'")])
            }
        }
    }
}
