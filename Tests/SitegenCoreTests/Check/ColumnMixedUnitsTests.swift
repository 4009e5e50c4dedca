import Testing
@testable import SitegenCore

/// column-mixed-units passes over a column whose values share one kind, one unit word and one basis (per seat, per GB …)
/// without copying its cells: it must find nothing in every such column.
@Suite struct ColumnMixedUnitsTests {
    @Test("in a uniform column neither mixed kinds nor mixed unit words are found, on random columns")
    func uniformMeansNothingFound() {
        var random = SeededGenerator(state: 2_026_120_631)
        let texts = ["3次", "5张", "7天", "2次/日", "3张/日", "1张/周", "50%", "42", "无限制", "10分钟", "2 hours", "5 per day",
                     "3 items", "3次/月", "4张", "3次/人", "$10/user/month", "$100/month", "5 GB per user", "5 GB", "$0.02/GB/month", "$20/TB/month", "$5/host/month", "0.01元/万次"]
        let rule = ColumnMixedUnits()
        let page = parsePage("x\n")
        var mixed = 0, uniform = 0
        for _ in 0..<3_000 {
            let values = (0..<Int.random(in: 0...6, using: &random)).map { _ in texts.randomElement(using: &random)! }
            let typed = values.enumerated().map { index, text in
                TypedCell(cell: TableCell(column: 1, range: SourceRange(line: index + 3, column: 5, endColumn: 8), raw: text,
                                          html: text, text: text, value: ValueParser.parse(text)),
                          rowIndex: index, rowRange: SourceRange(line: index + 3, column: 1, endColumn: 9), isMissing: false, field: nil)
            }
            let cells = typed.map(\.cell)
            let found = rule.mixedDimensions("c", cells, page: page) + rule.mixedUnits("c", cells, page: page)
                + rule.mixedBases("c", cells, page: page)
            if ColumnMixedUnits.isUniform(Array(typed.indices), in: typed) {
                uniform += 1
                #expect(found.isEmpty, "\(values)")
            }
            if !found.isEmpty { mixed += 1 }
        }
        #expect(mixed > 300 && uniform > 300, "\(mixed) \(uniform)")
    }
}
