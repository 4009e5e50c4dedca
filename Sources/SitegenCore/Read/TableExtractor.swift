/// Builds typed ``DecisionTable``s from parsed Markdown tables, their
/// annotations and schemas.
public enum TableExtractor {
    public static func extract(
        document: MarkdownDocument, source: SourceText, schemas: [String: TableSchema],
        numbers: NumberConvention = .decimalPoint, issues: inout [ReadIssue]
    ) -> [DecisionTable] {
        let annotations = annotationsByTable(document: document, numbers: numbers, issues: &issues)
        return document.tables.indices.map { index in  // allocated at its size (enumerated().map grows it)
            let table = document.tables[index]
            let annotation = annotations[index]
            var schema = annotation?.inlineSchema
            if schema == nil, let name = annotation?.schemaName {
                schema = schemas[name]
                if schema == nil, let annotation {
                    issues.append(ReadIssue(
                        kind: .annotationInvalid, range: annotation.range,
                        message: "table annotation names schema '\(name)', which does not exist",
                        hint: Suggestion.hint(for: name, in: schemas.keys.sorted())
                            ?? "create \(name).yml in the schemas folder, or remove 'schema'"))
                }
            }
            return build(table, index: index, annotation: annotation, schema: schema, source: source, numbers: numbers)
        }
    }

    /// Pairs each annotation comment with the table right after it.
    static func annotationsByTable(document: MarkdownDocument, numbers: NumberConvention = .decimalPoint,
                                   issues: inout [ReadIssue]) -> [Int: TableAnnotation] {
        var result: [Int: TableAnnotation] = [:]
        func scan(_ blocks: [MarkdownBlock]) {
            var pending: TableAnnotation?
            for block in blocks {
                if let annotation = pending {
                    if case .table(let index) = block { result[index] = annotation } else {
                        issues.append(ReadIssue(
                            kind: .annotationInvalid, range: annotation.range,
                            message: "table annotation is not followed by a table",
                            hint: "put the annotation comment on the line right before the table's header row"))
                    }
                    pending = nil
                }
                switch block {
                case .comment(let index):
                    pending = AnnotationParser.tableAnnotation(document.comments[index], numbers: numbers, issues: &issues)
                case .container(_, _, let children):
                    scan(children)
                default:
                    break
                }
            }
            if let annotation = pending {
                issues.append(ReadIssue(
                    kind: .annotationInvalid, range: annotation.range,
                    message: "table annotation is not followed by a table",
                    hint: "put the annotation comment on the line right before the table's header row"))
            }
        }
        scan(document.blocks)
        return result
    }

    static func build(
        _ table: MarkdownTable, index: Int, annotation: TableAnnotation?, schema: TableSchema?, source: SourceText,
        numbers: NumberConvention = .decimalPoint
    ) -> DecisionTable {
        let kind = annotation?.kind ?? .plain
        let criteriaInRows = kind == .matrix && (annotation?.optionsAxis ?? .columns) == .columns
        let fields = TableFields(schema: schema, criteriaInRows: criteriaInRows, headerNames: table.header.cells.map(\.text))
        func row(_ row: MarkdownTableRow, isHeader: Bool) -> TableRow {
            let line = row.range.start.line
            let rawLine = source.line(line) ?? ""
            var cursor = ScalarCursor(rawLine)  // walks the row's line once, cell by cell
            let field: (Int) -> TableFields.Shared? = isHeader ? { _ in nil } : fields.row(label: row.cells.first?.text)
            // Mapped over the indices (a collection of known size), so the
            // model's cell arrays hold no spare capacity: `enumerated().map`
            // grew them by doubling, which left a fifth of a check's heap unused.
            let cells = row.cells.indices.map { column -> TableCell in
                let cell = row.cells[column]
                // Most cells are plain text, written as read: equal strings
                // share one buffer instead of holding three copies.
                let raw = rawText(of: cell, line: line, cursor: &cursor, source: source)
                let text = cell.text == raw ? raw : cell.text
                return TableCell(
                    column: column, range: cell.range, raw: raw, html: cell.html == text ? text : cell.html,
                    text: text, value: typedValue(text, type: field(column)?.field.type, schema: schema, numbers: numbers)
                )
            }
            return TableRow(line: line, rawLine: rawLine, range: row.range, cells: cells,
                            role: !isHeader && isProse(rawLine, column: table.range.start.column) ? .gluedProse : .body)
        }
        return DecisionTable(
            index: index, id: annotation?.id ?? TableID.byPosition(index), kind: kind, annotation: annotation,
            schema: schema, alignments: table.alignments, header: row(table.header, isHeader: true),
            rows: markGluedTables(table.rows.map { row($0, isHeader: false) }, column: table.range.start.column),
            range: table.range, depth: table.depth, numbers: numbers
        )
    }

