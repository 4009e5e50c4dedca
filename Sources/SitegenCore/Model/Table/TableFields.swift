/// ``DecisionTable/field(row:column:)`` for every body cell of one table, with
/// each column's field (criteria in columns) or each row's (criteria in rows)
/// found once rather than once a cell: finding one compares a header or row
/// label with every field name of the schema. Each field found is held once,
/// by reference (``Shared``): a schema field is a dozen strings and arrays, and
/// every cell of its column or row points at it.
struct TableFields {
    /// A schema field, shared by the cells it describes.
    final class Shared: Sendable {
        let field: FieldSchema
        init(_ field: FieldSchema) { self.field = field }
    }

    private let schema: TableSchema?
    private let criteriaInRows: Bool
    private let headerNames: [String]
    private let columnFields: [Shared?]

    init(schema: TableSchema?, criteriaInRows: Bool, headerNames: [String]) {
        self.schema = schema
        self.criteriaInRows = criteriaInRows
        self.headerNames = headerNames
        columnFields = schema == nil || criteriaInRows ? [] : headerNames.indices.map { column in
            DecisionTable.field(in: schema, criteriaInRows: false, headerNames: headerNames, rowLabel: nil, column: column)
                .map(Shared.init)
        }
    }

    /// The fields of the cells of a body row whose first cell reads `label`, by column.
    func row(label: String?) -> (Int) -> Shared? {
        guard criteriaInRows else {
            return { [columnFields] column in column < columnFields.count ? columnFields[column] : nil }
        }
        let rowField = DecisionTable.field(
            in: schema, criteriaInRows: true, headerNames: headerNames, rowLabel: label, column: 1).map(Shared.init)
        return { column in column == 0 ? nil : rowField }
    }
}
