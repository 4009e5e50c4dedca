import Foundation
import Testing
@testable import SitegenCore

/// `typedCells` finds each column's (or row's) field once; every cell must
/// still get the field `field(row:column:)` gives it.
@Suite struct TypedCellsTests {
    @Test("every body cell of the sample site is typed by the field field(row:column:) gives it")
    func valuesAreTypedByTheRowAndColumnRule() throws {
        let tables = try Self.sampleTables()
        var typed = 0
        for table in tables {
            for row in table.rows {
                for cell in row.cells {
                    let field = table.field(row: row, column: cell.column)
                    #expect(cell.value == TableExtractor.typedValue(cell.text, type: field?.type, schema: table.schema))
                    if field != nil { typed += 1 }
                }
            }
        }
        #expect(typed > 20)
    }

    @Test("a declared type types the cells of its row (criteria in rows) or of its column", arguments: [
        // Options as columns (the default): each body row is a criterion.
        "<!-- sitegen:table {kind: matrix, schema: t} -->\n| 维度 | A | B |\n|---|---|---|\n| 耗时 | 5 | 10 |\n| 备注 | 5 | x |\n",
        // Options as rows: each column is a criterion.
        "<!-- sitegen:table {kind: matrix, options: rows, schema: t} -->\n| 方式 | 耗时 | 备注 |\n|---|---|---|\n| A | 5 | 5 |\n| B | 10 | x |\n",
    ])
    func declaredTypes(markdown: String) throws {
        // A plain number is a count only where the schema declares one.
        let schema = TestSite.schema("fields:\n  - name: 耗时\n    type: count\n", name: "t")
        let table = try #require(TestSite.site(markdown, schemas: ["t": schema]).pages[0].tables.first)
        let counts = table.rows.flatMap(\.cells).filter { $0.value.dimension == .count }.map(\.text)
        #expect(counts.sorted() == ["10", "5"])  // the two 耗时 cells, not the 备注 one
        #expect(table.rows.flatMap(\.cells).contains { $0.text == "5" && $0.value.dimension == .number })
    }

    @Test("every value cell of the sample site has the field field(row:column:) gives it")
    func fieldsAreThoseOfTheRowAndColumnRule() throws {
        let tables = try Self.sampleTables()
        var cells = 0, withField = 0
        for table in tables {
            for typed in table.typedCells {
                let row = table.rows[typed.rowIndex]
                #expect(typed.field == table.field(row: row, column: typed.cell.column))
                #expect(typed.fieldType == typed.field?.type)
                #expect(typed.rowRange == row.range && row.cells[typed.cell.column] == typed.cell)
                cells += 1
                if typed.field != nil { withField += 1 }
            }
        }
        #expect(cells > 50)
        #expect(withField > 20)
        #expect(tables.contains { $0.criteriaInRows && $0.schema != nil })
        #expect(tables.contains { !$0.criteriaInRows && $0.schema != nil })
    }

    @Test("value groups: a criteria-in-rows matrix by row label, other tables by column header, in table order")
    func valueGroups() throws {
        let tables = try Self.sampleTables()
        for table in tables {
            let typed = table.typedCells
            let groups = table.valueGroups(typed)
            let lines = { (cells: [TypedCell]) in cells.map { "\($0.rowRange.start.line):\($0.cell.column)" } }
            let groupLines = { (indices: [Int]) in lines(indices.map { typed[$0] }) }
            if table.criteriaInRows {
                #expect(groups.map(\.name) == table.rows.map { $0.cell(0)?.text ?? "" })
                for (group, row) in zip(groups, table.rows) {
                    #expect(groupLines(group.cells) == lines(typed.filter { $0.rowRange == row.range }))
                }
            } else {
                #expect(groups.map(\.name) == table.header.cells.map(\.text))
                for (column, group) in groups.enumerated() {
                    #expect(groupLines(group.cells) == lines(typed.filter { $0.cell.column == column }))
                }
            }
            #expect(groups.map(\.cells.count).reduce(0, +) == typed.count)
        }
        #expect(tables.contains { $0.criteriaInRows } && tables.contains { !$0.criteriaInRows })
    }

    /// The tables of the repository's sample site (`Content/`), with its schemas.
    static func sampleTables() throws -> [DecisionTable] {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Content")
        var files: [String: String] = [:]
        var schemas: [String: TableSchema] = [:]
        let walker = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            let path = String(url.path.dropFirst(content.path.count + 1))
            if path.hasPrefix("_schemas/"), url.pathExtension == "yml" {
                let name = url.deletingPathExtension().lastPathComponent
                schemas[name] = TestSite.schema(try String(contentsOf: url, encoding: .utf8), name: name)
            } else if url.pathExtension == "md" {
                files[path] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        return TestSite.site(files, schemas: schemas).pages.flatMap(\.tables)
    }
}
