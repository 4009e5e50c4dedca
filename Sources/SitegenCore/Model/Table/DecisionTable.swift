/// A GFM table of a page with its declared meaning and typed cells.
public struct DecisionTable: Sendable, Hashable {
    /// 0-based position among the page's tables.
    public var index: Int
    /// The declared id, or `table-N` (1-based) when none was given.
    public var id: String
    public var kind: TableKind
    public var annotation: TableAnnotation?
    /// The schema in force (named or inline), resolved.
    public var schema: TableSchema?
    public var alignments: [ColumnAlignment]
    public var header: TableRow
    public var rows: [TableRow]
    public var range: SourceRange
    /// 0 for a table at the top level of the page.
    public var depth: Int
    /// How the page writes decimals (by its language): how its cells' numbers were read, and how
    /// the entries of its rules are.
    public var numbers: NumberConvention

    public init(
        index: Int, id: String, kind: TableKind, annotation: TableAnnotation?, schema: TableSchema?,
        alignments: [ColumnAlignment], header: TableRow, rows: [TableRow], range: SourceRange, depth: Int,
        numbers: NumberConvention = .decimalPoint
    ) {
        self.index = index
        self.id = id
        self.kind = kind
        self.annotation = annotation
        self.schema = schema
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.range = range
        self.depth = depth
        self.numbers = numbers
    }

    public var columnCount: Int { header.cells.count }

    /// The header texts.
    public var columnNames: [String] { header.cells.map(\.text) }

    /// The caption: declared, or none.
    public var caption: String? { annotation?.caption }
}
