/// `sitegen fmt`: lays out a page's pipe tables so their columns line up in
/// the source, as a reader of the Markdown file sees them in a monospaced
/// editor (Chinese, Japanese and Korean characters and emoji take two
/// columns): a pipe at both ends, one space inside each, every cell padded to
/// its column's width by its alignment, and the delimiter row's dashes as wide
/// as the column, keeping its colons.
///
/// It changes only blanks and pipes at the ends of rows, and pads a short row
/// with empty cells (which GFM reads the same), so every cell keeps its text
/// and the page means what it meant. It leaves alone a table whose source
/// does not say what it means (prose or a second table glued into it, a row
/// with more cells than the header): `sitegen check` reports those, and
/// `--fix` mends most of them.
public enum TableFormatter {
    /// A table left as it is, and why.
    public struct Skipped: Sendable, Hashable {
        public var line: Int
        public var reason: String
    }

    public struct Result: Sendable {
        /// The page's text with its tables formatted (the text itself when nothing changed).
        public var text: String
        /// Tables whose lines changed.
        public var formatted: Int
        /// Tables formatted or already in form.
        public var tables: Int
        public var skipped: [Skipped]
    }

    public static func format(_ page: Page) -> Result {
        var fixes: [Fix] = []
        var skipped: [Skipped] = []
        var tables = 0
        for table in page.tables {
            guard let layout = TableLayout(tableIndex: table.index, headerLine: table.header.line,
                                           bodyLines: table.rows.map(\.line), column: table.range.start.column,
                                           source: page.source) else { continue }
            switch edits(for: layout, in: page.source) {
            case .success(let edits):
                tables += 1
                if !edits.isEmpty { fixes.append(Fix(summary: "format the table on line \(layout.firstLine)", edits: edits)) }
            case .failure(let reason):
                skipped.append(Skipped(line: layout.firstLine, reason: reason.message))
            }
        }
        let text = fixes.isEmpty ? page.source.text : FixApplier.apply(fixes, to: page.source).text
        return Result(text: text, formatted: fixes.count, tables: tables, skipped: skipped)
    }

    /// Why a table is left as it is.
    struct Unformattable: Error {
        var message: String
    }

    /// One edit per line that changes: the line from its first column to its end, written anew.
    static func edits(for layout: TableLayout, in source: SourceText) -> Swift.Result<[TextEdit], Unformattable> {
        if let prose = layout.swallowed.first {
            return .failure(Unformattable(message: "line \(prose.lowerBound) is prose glued into the table (no blank line "
                + "before it); run `sitegen check --fix` to end the table above it, then format again"))
        }
        guard layout.segments.count == 1, let segment = layout.segments.first else {
            let glued = layout.segments[1].header.line
            return .failure(Unformattable(message: "a second table starts on line \(glued) without a blank line before it; "
                + "run `sitegen check --fix` to part them, then format again"))
        }
        let columns = segment.header.cells.cells.count
        if let long = segment.rows.first(where: { $0.cells.cells.count > columns }) {
            return .failure(Unformattable(message: "the row on line \(long.line) has \(long.cells.cells.count) cells and the "
                + "header \(columns): GFM drops the extra cells; give the header a column or merge the cells, then format again"))
        }
        let lines = [segment.header, segment.delimiter] + segment.rows
        var prefixes: [Substring] = []
        for row in lines {
            guard let text = source.line(row.line) else { return .failure(Unformattable(message: "line \(row.line) is missing")) }
            let prefix = text.unicodeScalars.prefix(layout.column - 1)
            guard prefix.count == layout.column - 1, !prefix.contains("|") else {
                return .failure(Unformattable(message: "line \(row.line) does not start where the table does (column \(layout.column))"))
            }
            prefixes.append(Substring(prefix))
        }
        let alignments = segment.delimiter.cells.cells.map { ColumnAlignment(delimiter: $0.text) }
        let texts = ([segment.header] + segment.rows).map { row in
            row.cells.cells.map(\.text) + Array(repeating: "", count: columns - row.cells.cells.count)
        }
        var widths = [Int](repeating: 3, count: columns)
        for row in texts {
            for (column, text) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(text)) }
        }
        var written = texts.map { row in line(row.enumerated().map { padded($1, to: widths[$0], alignments[$0]) }) }
        written.insert(line(alignments.enumerated().map { $1.delimiter(width: widths[$0]) }), at: 1)
        var edits: [TextEdit] = []
        for (index, row) in lines.enumerated() {
            guard let text = source.line(row.line) else { continue }
            let new = String(prefixes[index]) + written[index]
            guard new != text else { continue }
            edits.append(TextEdit(start: SourcePosition(line: row.line, column: 1),
                                  end: SourcePosition(line: row.line, column: text.unicodeScalars.count + 1), replacement: new))
        }
        return .success(edits)
    }

    static func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    static func padded(_ text: String, to width: Int, _ alignment: ColumnAlignment) -> String {
        let space = max(0, width - DisplayWidth.of(text))
        switch alignment {
        case .none, .left: return text + String(repeating: " ", count: space)
        case .right: return String(repeating: " ", count: space) + text
        case .center:
            return String(repeating: " ", count: space / 2) + text + String(repeating: " ", count: space - space / 2)
        }
    }
}

extension ColumnAlignment {
    /// The alignment a delimiter cell (`:---`, `---:`, `:-:`, `---`) sets.
    init(delimiter: String) {
        switch (delimiter.hasPrefix(":"), delimiter.count > 1 && delimiter.hasSuffix(":")) {
        case (true, true): self = .center
        case (true, false): self = .left
        case (false, true): self = .right
        case (false, false): self = .none
        }
    }

    /// A delimiter cell `width` columns wide.
    func delimiter(width: Int) -> String {
        switch self {
        case .none: return String(repeating: "-", count: width)
        case .left: return ":" + String(repeating: "-", count: width - 1)
        case .right: return String(repeating: "-", count: width - 1) + ":"
        case .center: return ":" + String(repeating: "-", count: width - 2) + ":"
        }
    }
}
