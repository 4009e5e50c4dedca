/// A value cell with what rules read of its row and its schema field: the row's
/// index and range, not a copy of the row; the field by reference.
struct TypedCell {
    var cell: TableCell
    /// The row's index in the table's `rows`.
    var rowIndex: Int
    var rowRange: SourceRange
    /// Whether the text means "no value" for the table (``DecisionTable/isMissing(_:)``), found once.
    var isMissing: Bool
    private var shared: TableFields.Shared?

    init(cell: TableCell, rowIndex: Int, rowRange: SourceRange, isMissing: Bool, field: TableFields.Shared?) {
        self.cell = cell
        self.rowIndex = rowIndex
        self.rowRange = rowRange
        self.isMissing = isMissing
        shared = field
    }

    /// The schema field describing the cell (nil for undeclared columns and rows).
    var field: FieldSchema? { shared?.field }
    /// The field's declared type, read without copying the field.
    var fieldType: ValueType? { shared?.field.type }
    /// Whether the field names its unit word or currency (cell-constraint holds cells to it).
    var fieldDeclaresUnit: Bool { shared?.field.unit != nil }
    /// Whether the field names its values' basis (`per: seat`: cell-constraint holds cells to it).
    var fieldDeclaresBasis: Bool { shared?.field.per != nil }
    /// Whether the field constrains each cell (``FieldConstraints/limitsCells``, or a declared
    /// unit or basis), read without copying the field.
    var fieldLimitsCells: Bool {
        shared.map { $0.field.constraints.limitsCells || $0.field.unit != nil || $0.field.per != nil } == true
    }
}

extension DecisionTable {
    /// The value cells (not row labels of a criteria-in-rows matrix, not
    /// padding, not lines glued onto the table), each with its schema field.
    var typedCells: [TypedCell] {
        // Input entries of decision tables are tests (`>= 18`), not values: rules-entry-type reads them.
        let tests = kind == .rules ? DecisionModel.Columns(self) : nil
        let fields = TableFields(schema: schema, criteriaInRows: criteriaInRows, headerNames: header.cells.map(\.text))
        var typed: [TypedCell] = []
        typed.reserveCapacity(rows.count * header.cells.count)
        // Rows and cells read in place: loops over them copied each, and a typed cell takes its own copy.
        for rowIndex in rows.indices where !rows[rowIndex].isGlued {
            let field = fields.row(label: rows[rowIndex].cells.first?.text)
            for position in rows[rowIndex].cells.indices {
                let column = rows[rowIndex].cells[position].column
                guard !rows[rowIndex].cells[position].isPadding, !(criteriaInRows && column == 0) else { continue }
                if let tests, tests.inputs.contains(column) || (tests.hasLabel && column == 0) { continue }
                typed.append(TypedCell(cell: rows[rowIndex].cells[position], rowIndex: rowIndex, rowRange: rows[rowIndex].range,
                                       isMissing: isMissing(rows[rowIndex].cells[position].text), field: field(column)))
            }
        }
        return typed
    }

    /// What a table without a schema takes for "no value": the default missing values.
    private static let schemaless = TableSchema(name: "")

    /// True when the text means "no value" for this table.
    func isMissing(_ text: String) -> Bool {
        text.isEmpty || (schema?.isMissing(text) ?? Self.schemaless.isMissing(text))
    }

    /// Value cells grouped the way one field describes them: by row for a
    /// criteria-in-rows matrix, by column otherwise; with the group's name.
    /// Each group lists its cells' indices in `cells`, in table order.
    func valueGroups(_ cells: [TypedCell]) -> [(name: String, cells: [Int])] {
        // Cells read by index (a loop over them copied each), each list sized at once.
        func lists(_ count: Int, capacity: Int) -> [[Int]] {
            (0..<count).map { _ in
                var list: [Int] = []
                list.reserveCapacity(capacity)
                return list
            }
        }
        if criteriaInRows {
            var byRow = lists(rows.count, capacity: header.cells.count)
            for index in cells.indices where cells[index].rowIndex < byRow.count { byRow[cells[index].rowIndex].append(index) }
            return zip(rows, byRow).map { row, cells in (row.cell(0)?.text ?? "", cells) }
        }
        var byColumn = lists(header.cells.count, capacity: rows.count)
        for index in cells.indices where cells[index].cell.column < byColumn.count { byColumn[cells[index].cell.column].append(index) }
        return header.cells.map { header in (header.text, header.column < byColumn.count ? byColumn[header.column] : []) }
    }
}

extension Page {
    /// Where a cell's text is: cmark-gfm's cell range includes the spaces
    /// around the text, diagnostics point at the text itself.
    func contentRange(of cell: TableCell) -> SourceRange? {
        contentRange(ofCellAt: cell.range)
    }

    /// `contentRange(of:)` of the cell whose range cmark-gfm gave as `range`.
    func contentRange(ofCellAt range: SourceRange?) -> SourceRange? {
        guard let range else { return nil }
        guard range.start.line == range.end.line, let line = source.line(range.start.line) else { return range }
        let trimmed = Self.trimmedColumns(line, range)
        guard trimmed.start < trimmed.end else { return range }
        return SourceRange(line: range.start.line, column: trimmed.start + 1, endColumn: trimmed.end)
    }

    /// The 0-based scalar columns `start..<end` of `range` on `line` without
    /// the spaces and tabs around them. By UTF-8 bytes, without copying the
    /// line: columns count scalars (lead bytes), and a space or tab is one
    /// byte and one scalar.
    static func trimmedColumns(_ line: Substring, _ range: SourceRange) -> (start: Int, end: Int) {
        line.utf8.withContiguousStorageIfAvailable { bytes -> (start: Int, end: Int) in
            func isLead(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }
            let count = bytes.reduce(0) { $0 + (isLead($1) ? 1 : 0) }
            var start = min(max(range.start.column - 1, 0), count)
            var end = min(max(range.end.column, start), count)  // exclusive
            /// Byte offset of the scalar at `index` (the end of the line for `count`).
            func offset(ofScalar index: Int) -> Int {
                var scalar = -1
                for (offset, byte) in bytes.enumerated() where isLead(byte) {
                    scalar += 1
                    if scalar == index { return offset }
                }
                return bytes.count
            }
            var startByte = offset(ofScalar: start)
            var endByte = offset(ofScalar: end)
            while start < end, bytes[startByte] == 0x20 || bytes[startByte] == 0x09 { start += 1; startByte += 1 }
            while end > start, bytes[endByte - 1] == 0x20 || bytes[endByte - 1] == 0x09 { end -= 1; endByte -= 1 }
            return (start, end)
        } ?? trimmedColumns(Array(line.unicodeScalars), range)
    }

    /// The same by scalars (a line without contiguous UTF-8; and the tests' reference).
    static func trimmedColumns(_ scalars: [Unicode.Scalar], _ range: SourceRange) -> (start: Int, end: Int) {
        var start = min(max(range.start.column - 1, 0), scalars.count)
        var end = min(max(range.end.column, start), scalars.count)  // exclusive
        while start < end, scalars[start] == " " || scalars[start] == "\t" { start += 1 }
        while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        return (start, end)
    }
}
