import Foundation
import Testing
@testable import SitegenCore

/// Inputs that are hostile by size or depth, small enough for the debug
/// build. The full-size ones (50 MB page, 200,000 rows, …) run on the release
/// binary with time and memory limits in `Scripts/test.d/62-big-inputs.sh`.
@Suite("Large and deep inputs", .timeLimit(.minutes(1)))
struct LargeInputTests {
    @Test("the column cursor agrees with scalarColumn, in any order of questions")
    func columnCursor() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [String] = ["a", "|", " ", "中", "é", "😀", "\t"]
        for _ in 0..<50 {
            let lines = (0..<3).map { _ in (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement()! }.joined() }
            let source = SourceText(lines.joined(separator: "\n"))
            let cursor = SourceText.ColumnCursor(source)
            for _ in 0..<60 {
                let line = Int.random(in: 0...4, using: &generator)
                let byteColumn = Int.random(in: -1...130, using: &generator)
                #expect(cursor.scalarColumn(line: line, byteColumn: byteColumn)
                        == source.scalarColumn(line: line, byteColumn: byteColumn))
            }
        }
    }

    @Test("a 5,000-column table keeps every cell, with character columns")
    func wideTable() throws {
        let columns = 5_000
        let header = "|" + (0..<columns).map { "列\($0)" }.joined(separator: "|") + "|"
        let delimiter = "|" + String(repeating: "---|", count: columns)
        let row = "|" + (0..<columns).map { "\($0)分钟" }.joined(separator: "|") + "|"
        let page = parsePage("# Wide\n\n" + [header, delimiter, row, row].joined(separator: "\n") + "\n")
        let table = try #require(page.tables.first)
        #expect(table.header.cells.count == columns)
        #expect(table.rows.count == 2)
        let last = try #require(table.rows[0].cells.last)
        #expect(last.raw == "4999分钟")
        // "|0分钟|1分钟|…": the last cell starts after every earlier cell and pipe.
        let before = (0..<(columns - 1)).map { "\($0)分钟".unicodeScalars.count + 1 }.reduce(1, +)
        #expect(last.range?.start.column == before + 1)
    }

    @Test("10,000 nested block quotes, lists and both build without deep recursion",
          arguments: ["> ", "- ", "1. ", "> - "])
    func deepNesting(_ marker: String) throws {
        let site = try TemporarySite(files: [
            "Content/_index.md": "# Home\n",
            "Content/deep.md": "# Deep\n\n" + String(repeating: marker, count: 10_000) + "bottom\n\n## After {#after}\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success, "\(report.diagnostics)")
        let html = try site.read("public/deep/index.html")
        #expect(html.contains("bottom"))
        #expect(html.contains("id=\"after\""))
    }

    @Test("a 20,000-row table builds")
    func longTable() throws {
        let rows = (0..<20_000).map { "| \($0) | \($0 % 60)分钟 | 是 |" }.joined(separator: "\n")
        let site = try TemporarySite(files: [
            "Content/_index.md": "# Home\n\n| id | time | ok |\n|---|---|---|\n" + rows + "\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success)
        #expect(report.tables == 1)
        #expect(try site.read("public/index.html").contains("<td class=\"align-none\" data-kind=\"duration\">59分钟</td>"))
    }
}
