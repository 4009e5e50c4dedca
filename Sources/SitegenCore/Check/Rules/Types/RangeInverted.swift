/// A range written backwards (`10-5分钟`).
public struct RangeInverted: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TYP004", name: "range-inverted", severity: .error, category: .types,
        summary: "a range is written with its larger bound first",
        doc: """
            `10-5分钟` is almost always a typo for `5-10分钟` (or for a different number). sitegen keeps \
            the range as written so it can be reported, but it cannot be sorted, compared or checked \
            for conflicts with other pages until it is fixed. Write the smaller bound first.
            """,
        badExample: "| 方式 | 耗时 |\n|---|---|\n| 替换实名 | 10-5分钟 |\n",
        goodExample: "| 方式 | 耗时 |\n|---|---|\n| 替换实名 | 5-10分钟 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.page.tables.flatMap { table in
            context.typedCells[table.index].filter { $0.cell.value.isInverted }.map { typed in
                descriptor.diagnostic(
                    file: context.file, range: context.page.contentRange(of: typed.cell),
                    message: "range '\(typed.cell.text)' runs backwards: its first bound is larger than its second",
                    hint: "write the smaller bound first")
            }
        }
    }
}
