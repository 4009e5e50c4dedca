import Testing
@testable import SitegenCore

/// Tables glued onto a table (no blank line between them) are read by cmark-gfm as more rows of
/// the first. The model marks their lines, where ``TableLayout`` (what `table-merged-tables`
/// reports) finds them, so no other rule reads them as rows; ``DecisionTable/gluedBlocks`` gives
/// them back as tables of their own.
@Suite struct GluedTableTests {
    static let page = """
        | 方式 | 耗时 |
        |---|---|
        |---|---|
        | 注销 | 60天 |
        粘进的一句话。
        | 地区 | 要求 |
        |:--|--:|
        | 香港 | 护照 |
        又一句。
        | 国家 | 费用 | 备注 |
        |---|---|:-:|
        | 美国 | 3张 | *x* |

        > | a | b |
        > |---|---|
        > | 1 | 2 |
        > | c | d |
        > |---|---|
        > | 3 | 4 |
        """

    @Test("the lines of glued tables are marked: header, delimiter, rows, prose; a row of dashes right under the header is none")
    func roles() throws {
        let tables = parsePage(Self.page).tables
        try #require(tables.count == 2)
        #expect(tables[0].rows.map(\.role) == [
            .body, .body, .gluedProse, .gluedHeader, .gluedDelimiter, .gluedRow, .gluedProse,
            .gluedHeader, .gluedDelimiter, .gluedRow,
        ])
        #expect(tables[1].rows.map(\.role) == [.body, .gluedHeader, .gluedDelimiter, .gluedRow])
        #expect(tables.map(\.gluedTablesStart) == [3, 1])
    }

    @Test("glued tables come back at their own width, with their alignments and positions")
    func gluedTables() throws {
        let tables = parsePage(Self.page).tables
        let glued = tables[0].gluedTables
        try #require(glued.count == 2)
        #expect(glued.map(\.id) == ["table-1-2", "table-1-3"])
        #expect(glued.map(\.kind) == [.plain, .plain])
        #expect(glued[0].columnNames == ["地区", "要求"])
        #expect(glued[0].alignments == [.left, .right])
        #expect(glued[0].rows.map(\.line) == [8], "the prose glued among its rows is none of them")
        #expect(glued[0].rows.map { $0.cells.map(\.text) } == [["香港", "护照"]])
        #expect(glued[0].rows.map(\.role) == [.body] && glued[0].header.role == .body, "rows of the glued table itself")
        #expect(glued[0].range == SourceRange(start: SourcePosition(line: 6, column: 1), end: tables[0].rows[5].range.end))
        // cmark-gfm cut the third column (the first table has two): read from the source line.
        #expect(glued[1].columnNames == ["国家", "费用", "备注"])
        #expect(glued[1].alignments == [.none, .none, .center])
        let row = try #require(glued[1].rows.first)
        #expect(row.cells.map(\.text) == ["美国", "3张", "*x*"])
        #expect(row.cells.map(\.column) == [0, 1, 2])
        #expect(row.cells[2].range == SourceRange(line: 12, column: 13, endColumn: 15))
        #expect(row.cells[1].value == ValueParser.parse("3张"))
        let quoted = tables[1].gluedTables
        #expect(quoted.map(\.columnNames) == [["c", "d"]])
        #expect(quoted.first?.rows.map { $0.cells.map(\.text) } == [["3", "4"]])
        #expect(quoted.first?.range.start == SourcePosition(line: 17, column: 3))
    }

    @Test("the prose and the glued tables follow the table in source order")
    func gluedBlocks() throws {
        let tables = parsePage(Self.page).tables
        let blocks = tables[0].gluedBlocks.map { block -> String in
            switch block {
            case .prose(let rows): "prose \(rows.map(\.line))"
            case .table(let table): "table \(table.id) \(table.header.line)"
            }
        }
        #expect(blocks == ["prose [5]", "table table-1-2 6", "prose [9]", "table table-1-3 10"])
        #expect(tables[1].gluedBlocks.count == 1)
        #expect(parsePage("| a |\n|---|\n| 1 |\n").tables[0].gluedBlocks.isEmpty)
        #expect(!parsePage("| a |\n|---|\n| 1 |\n").tables[0].hasGluedLines && tables[0].hasGluedLines)
    }

    @Test("the model and the table layout find the same glued headers and prose, on random tables")
    func agreesWithTheLayout() {
        var generator = SeededGenerator(state: 2026_12_06)
        let lines = ["| a | b |", "|---|---|", "|:-|-:|", "---|---", "| - |", "prose", "| x |", "|---|", "| 1 | 2 | 3 |"]
        for _ in 0..<2_000 {
            let body = (0..<Int.random(in: 0...8, using: &generator)).map { _ in lines.randomElement(using: &generator)! }
            let text = (["| h | i |", "|---|---|"] + body).joined(separator: "\n") + "\n"
            let page = parsePage(text)
            guard let table = page.tables.first else { continue }
            let layout = TableLayout.layouts(of: page, lines: LineScan(page.source, frontMatterEnd: 0))
                .first { $0.tableIndex == 0 }
            let fromLayout = layout.map { $0.segments.dropFirst().map(\.header.line) } ?? []
            let fromModel = table.rows.filter { $0.role == .gluedHeader }.map(\.line)
            #expect(fromModel == fromLayout, "\(text)")
            #expect(table.rows.filter { $0.role == .gluedDelimiter }.map(\.line) == fromLayout.map { $0 + 1 }, "\(text)")
            let swallowed = layout.map { $0.swallowed.flatMap { Array($0) } } ?? []
            #expect(table.rows.filter(\.isGluedProse).map(\.line) == swallowed, "\(text)")
        }
    }
}

extension DecisionTable {
    /// The tables of ``gluedBlocks``, without the prose between them.
    var gluedTables: [DecisionTable] {
        gluedBlocks.compactMap { block in
            if case .table(let table) = block { table } else { nil }
        }
    }
}
