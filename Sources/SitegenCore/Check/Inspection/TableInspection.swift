/// What sitegen reads in a page's tables, cell by cell, with each cell's position in the file and
/// its typed value: `sitegen inspect`, for an author asking why a cell sorts or compares as it does.
public struct TableInspection: Sendable, Encodable {
    /// One cell: where it is, which row and column it belongs to, what it says and what it means.
    public struct Cell: Sendable, Encodable {
        public var line: Int
        public var column: Int
        /// The text of the row's first cell (the row's key in most tables).
        public var row: String
        /// The header of the cell's column.
        public var header: String
        public var text: String
        /// The typed value in words: `duration 5 min – 10 min`, `size 512 MB`, `text "很快"`.
        public var meaning: String
        /// The typed value in its JSON form (the matrix's data island uses the same).
        public var value: CellValue
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var id: String
    public var kind: String
    public var schema: String?
    public var cells: [Cell]
    /// Lines glued into the table for want of a blank line (not part of its meaning).
    public var gluedLines: [Int]

    /// The tables of `page`, in source order.
    public static func tables(of page: Page) -> [TableInspection] {
        page.tables.map { table in
            var cells: [Cell] = []
            var glued: [Int] = []
            for row in table.rows {
                guard row.role == .body else { glued.append(row.line); continue }
                let key = row.cells.first?.text ?? ""
                for (position, cell) in row.cells.enumerated() {
                    guard let range = page.contentRange(of: cell) else { continue }  // padding of a short row
                    cells.append(Cell(line: range.start.line, column: range.start.column, row: key,
                                      header: table.header.cell(position)?.text ?? "", text: cell.text,
                                      meaning: cell.value.description, value: cell.value))
                }
            }
            return TableInspection(file: page.file, line: table.range.start.line, column: table.range.start.column,
                                   id: table.id, kind: table.kind.rawValue, schema: table.schema?.name,
                                   cells: cells, gluedLines: glued)
        }
    }

    /// The plain-text report: a heading line per table, then a line per cell with its position,
    /// `row › column`, the text and its meaning, aligned.
    public static func text(_ tables: [TableInspection]) -> String {
        var out = ""
        for table in tables {
            out += "\(table.file):\(table.line):\(table.column) table '\(table.id)' (\(table.kind)"
                + (table.schema.map { ", schema \($0)" } ?? "") + ")\n"
            let places = table.cells.map { "\($0.line):\($0.column)" }
            let names = table.cells.map { Self.clipped($0.row) + " › " + Self.clipped($0.header) }
            let texts = table.cells.map { "'" + Self.clipped($0.text) + "'" }
            let widths = [places, names, texts].map { column in column.map(DisplayWidth.of).max() ?? 0 }
            for (index, cell) in table.cells.enumerated() {
                out += "  " + DisplayWidth.padded(places[index], to: widths[0])
                    + "  " + DisplayWidth.padded(names[index], to: widths[1])
                    + "  " + DisplayWidth.padded(texts[index], to: widths[2]) + "  " + cell.meaning + "\n"
            }
            for line in table.gluedLines {
                out += "  line \(line) is glued onto the table (no blank line before it): not part of it\n"
            }
        }
        return out
    }

    static func clipped(_ text: String, to limit: Int = 24) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
