import Testing
@testable import SitegenCore

/// ``Matrix`` is built from its shape (cell positions), which the site index
/// reads without building a ``Matrix``: both must take the cells the matrix
/// reading first written (``reference(_:)``) takes, in its order, whichever
/// way round the table is and however ragged, leaving out lines glued onto it.
@Suite struct MatrixShapeTests {
    /// A cell of random text; a padding cell (no range) now and then.
    static func cell(_ column: Int, _ generator: inout some RandomNumberGenerator) -> TableCell {
        let text = ["", "注销账户", "60天", "x", "免费"].randomElement(using: &generator)!
        let padding = Int.random(in: 0..<6, using: &generator) == 0
        return TableCell(column: column, range: padding ? nil : SourceRange(line: 1, column: column + 1),
                         raw: text, html: text, text: padding ? "" : text, value: text.isEmpty ? .empty : .text(text))
    }

    static func table(axis: MatrixAxis, _ generator: inout some RandomNumberGenerator) -> DecisionTable {
        let columns = Int.random(in: 0...4, using: &generator)
        func row(_ line: Int, cells: Int, role: TableRow.Role = .body) -> TableRow {
            TableRow(line: line, rawLine: "", range: SourceRange(line: line, column: 1),
                     cells: (0..<cells).map { cell($0, &generator) }, role: role)
        }
        let header = row(1, cells: columns)
        // Rows as cmark-gfm makes them (the header's width), and ragged ones and empty ones; now
        // and then a line glued onto the table, prose or a glued table's (no option, criterion or value).
        let glued: [TableRow.Role] = [.gluedProse, .gluedHeader, .gluedDelimiter, .gluedRow]
        let rows = (0..<Int.random(in: 0...4, using: &generator)).map { number in
            row(number + 3, cells: Bool.random(using: &generator) ? columns : Int.random(in: 0...columns + 1, using: &generator),
                role: Int.random(in: 0..<5, using: &generator) == 0 ? glued.randomElement(using: &generator)! : .body)
        }
        var annotation = TableAnnotation(range: SourceRange(line: 1, column: 1))
        annotation.kind = .matrix
        annotation.optionsAxis = axis
        return DecisionTable(index: 0, id: "m", kind: .matrix, annotation: annotation, schema: nil,
                             alignments: Array(repeating: .none, count: columns), header: header, rows: rows,
                             range: SourceRange(line: 1, column: 1), depth: 0)
    }

    /// The matrix as first read from a table, cell by cell.
    static func reference(_ table: DecisionTable) -> Matrix {
        func padding(_ column: Int) -> TableCell {
            TableCell(column: column, range: nil, raw: "", html: "", text: "", value: .empty)
        }
        var matrix = Matrix(table)
        let rows = table.rows.filter { !$0.isGlued }
        switch table.annotation?.optionsAxis ?? .columns {
        case .columns:
            matrix.options = table.header.cells.dropFirst().map { Matrix.Option(name: $0.text, cell: $0) }
            matrix.criteria = rows.compactMap { row in
                guard let first = row.cell(0) else { return nil }
                let values = (1...max(1, table.columnCount)).dropLast().map { row.cell($0) ?? padding($0) }
                return Matrix.Criterion(name: first.text, cell: first, field: nil, values: values)
            }
        case .rows:
            matrix.options = rows.compactMap { row in row.cell(0).map { Matrix.Option(name: $0.text, cell: $0) } }
            matrix.criteria = table.header.cells.dropFirst().map { header in
                let values = rows.map { $0.cell(header.column) ?? padding(header.column) }
                return Matrix.Criterion(name: header.text, cell: header, field: nil, values: values)
            }
        }
        return matrix
    }

    @Test("positions name the Matrix's options, criteria and values", arguments: [MatrixAxis.columns, .rows])
    func shapeNamesTheMatrixCells(axis: MatrixAxis) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let table = Self.table(axis: axis, &generator)
            let matrix = Self.reference(table)
            #expect(Matrix(table) == matrix, "\(table)")
            let shape = MatrixShape(table)
            #expect(shape.options.map { table.text(at: $0) } == matrix.options.map(\.name))
            #expect(shape.options.map { table.range(at: $0) } == matrix.options.map(\.cell.range))
            #expect(shape.criteria.map { table.text(at: $0) } == matrix.criteria.map(\.name))
            for (index, criterion) in matrix.criteria.enumerated() {
                #expect(criterion.values.count == shape.valueCount)
                for option in 0..<max(shape.valueCount, matrix.options.count) {
                    let expected = option < criterion.values.count ? criterion.values[option] : nil
                    guard let position = shape.value(criterion: index, option: option) else {
                        // None, or one the Matrix made up: a padding cell without text.
                        #expect(expected == nil || (expected?.range == nil && expected?.text == ""), "\(table)")
                        continue
                    }
                    #expect(table.rows[position.row!].cells[position.column] == expected, "\(table)")
                }
            }
        }
    }
}
