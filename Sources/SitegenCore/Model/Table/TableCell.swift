/// One cell of a table, with everything rules and renderers need.
public struct TableCell: Sendable, Hashable {
    /// 0-based column.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }
    // 4 bytes, beside the range's 4-byte numbers: the model holds one cell per table cell of the site.
    private var storedColumn: Int32
    /// Where the cell's content is; nil when cmark-gfm padded a short row.
    public var range: SourceRange?
    /// The source text between the pipes, trimmed.
    public var raw: String
    /// Rendered inline HTML.
    public var html: String
    /// Plain text as a reader sees it.
    public var text: String
    /// The typed meaning of the text.
    public var value: CellValue

    public init(column: Int, range: SourceRange?, raw: String, html: String, text: String, value: CellValue) {
        storedColumn = Int32(clamping: column)
        self.range = range
        self.raw = raw
        self.html = html
        self.text = text
        self.value = value
    }

    /// A padded cell (the source row had fewer cells than the header).
    public var isPadding: Bool { range == nil }
}

/// One row of a table as cmark-gfm parsed it, plus its raw source line: cmark
/// pads short rows and drops extra cells silently, so structural rules read
/// `rawLine`.
public struct TableRow: Sendable, Hashable {
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    // 4 bytes, and the role beside them: a row stays 64 bytes (the model holds every row of the site).
    private var storedLine: Int32
    /// What the row is to its table: a row of it, or a line glued on for want of a blank line.
    public var role: Role
    /// The row's source line: a slice of the page's text, not a copy.
    public var rawLine: Substring
    public var range: SourceRange
    public var cells: [TableCell]

    public init(line: Int, rawLine: Substring, range: SourceRange, cells: [TableCell], role: Role = .body) {
        storedLine = Int32(clamping: line)
        self.rawLine = rawLine
        self.range = range
        self.cells = cells
        self.role = role
    }

    /// A line of prose cmark-gfm read as a row (it has no pipe): a paragraph glued on, reported
    /// once as `table-swallowed-paragraph`.
    public var isGluedProse: Bool { role == .gluedProse }

    /// A line that is none of the table's rows (glued prose, or a line of a table glued onto it).
    /// The table's meaning (typed cells, schema labels, keys, decision rules, facts, matrix options
    /// and criteria) leaves it out; see ``DecisionTable/gluedBlocks`` for how it is rendered.
    public var isGlued: Bool { role != .body }

    public func cell(_ column: Int) -> TableCell? {
        cells.indices.contains(column) ? cells[column] : nil
    }
}

extension TableRow {
    /// Where a row of cmark-gfm's table comes from. Without blank lines, cmark-gfm reads what
    /// follows a table as more of its rows: prose (a line without a pipe) and whole tables (a
    /// header line, its `---|---` delimiter and their rows, cut to the first table's width).
    /// The structural rules report those lines once (`table-swallowed-paragraph`,
    /// `table-merged-tables`); the model tells them apart so no other rule reads them as rows.
    /// (The raw values name the roles in tree dumps; a role is stored in one byte all the same.)
    public enum Role: String, Sendable, Hashable {
        /// A row of the table.
        case body
        /// Prose glued into the table, before any glued table.
        case gluedProse = "glued-prose"
        /// The header of a table glued onto this one: the line above a delimiter row in the body.
        case gluedHeader = "glued-header"
        /// The delimiter row of a glued table.
        case gluedDelimiter = "glued-delimiter"
        /// A line after a glued table's delimiter (one of its rows, or prose glued into it).
        case gluedRow = "glued-row"
    }
}
