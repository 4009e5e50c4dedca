import Foundation
import Testing
@testable import SitegenCore

@Suite("Table padding guard (cmark-gfm's quadratic empty cells)")
struct TablePaddingTests {
    /// The empty cells cmark-gfm really added: empty cells without a source
    /// range (cmark's positions go wrong in a table that interrupts a
    /// paragraph, so a real cell can lack one too; it has its text).
    static func padding(_ text: String) -> Int {
        MarkdownParser.parse(SourceText(text), options: MarkdownOptions(allowRawHTML: false)).tables.reduce(0) { sum, table in
            sum + ([table.header] + table.rows).reduce(0) { $0 + $1.cells.filter { $0.range == nil && $0.text.isEmpty }.count }
        }
    }

    @Test("a wide header over many one-word lines is refused at its line, before cmark sees it")
    func bomb() throws {
        let text = "# T\n\n" + String(repeating: "|a", count: 1500) + "|\n" + String(repeating: "|-", count: 1500) + "|\n"
            + String(repeating: "x\n", count: 3000)
        let excess = try #require(TablePadding.excess(in: text))
        #expect(excess.line == 4 && excess.columns == 1500 && excess.cells > TablePadding.limit)
        // Just under the limit it parses, and the bound was not far off.
        let small = "|a|b|c|\n|---|---|---|\n" + String(repeating: "x\n", count: 1000)
        #expect(TablePadding.excess(in: small) == nil)
        #expect(TablePadding.count(in: small).cells == 2000 && Self.padding(small) == 2000)
    }

    @Test("full tables, prose and the raw seed article count (almost) nothing")
    func realContent() throws {
        let header = "|" + (1...30).map { "c\($0)" }.joined(separator: "|") + "|\n|" + String(repeating: "---|", count: 30) + "\n"
        let row = "|" + (1...30).map { "2024-01-\($0) - x" }.joined(separator: "|") + "|\n"
        #expect(TablePadding.count(in: header + String(repeating: row, count: 20_000)).cells == 0)
        let seed = try String(contentsOfFile: Repository.root + "/Tests/Fixtures/rules/seed-raw.md", encoding: .utf8)
        #expect(TablePadding.count(in: seed).cells < 1_000)
        #expect(TablePadding.count(in: String(repeating: "Some prose - with a dash | and a pipe.\n", count: 10_000)).cells == 0)
    }

    @Test("\\n, \\r\\n and a lone \\r end lines alike; a blank line ends a table")
    func lineEndings() {
        let text = "|a|b|c|\n|-|-|-|\nx\ny\n\nz\n"
        let count = TablePadding.count(in: text).cells
        #expect(count == 4)
        #expect(TablePadding.count(in: text.replacingOccurrences(of: "\n", with: "\r\n")).cells == count)
        #expect(TablePadding.count(in: text.replacingOccurrences(of: "\n", with: "\r")).cells == count)
    }

    @Test("a header after an indented paragraph line keeps a position for every cell")
    func headerAfterIndentedParagraph() throws {
        // Found by `upperBound` below: cmark-gfm gives the table the paragraph's start (column 4),
        // and the header's cells were split from there, so its last cell had no position and
        // counted as padding.
        let text = "   --- |:-:|-|:-:\n|a|`x`|`x`| 1 ||\n| --- |---|:--|---|:--|\n|`x`||中|b\\|c|b\\|c|`x`|\n"
        #expect(Self.padding(text) == 0 && TablePadding.count(in: text).cells == 0)
        let page = parsePage(text)
        let header = try #require(page.tables.first?.header)
        #expect(header.cells.map { $0.range?.start.column } == [2, 4, 8, 13, 16])
        #expect(header.range.start.line == 2 && header.range.start.column == 1)
    }

    @Test("a header after a more indented paragraph line in a quote keeps a position for every cell")
    func headerInQuoteAfterIndentedLine() throws {
        // Found by `upperBound` below: the header was split from the paragraph's start (column 4, past
        // the header's first cells), not from the end of its own line's quote marker.
        let text = "\n>  1 \n> ||a|||\n> |:-:| --- |--:|--:|\n"
        #expect(Self.padding(text) == 0 && TablePadding.count(in: text).cells == 0)
        let header = try #require(parsePage(text).tables.first?.header)
        #expect(header.cells.map { $0.range?.start.column } == [4, 5, 7, 8])
        #expect(header.range.start.line == 3 && header.range.start.column == 3)
        let nested = "- >   x\n  > | a | b |\n  > |---|---|\n  > | 1 | 2 |\n"
        let nestedHeader = try #require(parsePage(nested).tables.first?.header)
        #expect(nestedHeader.cells.map { $0.range?.start.column } == [7, 11])
    }

