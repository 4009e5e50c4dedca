import Foundation
import Testing
@testable import SitegenCore

@Suite struct SourcePositionTests {
    @Test func encodesAsLineAndColumn() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let range = SourceRange(line: 12, column: 3, endLine: 12, endColumn: 40)
        let json = String(decoding: try encoder.encode(range), as: UTF8.self)
        #expect(json == #"{"end":{"column":40,"line":12},"start":{"column":3,"line":12}}"#)
        #expect(try JSONDecoder().decode(SourceRange.self, from: Data(json.utf8)) == range)
    }

    @Test func holdsNumbersPastInt32AsTheLargest() {
        var position = SourcePosition(line: Int(Int32.max) + 10, column: 7)
        #expect(position.line == Int(Int32.max))
        position.column = Int(Int32.max) + 1
        #expect(position.column == Int(Int32.max))
        position.line = 5
        #expect(position == SourcePosition(line: 5, column: Int(Int32.max)))
        #expect(SourcePosition(line: 5, column: 9) < SourcePosition(line: 6, column: 1))
    }

    @Test func cellColumnsRoundTrip() {
        var cell = TableCell(column: 3, range: nil, raw: "", html: "", text: "", value: .empty)
        #expect(cell.column == 3)
        cell.column = 11
        #expect(cell.column == 11)
    }

    /// The model holds one of these per table cell: their size is memory per cell of a site.
    @Test func cellsStayCompact() {
        #expect(MemoryLayout<SourcePosition>.size == 8)
        #expect(MemoryLayout<TableCell>.stride <= 136)
        #expect(MemoryLayout<Quantity>.stride <= 56)
        // One per table row: the role beside the 4-byte line keeps a row at 64 bytes.
        #expect(MemoryLayout<TableRow.Role>.size == 1)
        #expect(MemoryLayout<TableRow>.stride <= 64)
    }
}
