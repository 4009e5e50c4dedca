extension DecisionTable {
    /// True for a matrix whose header row names the options: each body row is
    /// a criterion, named by its first cell, and the schema describes rows.
    public var criteriaInRows: Bool {
        kind == .matrix && (annotation?.optionsAxis ?? .columns) == .columns
    }

    /// The schema field describing a body cell: by its row's first cell when
    /// rows are criteria, by its column header otherwise; nil for label cells
    /// and undeclared columns.
    public func field(row: TableRow, column: Int) -> FieldSchema? {
        Self.field(in: schema, criteriaInRows: criteriaInRows, headerNames: header.cells.map(\.text),
                   rowLabel: row.cell(0)?.text, column: column)
    }

    /// The rule behind ``field(row:column:)``, usable before the table exists.
    static func field(
        in schema: TableSchema?, criteriaInRows: Bool, headerNames: [String], rowLabel: String?, column: Int
    ) -> FieldSchema? {
        guard let schema else { return nil }
        if criteriaInRows { return column == 0 ? nil : rowLabel.flatMap(schema.field(named:)) }
        return column < headerNames.count ? schema.field(named: headerNames[column]) : nil
    }
}
