/// A comparison matrix read out of a `matrix` table: options × criteria,
/// whichever way round the table is written.
public struct Matrix: Sendable, Hashable {
    public var tableID: String
    /// The corner header (e.g. `评估维度`).
    public var cornerLabel: String
    public var options: [Option]
    public var criteria: [Criterion]
    /// How the page writes decimals: how the tests of the matrix's constraints read.
    public var numbers: NumberConvention

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
        numbers = table.numbers
        cornerLabel = table.header.cell(0)?.text ?? ""
        let schema = table.schema
        let shape = MatrixShape(table)
        options = shape.options.map { Option(name: table.text(at: $0), cell: table.cell(at: $0)) }
        criteria = shape.criteria.indices.map { criterion in
            let name = table.cell(at: shape.criteria[criterion])
            let values = (0..<shape.valueCount).map { option in
                shape.value(criterion: criterion, option: option).map(table.cell(at:))
                    // A padding cell where the row is too short.
                    ?? TableCell(column: shape.valueColumn(criterion: criterion, option: option), range: nil, raw: "", html: "",
                                 text: "", value: .empty)
            }
            return Criterion(name: name.text, cell: name, field: schema?.field(named: name.text), values: values)
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
