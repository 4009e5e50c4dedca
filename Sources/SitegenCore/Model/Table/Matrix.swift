/// A comparison matrix read out of a `matrix` table: options × criteria,
/// whichever way round the table is written.
public struct Matrix: Sendable, Hashable {
    public var tableID: String
    /// The corner header (e.g. `评估维度`).
    public var cornerLabel: String
    public var options: [Option]
    public var criteria: [Criterion]

    public struct Option: Sendable, Hashable {
        public var name: String
        /// The header cell naming the option.
        public var cell: TableCell
    }

    public struct Criterion: Sendable, Hashable {
        public var name: String
        public var cell: TableCell
        /// The schema field describing the criterion, if any.
        public var field: FieldSchema?
        /// One cell per option, in `options` order (padding cells for missing ones).
        public var values: [TableCell]
    }

    public init(_ table: DecisionTable) {
        tableID = table.id
        cornerLabel = table.header.cell(0)?.text ?? ""
        let schema = table.schema
        func padding(_ column: Int) -> TableCell {
            TableCell(column: column, range: nil, raw: "", html: "", text: "", value: .empty)
        }
        switch table.annotation?.optionsAxis ?? .columns {
        case .columns:
            options = table.header.cells.dropFirst().map { Option(name: $0.text, cell: $0) }
            criteria = table.rows.compactMap { row in
                guard let first = row.cell(0) else { return nil }
                let values = (1...max(1, table.columnCount)).dropLast().map { row.cell($0) ?? padding($0) }
                return Criterion(name: first.text, cell: first, field: schema?.field(named: first.text), values: values)
            }
        case .rows:
            options = table.rows.compactMap { row in row.cell(0).map { Option(name: $0.text, cell: $0) } }
            criteria = table.header.cells.dropFirst().map { header in
                let values = table.rows.map { $0.cell(header.column) ?? padding(header.column) }
                return Criterion(name: header.text, cell: header, field: schema?.field(named: header.text), values: values)
            }
        }
    }

    /// The value stated for an option under a criterion.
    public func value(option: Int, criterion: Int) -> TableCell? {
        guard criteria.indices.contains(criterion), criteria[criterion].values.indices.contains(option) else { return nil }
        return criteria[criterion].values[option]
    }
}

extension DecisionTable {
    /// The matrix view, for tables declared `kind: matrix`.
    public var matrix: Matrix? { kind == .matrix ? Matrix(self) : nil }
}