    /// Marks the lines of tables glued onto this one, as ``TableLayout`` reads them: from the line
    /// above the first delimiter row in the body (not right under the header, where cmark-gfm would
    /// not have taken the table's own delimiter as a row) to the end, each further delimiter row
    /// and the line above it starting one more glued table. Prose among a glued table's rows stays
    /// glued prose (of that table).
    static func markGluedTables(_ rows: [TableRow], column: Int) -> [TableRow] {
        // A delimiter row starts with `-` or `:` (after a pipe): the raw line is split only then.
        func isDelimiter(_ index: Int) -> Bool {
            let from = PipeRow.rowColumn(rows[index].rawLine, tableColumn: column)
            return index > 0 && PipeRow.mayBeDelimiter(rows[index].rawLine, from: from)
                && PipeRow(rows[index].rawLine, from: from).isDelimiter
        }
        guard let first = rows.indices.first(where: isDelimiter) else { return rows }
        var marked = rows
        var index = first - 1
        while index < rows.count {
            if index + 1 < rows.count, isDelimiter(index + 1) {
                marked[index].role = .gluedHeader
                marked[index + 1].role = .gluedDelimiter
                index += 2
            } else {
                if rows[index].role != .gluedProse { marked[index].role = .gluedRow }
                index += 1
            }
        }
        return marked
    }

    /// Whether a body line has no pipe (as ``TableLayout`` reads it): prose glued into the table.
    static func isProse(_ line: Substring, column: Int) -> Bool {
        !PipeRow.hasPipe(line, from: PipeRow.rowColumn(line, tableColumn: column))
    }

    /// The typed value of a cell: parsed as the declared type when there is
    /// one and it fits, otherwise by the best-effort grammar.
    /// (The field's type and the schema as borrowed: copying the field or the schema for each
    /// cell retained each of their strings and arrays.)
    static func typedValue(_ text: String, type: ValueType?, schema: borrowing TableSchema?,
                           numbers: NumberConvention = .decimalPoint) -> CellValue {
        if schema?.isMissing(text) == true { return .empty }
        guard let type, type != .any, type != .category, type != .text else {
            return ValueParser.parse(text, convention: numbers)
        }
        if case .success(let value) = ValueParser.parse(text, as: type, convention: numbers) { return value }
        return ValueParser.parse(text, convention: numbers)
    }

    /// The cell's source text between its pipes, trimmed. `scalars` holds the
    /// scalars of source line `line` (the row's), so a wide row is split once.
    static func rawText(of cell: MarkdownTableCell, line: Int, cursor rowCursor: inout ScalarCursor, source: SourceText)
        -> String
    {
        // (The row's own line is read through its cursor: no slice of the line made for each cell.)
        guard let range = cell.range, range.start.line == range.end.line, range.start.line >= 1, range.start.line <= source.lineCount else {
            return ""
        }
        let start = max(0, range.start.column - 1), end = range.end.column
        guard start < end else { return "" }
        if range.start.line == line {
            return rowCursor.trimmedText(scalars: start..<end)
        }
        var otherLine = ScalarCursor(source.line(range.start.line) ?? "")
        return otherLine.trimmedText(scalars: start..<end)
    }
}
