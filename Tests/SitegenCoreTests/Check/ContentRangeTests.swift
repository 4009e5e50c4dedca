import Testing
@testable import SitegenCore

/// Diagnostics point at a cell's text without the spaces around it; the
/// columns are found by UTF-8 bytes and must equal the scalar-by-scalar way.
@Suite struct ContentRangeTests {
    @Test func byteColumnsEqualScalarColumns() {
        let pieces = [" ", "\t", "|", "a", "中", "é", "😀", "e\u{301}", "  "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4000 {
            let line = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let text = "x\n" + line + "\ny"
            let substring = text.split(separator: "\n", omittingEmptySubsequences: false)[1]  // a slice, as pages hold lines
            let start = Int.random(in: -1...20, using: &generator)
            let range = SourceRange(line: 2, column: start, endLine: 2, endColumn: Int.random(in: -1...22, using: &generator))
            #expect(Page.trimmedColumns(substring, range) == Page.trimmedColumns(Array(line.unicodeScalars), range),
                    "\(Array(line.unicodeScalars)) \(range)")
        }
    }

    @Test func spacesAroundACellAreLeftOut() throws {
        let page = parsePage("| 名称 | 耗时 |\n|---|---|\n|  方案 A\t|  5分钟  |\n")
        let table = try #require(page.tables.first)
        let cell = try #require(table.rows.first?.cells.last)
        let range = try #require(page.contentRange(of: cell))
        #expect(range.start.column == 12 && range.end.column == 14)
    }
}
