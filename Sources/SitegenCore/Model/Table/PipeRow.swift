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
        // By UTF-8 bytes: pipes, backslashes, spaces and tabs are ASCII, so every other byte only
        // counts towards the scalar columns (a copy of the line as an array of scalars was most
        // of the cost).
        let split = { (bytes: UnsafeBufferPointer<UInt8>) in Self.split(bytes, from: column) }
        self = line.utf8.withContiguousStorageIfAvailable(split) ?? Array(line.utf8).withUnsafeBufferPointer(split)
    }

    /// Whether the line has a pipe from `column` on that is no `\|`: `PipeRow(line, from: column).pipeCount > 0`,
    /// without splitting (every row of every table asks).
    public static func hasPipe(_ line: Substring, from column: Int = 1) -> Bool {
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            var byte = offset(ofColumn: column, in: bytes)
            let first = byte
            while byte < bytes.count {
                if bytes[byte] == UInt8(ascii: "|"), byte == first || bytes[byte - 1] != UInt8(ascii: "\\") { return true }
                byte += 1
            }
            return false
        }
        return line.utf8.withContiguousStorageIfAvailable(scan) ?? Array(line.utf8).withUnsafeBufferPointer(scan)
    }

    /// The column a table row on `line` is split from, for a table that starts at `tableColumn`
    /// (after its container's marks on its first line): the same, unless the line writes its
    /// marks shorter (`>| 1 |` in a quote whose first line is `> | a |`), where the row starts
    /// after its own marks. (Not for the table's first line, whose column may follow a list marker.)
    public static func rowColumn(_ line: Substring, tableColumn: Int) -> Int {
        guard tableColumn > 1 else { return 1 }
        var marks = 0
        for byte in line.utf8 {
            guard marks < tableColumn - 1, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ">")
            else { break }
            marks += 1
        }
        return marks + 1
    }

    /// Whether the line's first cell starts with `-` or `:` (after blanks and an optional pipe),
    /// as a delimiter row's does: the cheap test before ``isDelimiter``, which splits the line.
    public static func mayBeDelimiter(_ line: Substring, from column: Int = 1) -> Bool {
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            var byte = offset(ofColumn: column, in: bytes)
            func skipBlanks() {
                while byte < bytes.count, bytes[byte] == UInt8(ascii: " ") || bytes[byte] == UInt8(ascii: "\t") { byte += 1 }
            }
            skipBlanks()
            if byte < bytes.count, bytes[byte] == UInt8(ascii: "|") {
                byte += 1
                skipBlanks()
            }
            return byte < bytes.count && (bytes[byte] == UInt8(ascii: "-") || bytes[byte] == UInt8(ascii: ":"))
        }
        return line.utf8.withContiguousStorageIfAvailable(scan) ?? Array(line.utf8).withUnsafeBufferPointer(scan)
    }

    /// The byte offset in UTF-8 `bytes` where 1-based scalar `column` starts (the end when the line is shorter).
    private static func offset(ofColumn column: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var byte = 0, scalar = 0
        while byte < bytes.count, scalar < column - 1 {
            byte += bytes[byte] < 0x80 ? 1 : bytes[byte] < 0xE0 ? 2 : bytes[byte] < 0xF0 ? 3 : 4
            scalar += 1
        }
        return byte
    }

    private init(cells: [Cell], pipeCount: Int, hasTrailingPipe: Bool, lastColumn: Int) {
        self.cells = cells
        self.pipeCount = pipeCount
        self.hasTrailingPipe = hasTrailingPipe
        self.lastColumn = lastColumn
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, from column: Int) -> PipeRow {
        func width(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        // 0-based half-open ranges, in scalars (for columns) and in bytes (for text).
        struct Segment { var scalars: Range<Int>, bytes: Range<Int> }
        var scalar = 0, byte = 0
        while byte < bytes.count, scalar < column - 1 {
            byte += width(bytes[byte])
            scalar += 1
        }
        let first = scalar
        var segments: [Segment] = []
        // One segment per pipe and one more: reserved at once (grown by doubling, the array was
        // most of the cost of splitting a short row).
        segments.reserveCapacity(bytes[byte...].reduce(1) { $1 == UInt8(ascii: "|") ? $0 + 1 : $0 })
        var start = (scalar: scalar, byte: byte)
        var pipes = 0
        while byte < bytes.count {
            let lead = bytes[byte]
            // (A scalar before this one is a backslash exactly when the byte before is one.)
            if lead == UInt8(ascii: "|"), scalar == first || bytes[byte - 1] != UInt8(ascii: "\\") {
                segments.append(Segment(scalars: start.scalar..<scalar, bytes: start.byte..<byte))
                pipes += 1
                start = (scalar + 1, byte + 1)
            }
            byte += width(lead)
            scalar += 1
        }
        let scalarCount = scalar
        segments.append(Segment(scalars: start.scalar..<scalarCount, bytes: start.byte..<bytes.count))
        func isBlank(_ segment: Segment) -> Bool { bytes[segment.bytes].allSatisfy(isSpace) }
        var trailing = false
        // The kept segments by bounds: removing from an `ArraySlice` copied the segments.
        var keptStart = 0, keptEnd = segments.count
        if pipes > 0, isBlank(segments[keptEnd - 1]) {
            keptEnd -= 1
            trailing = true
        }
        if pipes > 0, keptEnd - keptStart > 1, isBlank(segments[keptStart]) {
            keptStart += 1
        }
        let cells = segments[keptStart..<keptEnd].map { segment -> Cell in
            var lower = segment.bytes.lowerBound, upper = segment.bytes.upperBound
            while lower < upper, isSpace(bytes[lower]) { lower += 1 }
            while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
            guard lower < upper else {
                return Cell(text: "", start: segment.scalars.lowerBound + 1, end: segment.scalars.lowerBound + 1)
            }
            // Spaces and tabs are one byte and one scalar each.
            let startColumn = segment.scalars.lowerBound + (lower - segment.bytes.lowerBound)
            let endColumn = segment.scalars.upperBound - (segment.bytes.upperBound - upper)
            return Cell(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self),
                        start: startColumn + 1, end: endColumn)
        }
        let trailingSpaces = bytes.reversed().prefix(while: isSpace).count
        return PipeRow(cells: cells, pipeCount: pipes, hasTrailingPipe: trailing,
                       lastColumn: trailingSpaces == bytes.count ? 0 : scalarCount - trailingSpaces)
    }

    /// True for a delimiter row such as `---|:---:|` (every cell dashes with optional colons).
    public var isDelimiter: Bool {
        guard pipeCount > 0 else { return false }
        return !cells.isEmpty && cells.allSatisfy { Self.isDelimiterCell($0.text) }
    }

    /// `-`s with an optional `:` at either end, by bytes: asked of every body row, and
    /// comparing Characters cost more than splitting the row. (A byte past ASCII makes
    /// it false either way: a mark joined to `:` or `-` makes another Character.)
    static func isDelimiterCell(_ text: String) -> Bool {
        var utf8 = Substring(text).utf8
        if utf8.first == UInt8(ascii: ":") { utf8 = utf8.dropFirst() }
        if utf8.last == UInt8(ascii: ":") { utf8 = utf8.dropLast() }
        return !utf8.isEmpty && utf8.allSatisfy { $0 == UInt8(ascii: "-") }
    }

    /// True when every cell is empty.
    public var isBlank: Bool { cells.allSatisfy { $0.text.isEmpty } }
}
