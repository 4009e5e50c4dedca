/// A 1-based line and column in a source file. Columns count Unicode scalars
/// (characters as an editor shows them), not bytes, so CJK text reports the
/// column a writer sees.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    // Kept as 32-bit numbers: the model holds a position (or two) for every
    // cell, row, heading and link, and 4-byte fields halve them. Lines and
    // columns past Int32.max (a 2 GiB line) are held as Int32.max.
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    private enum CodingKeys: String, CodingKey { case line, column }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// An inclusive range of source positions.
public struct SourceRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public init(line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.start = SourcePosition(line: line, column: column)
        self.end = SourcePosition(line: endLine ?? line, column: endColumn ?? column)
    }

    /// Shifts the range down by `lines` (used when a body follows front matter).
    public func offset(lines: Int) -> SourceRange {
        SourceRange(
            start: SourcePosition(line: start.line + lines, column: start.column),
            end: SourcePosition(line: end.line + lines, column: end.column)
        )
    }

    public var description: String { "\(start)-\(end)" }
}
