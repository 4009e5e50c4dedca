/// An (option, criterion) pair: the numbers of their name keys (``NameKey``),
/// so grouping the site's matrix cells hashes two integers per cell instead
/// of two (mostly Chinese) strings with Unicode normalisation.
public struct FactKey: Hashable, Sendable {
    public var option: Int
    public var criterion: Int
}

/// One place that states the value of an option under a criterion.
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

/// Gathers facts: every cell of every matrix, and the rows of two-column
/// key → value tables on option pages whose key names a criterion some
/// matrix uses (so `| 操作耗时 | 1-3天 |` on the page of `解绑银行卡` states
/// the same fact as the overview matrix's cell).
struct FactCollector {
    var facts: [FactKey: [FactStatement]] = [:]
    /// Criterion key → the field describing it (nil when no schema does).
    var criteria: [TextKey: FieldSchema?] = [:]
    /// Alias key → criterion key.
    var aliases: [TextKey: String] = [:]
    /// The number of each distinct name key, in order of first use.
    private var numbers: [TextKey: Int] = [:]

    private mutating func number(_ name: String) -> Int {
        let key = TextKey(name)
        if let known = numbers[key] { return known }
        numbers[key] = numbers.count
        return numbers.count - 1
    }

    mutating func add(_ matrix: Matrix, page: Page) {
        let optionNumbers = matrix.options.map { number(NameKey.key($0.name)) }  // once, not once per criterion
        for criterion in matrix.criteria {
            let key = NameKey.key(criterion.field?.name ?? criterion.name)
            let criterionNumber = number(key)
            let criterionKey = TextKey(key)
            if criteria[criterionKey] == nil { criteria[criterionKey] = .some(criterion.field) }
            aliases[TextKey(NameKey.key(criterion.name))] = key
            for alias in criterion.field?.aliases ?? [] { aliases[TextKey(NameKey.key(alias))] = key }
            for (index, option) in matrix.options.enumerated() {
                guard criterion.values.indices.contains(index) else { continue }
                let cell = criterion.values[index]
                guard !cell.isPadding, cell.value != .empty else { continue }
                append(FactStatement(file: page.file, cellRange: cell.range, option: option.name, criterion: criterion.name,
                                     text: cell.text, value: cell.value, tableID: matrix.tableID),
                       FactKey(option: optionNumbers[index], criterion: criterionNumber))
            }
        }
    }

    mutating func addKeyValueTables(of page: Page, option: String, pageIndex: Int) {
        let optionNumber = number(NameKey.key(option))
        for table in page.tables where (table.kind == .plain || table.kind == .requirements) && table.columnCount == 2 {
            for row in table.rows {
                guard let name = row.cell(0), let cell = row.cell(1), !cell.isPadding, cell.value != .empty,
                      let key = aliases[TextKey(NameKey.key(name.text))] else { continue }
                var value = cell.value
                if let field = criteria[TextKey(key)] ?? nil, case .success(let typed) = ValueParser.parse(cell.text, as: field.type) {
                    value = typed
                }
                append(FactStatement(file: page.file, cellRange: cell.range, option: option, criterion: name.text,
                                     text: cell.text, value: value, tableID: table.id),
                       FactKey(option: optionNumber, criterion: number(key)))
            }
        }
    }

    private mutating func append(_ statement: FactStatement, _ key: FactKey) {
        facts[key, default: []].append(statement)
    }
}
