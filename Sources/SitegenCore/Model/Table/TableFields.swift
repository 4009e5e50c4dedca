/// ``DecisionTable/field(row:column:)`` for every body cell of one table, with
/// each column's field (criteria in columns) or each row's (criteria in rows)
/// found once rather than once a cell: finding one compares a header or row
/// label with every field name of the schema.
struct TableFields {
    private let schema: TableSchema?
    private let criteriaInRows: Bool
    private let headerNames: [String]
    private let columnFields: [FieldSchema?]

    init(schema: TableSchema?, criteriaInRows: Bool, headerNames: [String]) {
        self.schema = schema
        self.criteriaInRows = criteriaInRows
        self.headerNames = headerNames
        columnFields = schema == nil || criteriaInRows ? [] : headerNames.indices.map { column in
            DecisionTable.field(in: schema, criteriaInRows: false, headerNames: headerNames, rowLabel: nil, column: column)
        }
    }

    /// The fields of the cells of a body row whose first cell reads `label`, by column.
    func row(label: String?) -> (Int) -> FieldSchema? {
        guard criteriaInRows else {
            return { [columnFields] column in column < columnFields.count ? columnFields[column] : nil }
        }
        let rowField = DecisionTable.field(
            in: schema, criteriaInRows: true, headerNames: headerNames, rowLabel: label, column: 1)
        return { column in column == 0 ? nil : rowField }
    }
}
