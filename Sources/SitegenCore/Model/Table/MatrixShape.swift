/// Where a ``Matrix``'s options, criteria and values are in its table, as
/// cell positions: for readers that need a few fields of each cell and no
/// copy of it. The site index reads every matrix of the site, and building
/// each ``Matrix`` copied every cell of it (and freed the copies) — a fifth
/// of the site rules' work on a site of 10,000 pages.
///
/// ``Matrix/init(_:)`` is built from it: the one place that says which
/// cells of a table are a matrix's options, criteria and values.
struct MatrixShape {
    /// A cell's position: `row` nil for the header row, else the index in the table's `rows`.
    struct Position: Hashable {
        var row: Int?
        var column: Int
    }

    /// The cells naming the options, in ``Matrix/options`` order.
    let options: [Position]
    /// The cells naming the criteria, in ``Matrix/criteria`` order.
    let criteria: [Position]
    /// How many values each criterion has (``Matrix/Criterion/values``' count).
    let valueCount: Int
    private let optionsInColumns: Bool
    /// The columns of the criteria's header cells (options in rows).
    private let criterionColumns: [Int]
    private let rowLengths: [Int]
    /// The rows holding an option's values each (options in rows): all but glued lines.
    private let valueRows: [Int]

    init(_ table: DecisionTable) {
        // Lines glued onto the table (prose, a glued table) are no option, criterion or value; of
        // the other rows, those with a first cell name one.
        let tableRows = table.rows.indices.filter { !table.rows[$0].isGlued }
        let labelled = tableRows.filter { !table.rows[$0].cells.isEmpty }
        let header = table.header.cells.indices.dropFirst().map { Position(row: nil, column: $0) }
        rowLengths = table.rows.map { $0.cells.count }  // (a closure: the key path `\.cells.count` was read through the runtime)
        switch table.annotation?.optionsAxis ?? .columns {
        case .columns:
            optionsInColumns = true
            options = header
            criteria = labelled.map { Position(row: $0, column: 0) }
            valueCount = max(1, table.columnCount) - 1
            criterionColumns = []
            valueRows = []
        case .rows:
            optionsInColumns = false
            options = labelled.map { Position(row: $0, column: 0) }
            criteria = header
            valueRows = tableRows
            valueCount = valueRows.count
            criterionColumns = header.map { table.header.cells[$0.column].column }
        }
    }

    /// The cell holding criterion `criterion`'s value at `option` (an index below
    /// `valueCount`); nil where ``Matrix`` has a padding cell it made up.
    func value(criterion: Int, option: Int) -> Position? {
        guard option < valueCount, let row = optionsInColumns ? criteria[criterion].row : valueRows[option] else { return nil }
        let column = valueColumn(criterion: criterion, option: option)
        guard column >= 0, column < rowLengths[row] else { return nil }
        return Position(row: row, column: column)
    }

    /// The column of that value, also where the row is too short to hold it.
    func valueColumn(criterion: Int, option: Int) -> Int {
        optionsInColumns ? option + 1 : criterionColumns[criterion]
    }
}

extension DecisionTable {
    /// The cell at a matrix position (a copy).
    func cell(at position: MatrixShape.Position) -> TableCell {
        if let row = position.row { return rows[row].cells[position.column] }
        return header.cells[position.column]
    }

    /// The text of the cell at a matrix position, read in place (no copy of the cell).
    func text(at position: MatrixShape.Position) -> String {
        if let row = position.row { return rows[row].cells[position.column].text }
        return header.cells[position.column].text
    }

    /// The range of the cell at a matrix position (nil for a padding cell), read in place.
    func range(at position: MatrixShape.Position) -> SourceRange? {
        if let row = position.row { return rows[row].cells[position.column].range }
        return header.cells[position.column].range
    }
}
