/// A 1-based line and column in a source file. Columns count Unicode scalars
/// (characters as an editor shows them), not bytes, so CJK text reports the
/// column a writer sees.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
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
