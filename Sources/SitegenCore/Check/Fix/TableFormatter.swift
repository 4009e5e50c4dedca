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

    /// Formats one page's text on its own, without its site (an editor's open document): the
    /// tables' layout needs nothing of the other pages.
    public static func format(text: String, contentPath: String) -> Result {
        let source = PageSource(contentPath: contentPath, text: text, displayRoot: "")
        let resolver = LinkResolver(routes: [contentPath: source.route], assets: [], style: .portable)
        let builder = PageBuilder(resolver: resolver, schemas: [:], options: MarkdownOptions(renderHTML: false),
                                  defaultLanguage: "en")
        return format(builder.build(source))
    }

    public static func format(_ page: Page) -> Result {
        var fixes: [(line: Int, fix: Fix)] = []
        var skipped: [Skipped] = []
        var tables = 0
        for table in page.tables {
            guard let layout = TableLayout(tableIndex: table.index, headerLine: table.header.line,
                                           bodyLines: table.rows.map(\.line), column: table.range.start.column,
                                           startLine: table.range.start.line, source: page.source) else { continue }
            switch edits(for: layout, depth: table.depth, startLine: table.range.start.line, in: page.source) {
            case .success(let edits):
                tables += 1
                if !edits.isEmpty {
                    fixes.append((layout.firstLine, Fix(summary: "format the table on line \(layout.firstLine)", edits: edits)))
                }
            case .failure(let reason):
                skipped.append(Skipped(line: layout.firstLine, reason: reason.message))
            }
        }
        guard !fixes.isEmpty else { return Result(text: page.source.text, formatted: 0, tables: tables, skipped: skipped) }
        // What cmark-gfm makes of the page must not change: checked by parsing it again, and where
        // it would change (a container's prefix written unevenly), table by table.
        let original = TableReading(page.source.text, path: page.contentPath)
        var kept = fixes.map(\.fix)
        var text = FixApplier.apply(kept, to: page.source).text
        if TableReading(text, path: page.contentPath) != original {
            kept = []
            for (line, fix) in fixes {
                if TableReading(FixApplier.apply(kept + [fix], to: page.source).text, path: page.contentPath) == original {
                    kept.append(fix)
                } else {
                    tables -= 1
                    skipped.append(Skipped(line: line, reason: "lining it up would change how it reads (its rows start "
                        + "at different columns inside a list item or block quote); line its rows up by hand"))
                }
            }
            text = FixApplier.apply(kept, to: page.source).text
        }
        return Result(text: text, formatted: kept.count, tables: tables, skipped: skipped.sorted { $0.line < $1.line })
    }

    /// Whether two texts of a page read the same to cmark-gfm: the same tables (cells, alignments,
    /// nesting), blocks and headings. What formatting keeps.
    public static func readsTheSame(_ a: String, _ b: String) -> Bool {
        TableReading(a, path: "page.md") == TableReading(b, path: "page.md")
    }

    /// How cmark-gfm reads a page's tables and blocks: what formatting must keep.
    struct TableReading: Equatable {
        var tables: [[String]]
        var blocks: Int
        var headings: [String]

        init(_ text: String, path: String) {
            let document = MarkdownParser.parse(PageSource(contentPath: path, text: text, displayRoot: "").body)
            tables = document.tables.map { table in
                ["\(table.alignments) \(table.depth)"] + ([table.header] + table.rows).map { row in
                    row.cells.map { $0.text + "\u{1F}" + $0.html }.joined(separator: "\u{1E}")
                }
            }
            blocks = document.blocks.count
            headings = document.headings.map(\.text)
        }
    }

    /// Why a table is left as it is.
    struct Unformattable: Error {
        var message: String
    }

    /// One edit per line that changes: the line from its first column to its end, written anew.
    static func edits(for layout: TableLayout, depth: Int, startLine: Int, in source: SourceText) -> Swift.Result<[TextEdit], Unformattable> {
        if let prose = layout.swallowed.first {
            return .failure(Unformattable(message: "line \(prose.lowerBound) is prose glued into the table (no blank line "
                + "before it); run `sitegen check --fix` to end the table above it, then format again"))
        }
        guard layout.segments.count == 1, let segment = layout.segments.first else {
            let glued = layout.segments[1].header.line
            return .failure(Unformattable(message: "a second table starts on line \(glued) without a blank line before it; "
                + "run `sitegen check --fix` to part them, then format again"))
        }
        let lines = ([segment.header, segment.delimiter] + segment.rows).map(\.line)
        guard let prefixes = containerPrefixes(lines, depth: depth, column: layout.column, startLine: startLine, in: source) else {
            return .failure(Unformattable(message: "a row of it is missing"))
        }
        // Each row split after its own prefix (a row may write its container's marks differently).
        let rows = zip(lines, prefixes).map { line, prefix in PipeRow(source.line(line) ?? "", from: prefix.own + 1).cells.map(\.text) }
        let columns = rows[0].count
        guard rows[1].count == columns else {
            return .failure(Unformattable(message: "its delimiter row (line \(lines[1])) has \(rows[1].count) cells and its header \(columns)"))
        }
        if let long = rows.indices.dropFirst(2).first(where: { rows[$0].count > columns }) {
            return .failure(Unformattable(message: "the row on line \(lines[long]) has \(rows[long].count) cells and the "
                + "header \(columns): GFM drops the extra cells; give the header a column or merge the cells, then format again"))
        }
        let alignments = rows[1].map(ColumnAlignment.init(delimiter:))
        let texts = ([rows[0]] + rows.dropFirst(2)).map { $0 + Array(repeating: "", count: columns - $0.count) }
        var widths = [Int](repeating: 3, count: columns)
        for row in texts {
            for (column, text) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(text)) }
        }
        var written = texts.map { row in line(row.enumerated().map { padded($1, to: widths[$0], alignments[$0]) }) }
        written.insert(line(alignments.enumerated().map { $1.delimiter(width: widths[$0]) }), at: 1)
        var edits: [TextEdit] = []
        for (index, line) in lines.enumerated() {
            guard let text = source.line(line) else { continue }
            let new = prefixes[index].written + written[index]
            guard new != text else { continue }
            edits.append(TextEdit(start: SourcePosition(line: line, column: 1),
                                  end: SourcePosition(line: line, column: text.unicodeScalars.count + 1), replacement: new))
        }
        return .success(edits)
    }

    /// What each row keeps before its first pipe: nothing at the top level of the page (a
    /// table's own indent of up to three spaces goes); inside a block quote or list item, its
    /// container's marks and indent (`> `, two spaces), written as most of the rows write them,
    /// but for a list marker on the line the table starts, which stays.
    static func containerPrefixes(_ lines: [Int], depth: Int, column: Int, startLine: Int,
                                  in source: SourceText) -> [(own: Int, written: String)]? {
        var own: [String] = []
        for number in lines {
            guard let text = source.line(number) else { return nil }
            let marks = text.leadingContainerMarks
            let start = number == startLine ? max(marks.count, column - 1) : marks.count
            own.append(String(String.UnicodeScalarView(text.unicodeScalars.prefix(start))))
        }
        func isMarks(_ prefix: String) -> Bool { prefix.unicodeScalars.allSatisfy(\.isContainerMark) }
        var counts: [String: Int] = [:]
        for prefix in own where isMarks(prefix) { counts[prefix, default: 0] += 1 }
        // The most common; among as common ones, the first row's.
        let common = depth == 0 ? "" : own.filter(isMarks).max { counts[$0]! < counts[$1]! } ?? ""
        return own.map { ($0.unicodeScalars.count, isMarks($0) ? common : $0) }
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
