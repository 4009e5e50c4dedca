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
            var seen = SeenRows()
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
    /// equivalents are equal). While every text is surely NFC (``String/isSurelyNFC``)
    /// that is the same as comparing their bytes, which are hashed as they are: hashing
    /// Chinese text as a `String` normalises it first, a tenth of this rule's time.
    struct SeenRows {
        private var byBytes: [Bytes: Int] = [:]
        /// Made from every row so far once a row's text may have another spelling.
        private var byText: [[String]: Int]?
        private var rows: [(texts: [String], line: Int)] = []

        /// The line of the first earlier row equal to `texts`; nil (and `texts` remembered) when there is none.
        mutating func first(_ texts: [String], line: Int) -> Int? {
            if byText == nil, !texts.allSatisfy(\.isSurelyNFC) {
                byText = Dictionary(rows.map { ($0.texts, $0.line) }, uniquingKeysWith: { first, _ in first })
            }
            if byText != nil {
                if let first = byText?[texts] { return first }
                byText?[texts] = line
                return nil
            }
            let key = Bytes(texts)
            if let first = byBytes[key] { return first }
            byBytes[key] = line
            rows.append((texts, line))
            return nil
        }

        /// The texts' UTF-8, each after its length (so no two lists of texts share bytes),
        /// hashed in one go (an array of bytes is hashed byte by byte).
        struct Bytes: Hashable {
            let bytes: [UInt8]

            init(_ texts: [String]) {
                var bytes: [UInt8] = []
                bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 4 })
                for text in texts {
                    withUnsafeBytes(of: UInt32(text.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
                    bytes.append(utf8: text)
                }
                self.bytes = bytes
            }

            func hash(into hasher: inout Hasher) {
                bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
            }
        }
    }
}
