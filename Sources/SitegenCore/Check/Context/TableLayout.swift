/// A pipe table as its raw source lines lay it out, which is what the author
/// meant rather than what cmark-gfm made of it: the table proper, any tables
/// glued onto it (a delimiter row inside the body), and prose glued into it
/// (body lines without a pipe).
///
/// Layouts are built for every table cmark-gfm parsed and for header +
/// delimiter pairs it did not parse as a table (e.g. glued onto a list
/// item); for those the body is read the way cmark-gfm would read it once
/// the table stands on its own.
public struct TableLayout: Sendable {
    public struct Row: Sendable {
        public var line: Int
        public var cells: PipeRow
    }

    /// One header + delimiter + body rows.
    public struct Segment: Sendable {
        public var header: Row
        public var delimiter: Row
        public var rows: [Row]
    }

    /// The index in `page.tables` of the parsed table, nil for a table cmark-gfm did not parse.
    public var tableIndex: Int?
    public var segments: [Segment]
    /// Runs of body lines without a pipe: prose glued into the table.
    public var swallowed: [ClosedRange<Int>]
    /// The column the table starts at (after a container prefix such as `> `).
    public var column: Int
    /// The last line the table takes.
    public var lastLine: Int

    public var firstLine: Int { segments[0].header.line }
    /// The last line that is a table row (not glued prose).
    public var lastRowLine: Int { segments.last.map { $0.rows.last?.line ?? $0.delimiter.line } ?? firstLine }

    /// Reads the layout from the header line, the delimiter line and the body lines.
    /// (`startLine`: where cmark-gfm says the table starts, the header's line or a paragraph's above it.)
    init?(tableIndex: Int?, headerLine: Int, bodyLines: [Int], column: Int, startLine: Int? = nil, source: SourceText) {
        guard let headerText = source.line(headerLine), let delimiterText = source.line(headerLine + 1) else { return nil }
        self.tableIndex = tableIndex
        self.column = column
        // Each row from its own column: a row may write its quote's marks shorter than the first line.
        func split(_ text: Substring, line: Int) -> PipeRow {
            PipeRow(text, from: line == (startLine ?? headerLine) ? column : PipeRow.rowColumn(text, tableColumn: column))
        }
        var current = Segment(header: Row(line: headerLine, cells: split(headerText, line: headerLine)),
                              delimiter: Row(line: headerLine + 1, cells: split(delimiterText, line: headerLine + 1)), rows: [])
        var segments: [Segment] = []
        var swallowed: [ClosedRange<Int>] = []
        var previousWasProse = false
        for line in bodyLines {
            guard let text = source.line(line) else { continue }
            let cells = split(text, line: line)
            if cells.pipeCount == 0 {
                if previousWasProse, let run = swallowed.popLast() {
                    swallowed.append(run.lowerBound...line)
                } else {
                    swallowed.append(line...line)
                }
                previousWasProse = true
                continue
            }
            if cells.isDelimiter, line > headerLine + 2 {
                // The line above is the header of a table glued onto this one.
                let header: Row
                if previousWasProse, let run = swallowed.popLast() {
                    if run.lowerBound < line - 1 { swallowed.append(run.lowerBound...(line - 2)) }
                    header = Row(line: line - 1, cells: split(source.line(line - 1) ?? "", line: line - 1))
                } else if let last = current.rows.popLast() {
                    header = last
                } else {
                    current.rows.append(Row(line: line, cells: cells))
                    continue
                }
                segments.append(current)
                current = Segment(header: header, delimiter: Row(line: line, cells: cells), rows: [])
                previousWasProse = false
                continue
            }
            current.rows.append(Row(line: line, cells: cells))
            previousWasProse = false
        }
        segments.append(current)
        self.segments = segments
        self.swallowed = swallowed
        self.lastLine = max(bodyLines.last ?? headerLine + 1, headerLine + 1)
    }
}

extension TableLayout {
    /// Layouts of every table of a page, parsed or not, in source order.
    public static func layouts(of page: Page, lines: LineScan) -> [TableLayout] {
        var result: [TableLayout] = []
        var covered = [Bool](repeating: false, count: page.source.lineCount + 2)
        func cover(_ layout: TableLayout) {
            for line in layout.firstLine...min(layout.lastLine, page.source.lineCount) { covered[line] = true }
        }
        for table in page.tables {
            let body = table.rows.map(\.line)
            guard let layout = TableLayout(tableIndex: table.index, headerLine: table.header.line, bodyLines: body,
                                           column: table.range.start.column, startLine: table.range.start.line,
                                           source: page.source) else { continue }
            cover(layout)
            result.append(layout)
        }
        var line = 1
        while line < page.source.lineCount {
            defer { line += 1 }
            guard !covered[line], lines.kind(line) == .text, lines.indents[line - 1] < 4,
                  let headerText = page.source.line(line), let next = page.source.line(line + 1),
                  headerText.containsUTF8(UInt8(ascii: "|")), next.containsUTF8(UInt8(ascii: "|"))
            else { continue }  // both rows need a pipe: most prose lines stop here, unsplit
            let header = PipeRow(headerText)
            let delimiter = PipeRow(next)
            guard header.pipeCount > 0, delimiter.isDelimiter, header.cells.count == delimiter.cells.count,
                  !covered[line + 1] else { continue }
            var body: [Int] = []
            var row = line + 2
            while row <= page.source.lineCount, !covered[row], lines.kind(row) == .text {
                body.append(row)
                row += 1
            }
            guard let layout = TableLayout(tableIndex: nil, headerLine: line, bodyLines: body, column: 1,
                                           source: page.source) else { continue }
            cover(layout)
            result.append(layout)
            line = layout.lastLine
        }
        return result.sorted { $0.firstLine < $1.firstLine }
    }
}