    @Test("the count is never below the cells cmark-gfm really adds (random tables, quotes, lists, escapes)")
    func upperBound() {
        var generator = SystemRandomNumberGenerator()
        let fragments: [(inout SystemRandomNumberGenerator) -> String] = [
            { g in Self.row(cells: Int.random(in: 1...6, using: &g), using: &g) },
            { g in Self.delimiter(columns: Int.random(in: 1...6, using: &g), using: &g) },
            { _ in "x" }, { _ in "" }, { _ in "   " }, { _ in "> x" }, { _ in "- x" }, { _ in "# h" }, { _ in "`a|b` | c" },
            { _ in "a \\| b | c" }, { _ in "|" }, { _ in "||" }, { _ in "---" }, { _ in "1. |a|b|" }, { _ in ">" },
            { g in "> " + Self.row(cells: Int.random(in: 1...4, using: &g), using: &g) },
            { g in "> " + Self.delimiter(columns: Int.random(in: 1...4, using: &g), using: &g) },
            { g in "- " + Self.row(cells: Int.random(in: 1...4, using: &g), using: &g) },
            { g in "  " + Self.delimiter(columns: Int.random(in: 1...4, using: &g), using: &g) },
            { g in Self.tableStart(prefix: "", continuation: "", using: &g) },
            { g in Self.tableStart(prefix: "", continuation: "", using: &g) },
            { g in Self.tableStart(prefix: "> ", continuation: "> ", using: &g) },
            { g in Self.tableStart(prefix: "- ", continuation: "  ", using: &g) },
            { g in Self.tableStart(prefix: "> 1. ", continuation: ">    ", using: &g) },
        ]
        var padded = 0
        for _ in 0..<400 {
            let lines = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
                fragments.randomElement(using: &generator)!(&generator)
            }
            // Without a \r the count reads lines through memchr, with one byte by byte: the same counts.
            let withLF = lines.joined(separator: "\n") + "\n", withCRLF = withLF.replacingOccurrences(of: "\n", with: "\r\n")
            #expect(TablePadding.count(in: withLF) == TablePadding.count(in: withCRLF), "\(withLF.debugDescription)")
            #expect(TablePadding.count(in: withLF, stoppingAbove: 3) == TablePadding.count(in: withCRLF, stoppingAbove: 3))
            let ending = ["\n", "\r\n", "\r"].randomElement(using: &generator)!
            let text = (lines.joined(separator: "\n") + "\n").replacingOccurrences(of: "\n", with: ending)
            let real = Self.padding(text)
            let bound = TablePadding.count(in: text).cells
            #expect(real <= bound, "cmark padded \(real) cells, the bound says \(bound): \(text.debugDescription)")
            if real > 0 { padded += 1 }
        }
        #expect(padded >= 40, "only \(padded) of 400 random pages had padded tables: the test proves little")
    }

    /// A header and its delimiter row (the same column count), in a container.
    static func tableStart(prefix: String, continuation: String, using generator: inout SystemRandomNumberGenerator) -> String {
        let columns = Int.random(in: 1...6, using: &generator)
        return prefix + row(cells: columns, using: &generator).replacingOccurrences(of: "b\\|c", with: "b")
            + "\n" + continuation + delimiter(columns: columns, using: &generator)
    }

    static func row(cells: Int, using generator: inout SystemRandomNumberGenerator) -> String {
        let body = (0..<cells).map { _ in ["a", " 1 ", "", "中", "b\\|c", "`x`"].randomElement(using: &generator)! }
            .joined(separator: "|")
        return Bool.random(using: &generator) ? "|" + body + "|" : body
    }

    static func delimiter(columns: Int, using generator: inout SystemRandomNumberGenerator) -> String {
        let body = (0..<columns).map { _ in ["-", "---", ":-:", " --- ", ":--", "--:"].randomElement(using: &generator)! }
            .joined(separator: "|")
        return Bool.random(using: &generator) || columns == 1 ? "|" + body + "|" : body
    }

    @Test("a line is read as the byte-by-byte reading did: pipes, blankness, delimiter test; runs where they count")
    func lineReadsAsByteByByte() {
        var generator = SeededGenerator(state: 0x7AB1E)
        let pieces = ["|", "\\|", "-", "--", ":", " ", "\t", "a", "表", ">", "1.", "*", "\u{0B}"]
        let characters = Set("|-: \t\u{0B}\u{0C}>*+.)0123456789".utf8)
        let table = (0...255).map { characters.contains(UInt8($0)) }
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // The reading before: every byte, every question.
            var pipes = 0, runs = 0, blank = true, delimiterLike = true, previous: UInt8 = 0
            for byte in line.utf8 {
                if byte == UInt8(ascii: "|"), previous != UInt8(ascii: "\\") { pipes += 1 }
                if byte == UInt8(ascii: "-"), previous != UInt8(ascii: "-") { runs += 1 }
                if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") { blank = false }
                if !characters.contains(byte) { delimiterLike = false }
                previous = byte
            }
            let read = Array(line.utf8).withUnsafeBufferPointer {
                TablePadding.Line($0, delimiterCharacters: table)
            }
            #expect(read.pipes == pipes && read.blank == blank && read.delimiterLike == delimiterLike, "\(line.debugDescription)")
            if delimiterLike { #expect(read.runs == runs, "\(line.debugDescription)") }
        }
    }
}
