/// Two rows of a table with the same cells.
public struct TableDuplicateRow: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TBL007", name: "table-duplicate-row", severity: .warning, category: .structure,
        summary: "a table row repeats an earlier row of the same table",
        doc: """
            A row identical to an earlier one adds nothing but length, and in a matrix or decision \
            table it states the same option or rule twice, so an edit to one copy silently \
            contradicts the other. Cells are compared as written, after trimming.
            """,
        badExample: "| 银行 | 限额 |\n|---|---|\n| 借记卡 | 无限制 |\n| 借记卡 | 无限制 |\n",
        goodExample: "| 银行 | 限额 |\n|---|---|\n| 借记卡 | 无限制 |\n| 信用卡 | 3张/日 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.layouts.flatMap(\.segments).flatMap { segment in
            var seen = SeenRows(capacity: segment.rows.count)
            return segment.rows.compactMap { row -> Diagnostic? in
                guard !row.cells.isBlank else { return nil }
                guard let first = seen.first(row.cells.cells.map(\.text), line: row.line) else { return nil }
                return descriptor.diagnostic(
                    context.page, line: row.line, message: "row repeats line \(first)",
                    hint: "delete one of the two rows",
                    related: [RelatedLocation(file: context.file, range: SourceRange(line: first, column: 1), message: "first copy")])
            }
        }
    }
}

extension TableDuplicateRow {
    /// The rows seen so far, by their cells' texts compared as `String`s (canonical
    /// equivalents are equal), keyed by ``TextKey``s: hashing Chinese text as a `String`
    /// normalises it first, a tenth of this rule's time. A row is hashed once, to find
    /// it and to remember it together.
    struct SeenRows {
        /// A row's texts and the line where they were first seen; equal by the texts alone.
        private struct Row: Hashable {
            let texts: [TextKey]
            let line: Int
            static func == (a: Row, b: Row) -> Bool { a.texts == b.texts }
            func hash(into hasher: inout Hasher) { hasher.combine(texts) }
        }

        private var rows: Set<Row>

        init(capacity: Int = 0) { rows = Set(minimumCapacity: capacity) }

        /// The line of the first earlier row equal to `texts`; nil (and `texts` remembered) when there is none.
        mutating func first(_ texts: [String], line: Int) -> Int? {
            let (inserted, member) = rows.insert(Row(texts: texts.map(TextKey.init), line: line))
            return inserted ? nil : member.line
        }
    }
}
