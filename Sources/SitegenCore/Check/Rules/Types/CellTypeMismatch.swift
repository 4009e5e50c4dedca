/// A cell that does not parse as its column's (or criterion's) declared type.
public struct CellTypeMismatch: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TYP001", name: "cell-type-mismatch", severity: .error, category: .types,
        summary: "a cell does not parse as the type its schema declares",
        doc: """
            A schema gives each column (or, in a matrix, each criterion) a type: boolean, count, \
            number, duration, rate, money, size (of data), category or text. Typed cells are compared, sorted and scored; a \
            cell that does not parse as its type (`很快` in a duration column, `3` without a unit \
            where a rate is expected) cannot take part and usually hides a typo. Write the value in \
            the grammar the hint shows, or use a missing-value marker (`-`) when there is none.
            """,
        badExample: "<!-- sitegen:table {schema: {fields: [{name: 耗时, type: duration}]}} -->\n| 方式 | 耗时 |\n|---|---|\n| 注销账户 | 很快 |\n",
        goodExample: "<!-- sitegen:table {schema: {fields: [{name: 耗时, type: duration}]}} -->\n| 方式 | 耗时 |\n|---|---|\n| 注销账户 | 15分钟 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.page.tables.flatMap { table in
            let cells = context.typedCells[table.index]
            return cells.indices.compactMap { index -> Diagnostic? in  // read in place (a loop over the cells copied each)
                // The cell holds its value as the type when it fits: parsed again only to say why not.
                guard let type = cells[index].fieldType, ![.any, .text, .category].contains(type),
                      !cells[index].isMissing,
                      ValueParser.fitted(cells[index].cell.value, as: type, text: cells[index].cell.text) == nil,
                      case .failure(let error) = ValueParser.parse(cells[index].cell.text, as: type,
                                                                   language: context.page.lang) else { return nil }
                return descriptor.diagnostic(
                    file: context.file, range: context.page.contentRange(of: cells[index].cell),
                    message: "\(error.message) ('\(cells[index].field?.name ?? "")' is declared \(type.rawValue))",
                    hint: error.hint)
            }
        }
    }
}
