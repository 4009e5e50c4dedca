extension DecisionTable {
    /// Where the tables glued onto this one begin in `rows` (the first glued header), nil when
    /// none is: the rows before are the table's own and prose glued into it.
    public var gluedTablesStart: Int? { rows.firstIndex { $0.role == .gluedHeader } }

    /// The tables glued onto this one (when `table-merged-tables` is set below error), each a
    /// plain table of its own: the glued header line, alignments read from its delimiter row, and
    /// the rows after it. A matrix reads none of them as options or criteria; the page shows them
    /// after the table, so nothing is lost.
    public var gluedTables: [DecisionTable] {
        guard let start = gluedTablesStart else { return [] }
        var tables: [DecisionTable] = []
        var index = start
        while index < rows.count {
            let delimiter = rows.indices.contains(index + 1) ? PipeRow(rows[index + 1].rawLine, from: range.start.column) : nil
            let width = delimiter?.cells.count ?? rows[index].cells.count
            let header = fitted(rows[index], width: width)
            let body = rows[min(index + 2, rows.count)...].prefix { $0.role == .gluedRow }
            let end = body.last ?? rows[index]
            tables.append(DecisionTable(
                index: self.index, id: "\(id)-\(tables.count + 2)", kind: .plain, annotation: nil, schema: nil,
                alignments: (delimiter?.cells ?? []).map { Self.alignment(of: $0.text) }, header: header,
                rows: body.map { fitted($0, width: width) },
                range: SourceRange(start: header.range.start, end: end.range.end), depth: depth))
            index += 2 + body.count
        }
        return tables
    }

    /// A glued row at its own table's width: cmark-gfm cut it to this table's width, or padded
    /// it. Cells it cut are read from the source line, as text (their inline Markdown unrendered).
    private func fitted(_ row: TableRow, width: Int) -> TableRow {
        var fitted = row
        fitted.cells = Array(row.cells.prefix(width))
        if width > row.cells.count {
            let source = PipeRow(row.rawLine, from: range.start.column).cells
            for column in row.cells.count..<width {
                guard source.indices.contains(column) else {
                    fitted.cells.append(TableCell(column: column, range: nil, raw: "", html: "", text: "", value: .empty))
                    continue
                }
                let cell = source[column]
                fitted.cells.append(TableCell(
                    column: column, range: SourceRange(line: row.line, column: cell.start, endColumn: cell.end),
                    raw: cell.text, html: HTML.escape(cell.text), text: cell.text, value: ValueParser.parse(cell.text)))
            }
        }
        return fitted
    }

    /// The alignment a delimiter cell such as `:---:` sets.
    static func alignment(of delimiter: String) -> ColumnAlignment {
        switch (delimiter.hasPrefix(":"), delimiter.hasSuffix(":")) {
        case (true, true): .center
        case (true, false): .left
        case (false, true): .right
        case (false, false): .none
        }
    }
}
