import Testing
@testable import SitegenCore

@Suite("Tables in the typed model")
struct TableModelTests {
    @Test("rows and cells keep source positions, raw lines and padding")
    func positionsAndRawLines() throws {
        let page = parsePage("""
            Intro.

            | Name | Value |
            |------|------:|
            | a    | 1     |
            | b |
            | c | 3 | extra |
            """)
        let table = try #require(page.tables.first)
        #expect(table.range.start == SourcePosition(line: 3, column: 1))
        #expect(table.header.line == 3)
        #expect(table.header.cells.map(\.text) == ["Name", "Value"])
        #expect(table.header.cells[1].range?.start == SourcePosition(line: 3, column: 9))
        #expect(table.alignments == [.none, .right])
        #expect(table.rows.map(\.line) == [5, 6, 7])
        // cmark-gfm pads the short row; the raw line tells the truth.
        let short = table.rows[1]
        #expect(short.rawLine == "| b |")
        #expect(short.cells.count == 2)
        #expect(short.cells[1].isPadding)
        #expect(short.cells[1].range == nil)
        // …and drops the extra cell of the long row.
        let long = table.rows[2]
        #expect(long.rawLine == "| c | 3 | extra |")
        #expect(long.cells.count == 2)
        #expect(long.cells[0].range == SourceRange(line: 7, column: 2, endColumn: 4))
        #expect(long.cells[0].raw == "c")
    }

    @Test("lines without a pipe that cmark-gfm read as rows are marked as glued prose, in and out of containers")
    func gluedProseRows() throws {
        let page = parsePage("""
            | 方式 | 耗时 |
            |---|---|
            | 注销 | 60天 |
            粘进表格的一句话。
            a \\| b (an escaped pipe is no column)
            last | row
            `code | span` cells
            
            > | a | b |
            > |---|---|
            > | 1 | 2 |
            > glued in a quote
            """)
        let tables = page.tables
        try #require(tables.count == 2)
        #expect(tables[0].rows.map(\.line) == [3, 4, 5, 6, 7])
        #expect(tables[0].rows.map(\.isGluedProse) == [false, true, true, false, false])
        #expect(!tables[0].header.isGluedProse)
        #expect(tables[1].rows.map(\.isGluedProse) == [false, true])
    }

    @Test("CJK cells report character columns, not byte columns")
    func cjkColumns() throws {
        let page = parsePage("| 银行类型 | 单日解绑限额 |\n|---|---|\n| 信用卡 | 3张/日 |\n")
        let table = try #require(page.tables.first)
        let row = try #require(table.rows.first)
        #expect(row.cells[0].range?.start.column == 2)
        // "| 信用卡 |" is 7 characters; the second cell starts at column 8.
        #expect(row.cells[1].range?.start.column == 8)
        #expect(row.cells[1].raw == "3张/日")
        #expect(row.cells[1].html == "3张/日")
    }

    @Test("inline markup: raw source, rendered HTML and plain text differ")
    func cellRepresentations() throws {
        let page = parsePage("| A |\n|---|\n| **bold** \\| `x` |\n")
        let cell = try #require(page.tables.first?.rows.first?.cells.first)
        #expect(cell.raw == "**bold** \\| `x`")
        #expect(cell.html == "<strong>bold</strong> | <code>x</code>")
        #expect(cell.text == "bold | x")
    }

    @Test("annotation declares id, kind, caption and constraints")
    func annotation() throws {
        let page = parsePage("""
            <!-- sitegen:table {id: plans, kind: matrix, caption: Plans, options: columns,
                 constraints: [{id: keep, label: Keep it, excludes: [A]}]} -->
            | Criterion | A | B |
            |---|---|---|
            | Time | 1 | 2 |
            """)
        let table = try #require(page.tables.first)
        #expect(table.id == "plans")
        #expect(table.kind == .matrix)
        #expect(table.caption == "Plans")
        let constraint = try #require(table.annotation?.constraints.first)
        #expect(table.annotation?.constraints.count == 1)
        #expect((constraint.id, constraint.label, constraint.excludes) == ("keep", "Keep it", ["A"]))
        #expect(constraint.requires.isEmpty && constraint.position?.line == 2)
        let matrix = try #require(table.matrix)
        #expect(matrix.options.map(\.name) == ["A", "B"])
        #expect(matrix.criteria.map(\.name) == ["Time"])
        #expect(matrix.value(option: 1, criterion: 0)?.text == "2")
        #expect(page.issues.isEmpty)
    }

