/// A line of a GFM pipe table split into cells the way cmark-gfm splits it:
/// on every pipe not preceded by a backslash, with an optional leading and
/// trailing pipe. Columns are 1-based Unicode-scalar columns of the line.
///
/// cmark-gfm pads short rows, drops extra cells and reports wrong positions
/// for a header that follows paragraph text, so the reader and the structural
/// rules read table rows from the raw line with this type.
public struct PipeRow: Sendable, Hashable {
    public struct Cell: Sendable, Hashable {
        /// The text between the pipes, trimmed.
        public var text: String
        /// First and last column of the trimmed text; for an empty cell both
        /// are the column right after the opening pipe.
        public var start: Int
        public var end: Int
    }

    public var cells: [Cell]
    /// How many unescaped pipes the line holds.
    public var pipeCount: Int
    public var hasTrailingPipe: Bool
    /// Column of the last non-blank character of the line (0 when blank).
    public var lastColumn: Int

    /// Splits `line`, ignoring everything before `column` (a container prefix such as `> `).
    public init(_ line: Substring, from column: Int = 1) {
        let scalars = Array(line.unicodeScalars)
        let first = min(max(column - 1, 0), scalars.count)
        var segments: [(Int, Int)] = []  // 0-based half-open scalar ranges
        var start = first
        var pipes = 0
        var index = first
        while index < scalars.count {
            if scalars[index] == "|", index == first || scalars[index - 1] != "\\" {
                segments.append((start, index))
                pipes += 1
                start = index + 1
            }
            index += 1
        }
        segments.append((start, scalars.count))
        func isBlank(_ segment: (Int, Int)) -> Bool {
            scalars[segment.0..<segment.1].allSatisfy { $0 == " " || $0 == "\t" }
        }
        var trailing = false
        if pipes > 0, let last = segments.last, isBlank(last) {
            segments.removeLast()
            trailing = true
        }
        if pipes > 0, segments.count > 1, let lead = segments.first, isBlank(lead) {
            segments.removeFirst()
        }
        cells = segments.map { segment in
            var lower = segment.0
            var upper = segment.1
            while lower < upper, scalars[lower] == " " || scalars[lower] == "\t" { lower += 1 }
            while upper > lower, scalars[upper - 1] == " " || scalars[upper - 1] == "\t" { upper -= 1 }
            let text = String(scalars: scalars[lower..<upper])
            return lower == upper
                ? Cell(text: "", start: segment.0 + 1, end: segment.0 + 1)
                : Cell(text: text, start: lower + 1, end: upper)
        }
        pipeCount = pipes
        hasTrailingPipe = trailing
        lastColumn = scalars.lastIndex { $0 != " " && $0 != "\t" }.map { $0 + 1 } ?? 0
    }

    /// True for a delimiter row such as `---|:---:|` (every cell dashes with optional colons).
    public var isDelimiter: Bool {
        guard pipeCount > 0 else { return false }
        return !cells.isEmpty && cells.allSatisfy { cell in
            var text = Substring(cell.text)
            if text.hasPrefix(":") { text = text.dropFirst() }
            if text.hasSuffix(":") { text = text.dropLast() }
            return !text.isEmpty && text.allSatisfy { $0 == "-" }
        }
    }

    /// True when every cell is empty.
    public var isBlank: Bool { cells.allSatisfy { $0.text.isEmpty } }
}
