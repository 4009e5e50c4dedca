/// An (option, criterion) pair: the numbers of their name keys (``NameKey``),
/// so grouping the site's matrix cells hashes two integers per cell instead
/// of two (mostly Chinese) strings with Unicode normalisation.
public struct FactKey: Hashable, Sendable {
    public var option: Int
    public var criterion: Int
}

/// One place that states the value of an option under a criterion, as a
/// finding shows it (``SiteIndex/statement(_:)`` reads it from a ``FactPlace``).
public struct FactStatement: Sendable {
    public var file: String
    /// The cell's range as cmark-gfm gives it, spaces around the text included: only a
    /// conflict needs the text's own range (``SiteIndex/range(of:)``), and most facts agree.
    public var cellRange: SourceRange?
    public var option: String
    public var criterion: String
    public var text: String
    /// The typed value (parsed as the criterion's declared type when there is one).
    public var value: CellValue
    public var tableID: String
}

/// Where a fact is stated, and its value: what the index keeps of each of the
/// site's hundreds of thousands of statements (their names and texts are read
/// back from the page for the few that conflict).
public struct FactPlace: Sendable {
    /// The page's position in the site and the table's in the page.
    public var page: Int32
    public var table: Int32
    /// A matrix cell: the criterion's and the option's positions in the table's ``MatrixShape``
    /// (``Matrix``'s order).
    /// A row of a key → value table: the row's position, and option -1.
    public var criterion: Int32
    public var option: Int32
    /// The typed value (parsed as the criterion's declared type when there is one).
    public var value: CellValue
}

/// Gathers facts: every cell of every matrix, and the rows of two-column
/// key → value tables on option pages whose key names a criterion some
/// matrix uses (so `| 操作耗时 | 1-3天 |` on the page of `解绑银行卡` states
/// the same fact as the overview matrix's cell).
struct FactCollector {
    var facts: [FactKey: [FactPlace]] = [:]
    /// Criterion key → the declared type of the field describing it (nil when no schema does).
    var criteria: [TextKey: ValueType?] = [:]
    /// Alias key → criterion key.
    var aliases: [TextKey: String] = [:]
    /// The number of each distinct name key, in order of first use.
    private var numbers: [TextKey: Int] = [:]

    private mutating func number(_ name: String) -> Int {
        number(TextKey(name))
    }

    private mutating func number(_ key: TextKey) -> Int {
        if let known = numbers[key] { return known }
        numbers[key] = numbers.count
        return numbers.count - 1
    }

    /// The facts of a matrix table, table `position` of page `page`: read in place through
    /// the matrix's shape (positions in ``Matrix``'s order, so a place names the same criterion
    /// and option of the ``Matrix``).
    mutating func add(_ table: DecisionTable, shape: MatrixShape, page: Int, position: Int) {
        let optionNumbers = shape.options.map { number(NameKey.key(table.text(at: $0))) }  // once, not once per criterion
        for criterion in shape.criteria.indices {
            let name = table.text(at: shape.criteria[criterion])
            let field = table.schema?.field(named: name)
            let fieldName = field?.name  // (`field == nil` compared two optional fields, copying both)
            let ownKey = NameKey.key(name)
            let key = fieldName.map { NameKey.key($0) } ?? ownKey
            let criterionKey = TextKey(key)
            let criterionNumber = number(criterionKey)
            if criteria[criterionKey] == nil { criteria[criterionKey] = .some(field?.type) }
            aliases[fieldName == nil ? criterionKey : TextKey(ownKey)] = key
            for alias in field?.aliases ?? [] { aliases[TextKey(NameKey.key(alias))] = key }
            for option in shape.options.indices {
                guard let cell = shape.value(criterion: criterion, option: option), let row = cell.row,
                      table.rows[row].cells[cell.column].range != nil,  // not a padding cell
                      table.rows[row].cells[cell.column].value != .empty else { continue }
                append(FactPlace(page: Int32(page), table: Int32(position), criterion: Int32(criterion), option: Int32(option),
                                 value: table.rows[row].cells[cell.column].value),
                       FactKey(option: optionNumbers[option], criterion: criterionNumber))
            }
        }
    }

    mutating func addKeyValueTables(of page: Page, option: String, pageIndex: Int) {
        let optionNumber = number(NameKey.key(option))
        for (position, table) in page.tables.enumerated() where page.isKeyValueTable(table) {
            for (rowIndex, row) in table.rows.enumerated() {
                guard !row.isGlued, let name = row.cell(0), let cell = row.cell(1), !cell.isPadding, cell.value != .empty,
                      let key = aliases[TextKey(NameKey.key(name.text))] else { continue }
                var value = cell.value
                if let type = criteria[TextKey(key)] ?? nil, case .success(let typed) = ValueParser.parse(cell.text, as: type, convention: table.numbers) {
                    value = typed
                }
                append(FactPlace(page: Int32(pageIndex), table: Int32(position), criterion: Int32(rowIndex), option: -1,
                                 value: value),
                       FactKey(option: optionNumber, criterion: number(key)))
            }
        }
    }

    private mutating func append(_ place: FactPlace, _ key: FactKey) {
        facts[key, default: []].append(place)
    }
}