    @Test("matrix with options in rows reads the other way round")
    func matrixRows() throws {
        let page = parsePage("""
            <!-- sitegen:table {id: m, kind: matrix, options: rows} -->
            | Option | Time | Cost |
            |---|---|---|
            | A | 1 | 2 |
            | B | 3 | 4 |
            """)
        let matrix = try #require(page.tables.first?.matrix)
        #expect(matrix.options.map(\.name) == ["A", "B"])
        #expect(matrix.criteria.map(\.name) == ["Time", "Cost"])
        #expect(matrix.value(option: 1, criterion: 1)?.text == "4")
    }

    @Test("a bad annotation is reported, the table stays plain")
    func badAnnotation() throws {
        let page = parsePage("<!-- sitegen:table {id: x, kind: matrx} -->\n| a |\n|---|\n| 1 |\n")
        #expect(page.tables.first?.kind == .plain)
        let issue = try #require(page.issues.first)
        #expect(issue.kind == .annotationInvalid)
        #expect(issue.message.contains("unknown table kind 'matrx'"))
        #expect(issue.hint?.hasPrefix("did you mean 'matrix'? use one of plain, matrix") == true)
        #expect(issue.range?.start == SourcePosition(line: 1, column: 34))  // at the value
    }

    @Test("a constraint test starting with a bare '>' is YAML syntax: reported where it stops, with the quoting hint")
    func unquotedComparison() throws {
        let text = """
            <!-- sitegen:table
            kind: matrix
            constraints:
              - {id: often, label: Often, requires: {Backups: >= 3 per day}}
            -->
            | Criterion | A |
            |---|---|
            | Backups | 3 per day |
            """
        let page = parsePage(text)
        let issue = try #require(page.issues.first)
        #expect(issue.kind == .annotationInvalid)
        #expect(issue.range?.start == SourcePosition(line: 4, column: 51))
        #expect(issue.hint == "quote the value that starts with '>' here (YAML reads a bare '>' as syntax), e.g. '>= 3 per day'")
        let quoted = parsePage(text.replacingOccurrences(of: ">= 3 per day}", with: "'>= 3 per day'}"))
        #expect(quoted.issues.isEmpty, "\(quoted.issues)")
        #expect(quoted.tables.first?.annotation?.constraints.first?.requires == [
            MatrixRequirement(criterion: "Backups", test: ">= 3 per day", position: SourcePosition(line: 4, column: 51))])
    }

    @Test("tree dump of the seed's glued table shows every swallowed line at its own position, with its role")
    func seedDump() throws {
        let page = parsePage("""
            前置条件 | 具体要求 |
            ---|---|
            钱包余额 | 需清空零钱 |
            注销过程需经历60天反悔期。
            二、解绑银行卡
            银行类型 | 单日解绑限额 |
            ---|---|
            借记卡 | 无限制 |
            解绑后仍保留基础支付功能。
            """)
        #expect(page.tables.count == 1)
        #expect(page.tables[0].dump() == [
            "table table-1 plain 1:1-9:13",
            "  header 1 | 前置条件@1:1 | 具体要求@1:7 |",
            "  row 3 \"钱包余额 | 需清空零钱 |\" | 钱包余额@3:1 =text \"钱包余额\" | 需清空零钱@3:7 =text \"需清空零钱\" |",
            "  row 4 glued-prose \"注销过程需经历60天反悔期。\" | 注销过程需经历60天反悔期。@4:1 =text \"注销过程需经历60天反悔期。\" | @padding =empty |",
            "  row 5 glued-prose \"二、解绑银行卡\" | 二、解绑银行卡@5:1 =text \"二、解绑银行卡\" | @padding =empty |",
            "  row 6 glued-header \"银行类型 | 单日解绑限额 |\" | 银行类型@6:1 =text \"银行类型\" | 单日解绑限额@6:7 =text \"单日解绑限额\" |",
            "  row 7 glued-delimiter \"---|---|\" | ---@7:1 =empty | ---@7:5 =empty |",
            "  row 8 glued-row \"借记卡 | 无限制 |\" | 借记卡@8:1 =text \"借记卡\" | 无限制@8:6 =unlimited |",
            "  row 9 glued-prose \"解绑后仍保留基础支付功能。\" | 解绑后仍保留基础支付功能。@9:1 =text \"解绑后仍保留基础支付功能。\" | @padding =empty |",
        ])
    }
}
