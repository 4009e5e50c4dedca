extension DecisionTable {
    /// What the page shows after a table that has lines glued into it (when the rules reporting
    /// them are set below error), in source order, so nothing is lost: the prose glued into it
    /// as paragraphs, and each table glued onto it as a table of its own.
    public enum GluedBlock: Sendable {
        /// Lines of prose glued into the table (or into a glued table), each a one-cell row:
        /// paragraphs, consecutive lines one paragraph.
        case prose([TableRow])
        /// A table glued onto this one.
        case table(DecisionTable)
    }

    /// Where the tables glued onto this one begin in `rows` (the first glued header), nil when
    /// none is: the rows before are the table's own and prose glued into it.
    public var gluedTablesStart: Int? { rows.firstIndex { $0.role == .gluedHeader } }

    /// Whether any line is glued into the table: prose or another table.
    public var hasGluedLines: Bool { rows.contains { $0.isGlued } }

    /// The prose glued into the table and the tables glued onto it, in source order: the prose
    /// among the table's own rows first (it cannot stand between them), then each glued table
    /// followed by the prose among its rows. Empty for a table with no glued line.
    public var gluedBlocks: [GluedBlock] {
        let start = gluedTablesStart ?? rows.count
        var blocks: [GluedBlock] = []
        var tables = 0
        let ownProse = rows[..<start].filter(\.isGluedProse)
        if !ownProse.isEmpty { blocks.append(.prose(ownProse)) }
        var index = start
        while index < rows.count {
            let delimiter = rows.indices.contains(index + 1) ? PipeRow(rows[index + 1].rawLine, from: PipeRow.rowColumn(rows[index + 1].rawLine, tableColumn: range.start.column)) : nil
            let width = delimiter?.cells.count ?? rows[index].cells.count
            let header = fitted(rows[index], width: width)
            let lines = rows[min(index + 2, rows.count)...].prefix { $0.role == .gluedRow || $0.role == .gluedProse }
            let body = lines.filter { $0.role == .gluedRow }
            let end = body.last ?? rows[min(index + 1, rows.count - 1)]
            tables += 1
            blocks.append(.table(DecisionTable(
                index: self.index, id: "\(id)-\(tables + 1)", kind: .plain, annotation: nil, schema: nil,
                alignments: (delimiter?.cells ?? []).map { Self.alignment(of: $0.text) }, header: header,
                rows: body.map { fitted($0, width: width) },
                range: SourceRange(start: header.range.start, end: end.range.end), depth: depth)))
            let prose = lines.filter(\.isGluedProse)
            if !prose.isEmpty { blocks.append(.prose(prose)) }
            index += 2 + lines.count
        }
        return blocks
    }

    /// A glued row at its own table's width: cmark-gfm cut it to this table's width, or padded
    /// it. Cells it cut are read from the source line, as text (their inline Markdown unrendered).
    private func fitted(_ row: TableRow, width: Int) -> TableRow {
        var fitted = row
        fitted.role = .body  // (a row of the glued table itself)
        fitted.cells = Array(row.cells.prefix(width))
        if width > row.cells.count {
            let source = PipeRow(row.rawLine, from: PipeRow.rowColumn(row.rawLine, tableColumn: range.start.column)).cells
            for column in row.cells.count..<width {
                guard source.indices.contains(column) else {
                    fitted.cells.append(TableCell(column: column, range: nil, raw: "", html: "", text: "", value: .empty))
                    continue
                }
                let cell = source[column]
                fitted.cells.append(TableCell(
                    column: column, range: SourceRange(line: row.line, column: cell.start, endColumn: cell.end),
                    raw: cell.text, html: HTML.escape(cell.text), text: cell.text, value: ValueParser.parse(cell.text, convention: numbers)))
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
