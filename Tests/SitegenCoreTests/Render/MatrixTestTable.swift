@testable import SitegenCore

/// Hand-built matrix tables for the render tests: options in the header row,
/// one row per criterion, cells typed by the caller (or parsed when given as text).
enum MatrixTestTable {
    static func cell(_ column: Int, _ text: String, _ value: CellValue? = nil) -> TableCell {
        TableCell(column: column, range: SourceRange(line: 1, column: column + 1), raw: text, html: HTML.escape(text),
                  text: text, value: value ?? (text.isEmpty ? .empty : .text(text)))
    }

    /// `criteria`: (name, cells per option); a cell is its text and, optionally, its value.
    static func table(
        corner: String = "评估维度", options: [String], criteria: [(String, [(String, CellValue?)])],
        fields: [FieldSchema] = [], constraints: [MatrixConstraint] = [], id: String = "t"
    ) -> DecisionTable {
        let header = TableRow(line: 1, rawLine: "", range: SourceRange(line: 1, column: 1),
                              cells: [cell(0, corner)] + options.enumerated().map { cell($0.offset + 1, $0.element) })
        let rows = criteria.enumerated().map { number, criterion in
            TableRow(line: number + 3, rawLine: "", range: SourceRange(line: number + 3, column: 1),
                     cells: [cell(0, criterion.0)] + criterion.1.enumerated().map { cell($0.offset + 1, $0.element.0, $0.element.1) })
        }
        var annotation = TableAnnotation(range: SourceRange(line: 1, column: 1))
        annotation.kind = .matrix
        annotation.id = id
        annotation.constraints = constraints
        var schema = TableSchema(name: "test", fields: fields)
        schema.file = nil
        return DecisionTable(index: 0, id: id, kind: .matrix, annotation: annotation, schema: schema,
                             alignments: Array(repeating: .none, count: options.count + 1), header: header, rows: rows,
                             range: SourceRange(line: 1, column: 1), depth: 0)
    }

    static func field(_ name: String, _ type: ValueType, prefer: Preference = .none, categories: [String] = []) -> FieldSchema {
        var field = FieldSchema(name: name, type: type)
        field.prefer = prefer
        field.categories = categories
        return field
    }

    /// The sample guide's recovery criterion, ranked lowest to highest.
    static let recovery = field("恢复可能性", .category, prefer: .higher, categories: ["不可恢复", "可再次更换", "可重新绑卡"])

    /// True once the typed-value parser is in (the stub types everything as text).
    static let hasTypedValues = ValueParser.parse("5分钟").sortValue != nil
}
