/// A value cell of a table with the row it is in and the field describing it.
struct TypedCell {
    var row: TableRow
    var cell: TableCell
    var field: FieldSchema?
}

extension DecisionTable {
    /// The value cells (not row labels of a criteria-in-rows matrix, not
    /// padding), each with its schema field.
    var typedCells: [TypedCell] {
        // Input entries of decision tables are tests (`>= 18`), not values: rules-entry-type reads them.
        let tests = kind == .rules ? DecisionModel.Columns(self) : nil
        let fields = TableFields(schema: schema, criteriaInRows: criteriaInRows, headerNames: header.cells.map(\.text))
        return rows.flatMap { row in
            let field = fields.row(label: row.cell(0)?.text)
            return row.cells.compactMap { cell -> TypedCell? in
                guard !cell.isPadding, !(criteriaInRows && cell.column == 0) else { return nil }
                if let tests, tests.inputs.contains(cell.column) || (tests.hasLabel && cell.column == 0) { return nil }
                return TypedCell(row: row, cell: cell, field: field(cell.column))
            }
        }
    }

    /// True when the text means "no value" for this table.
    func isMissing(_ text: String) -> Bool {
        text.isEmpty || (schema?.missingValues ?? ["", "-", "—"]).contains(text)
    }

    /// Value cells grouped the way one field describes them: by row for a
    /// criteria-in-rows matrix, by column otherwise; with the group's name.
    func valueGroups(_ cells: [TypedCell]) -> [(name: String, cells: [TypedCell])] {
        if criteriaInRows {
            let byRow = Dictionary(grouping: cells, by: \.row.line)
            return rows.map { row in (row.cell(0)?.text ?? "", byRow[row.line] ?? []) }
        }
        let byColumn = Dictionary(grouping: cells, by: \.cell.column)
        return header.cells.map { header in (header.text, byColumn[header.column] ?? []) }
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
