/// Gathers facts: every cell of every matrix, and the rows of two-column
/// key → value tables on option pages whose key names a criterion some
/// matrix uses (so `| 操作耗时 | 1-3天 |` on the page of `解绑银行卡` states
/// the same fact as the overview matrix's cell).
///
/// A whole site's facts are gathered in two passes (``add(_:shape:page:position:)`` for every
/// matrix, then ``addKeyValueTables(of:option:pageIndex:)`` for every option page, which need every
/// matrix's criteria and aliases). An incremental check then replaces one page's facts
/// (``replacePage(_:old:new:)``) as long as the page declares the same criteria and aliases.
struct FactCollector: Sendable {
    var facts: [FactKey: [FactPlace]] = [:]
    /// Criterion key → the declared type of the field describing it (nil when no schema does).
    /// The first matrix to name a criterion gives it.
    var criteria: [TextKey: ValueType?] = [:]
    /// Alias key → criterion key. The last matrix to name an alias gives it.
    var aliases: [TextKey: String] = [:]
    /// The number of each distinct name key, in order of first use (kept when a name goes away).
    private var numbers: [TextKey: Int] = [:]

    private mutating func number(_ key: TextKey) -> Int {
        if let known = numbers[key] { return known }
        numbers[key] = numbers.count
        return numbers.count - 1
    }

    /// What a matrix's criterion adds to ``criteria`` and ``aliases``: two pages declaring the
    /// same give the site the same facts' keys and types.
    struct Declaration: Equatable {
        var key: TextKey
        var type: ValueType?
        /// The alias key it sets first (the criterion's own name's key), then its field's aliases' keys.
        var alias: TextKey
        var fieldAliases: [TextKey]
    }

    /// The criteria of a matrix: each one's key (its schema field's name when a field describes
    /// it), and what it declares.
    static func declarations(_ table: DecisionTable, shape: MatrixShape) -> [Declaration] {
        shape.criteria.map { criterion in
            let name = table.text(at: criterion)
            let field = table.schema?.field(named: name)
            let fieldName = field?.name  // (`field == nil` compared two optional fields, copying both)
            let ownKey = TextKey(NameKey.key(name))
            let key = fieldName.map { TextKey(NameKey.key($0)) } ?? ownKey
            return Declaration(key: key, type: field?.type, alias: fieldName == nil ? key : ownKey,
                               fieldAliases: field.map { $0.aliases.map { TextKey(NameKey.key($0)) } } ?? [])
        }
    }

    /// Every declaration of a page's matrices, in order.
    static func declarations(of page: Page) -> [Declaration] {
        page.tables.indices.filter { page.tables[$0].kind == .matrix }.flatMap {
            declarations(page.tables[$0], shape: MatrixShape(page.tables[$0]))
        }
    }

    /// The facts of a matrix table, table `position` of page `page`: read in place through
    /// the matrix's shape (positions in ``Matrix``'s order, so a place names the same criterion
    /// and option of the ``Matrix``).
    mutating func add(_ table: DecisionTable, shape: MatrixShape, page: Int, position: Int) {
        let declarations = Self.declarations(table, shape: shape)
        for declaration in declarations {
            if criteria[declaration.key] == nil { criteria[declaration.key] = .some(declaration.type) }
            aliases[declaration.alias] = declaration.key.text
            for alias in declaration.fieldAliases { aliases[alias] = declaration.key.text }
        }
        let numbered = numbers(table, shape: shape, declarations: declarations)
        Self.forEachPlace(of: table, shape: shape, page: page, position: position,
                          options: numbered.options, criteria: numbered.criteria) { facts[$0, default: []].append($1) }
    }

    /// The numbers of a matrix's options' and criteria's keys (once each, not once per cell).
    private mutating func numbers(_ table: DecisionTable, shape: MatrixShape, declarations: [Declaration])
        -> (options: [Int], criteria: [Int]) {
        (shape.options.map { number(TextKey(NameKey.key(table.text(at: $0)))) }, declarations.map { number($0.key) })
    }

    /// Calls `body` with each fact of a matrix, criterion by criterion, option by option.
    private static func forEachPlace(of table: DecisionTable, shape: MatrixShape, page: Int, position: Int,
                                     options: [Int], criteria: [Int], _ body: (FactKey, FactPlace) -> Void) {
        for criterion in shape.criteria.indices {
            for option in shape.options.indices {
                guard let cell = shape.value(criterion: criterion, option: option), let row = cell.row,
                      table.rows[row].cells[cell.column].range != nil,  // not a padding cell
                      table.rows[row].cells[cell.column].value != .empty else { continue }
                body(FactKey(option: options[option], criterion: criteria[criterion]),
                     FactPlace(page: Int32(page), table: Int32(position), criterion: Int32(criterion), option: Int32(option),
                               value: table.rows[row].cells[cell.column].value))
            }
        }
    }

    mutating func addKeyValueTables(of page: Page, option: String, pageIndex: Int) {
        for (key, place) in keyValuePlaces(of: page, option: option, pageIndex: pageIndex) {
            facts[key, default: []].append(place)
        }
    }

    /// The facts an option page's key → value tables state, read with the site's ``aliases`` and ``criteria``.
    private mutating func keyValuePlaces(of page: Page, option: String, pageIndex: Int) -> [(FactKey, FactPlace)] {
        let optionNumber = number(TextKey(NameKey.key(option)))
        var places: [(FactKey, FactPlace)] = []
        for (position, table) in page.tables.enumerated() where page.isKeyValueTable(table) {
            for (rowIndex, row) in table.rows.enumerated() {
                guard !row.isGlued, let name = row.cell(0), let cell = row.cell(1), !cell.isPadding, cell.value != .empty,
                      let key = aliases[TextKey(NameKey.key(name.text))] else { continue }
                var value = cell.value
                if let type = criteria[TextKey(key)] ?? nil, case .success(let typed) = ValueParser.parse(cell.text, as: type, convention: table.numbers) {
                    value = typed
                }
                places.append((FactKey(option: optionNumber, criterion: number(TextKey(key))),
                               FactPlace(page: Int32(pageIndex), table: Int32(position), criterion: Int32(rowIndex), option: -1,
                                         value: value)))
            }
        }
        return places
    }

    /// Every fact a page states: its matrices' cells, then (on an option page) its key → value rows.
    private mutating func places(of page: Page, at index: Int) -> [(FactKey, FactPlace)] {
        var places: [(FactKey, FactPlace)] = []
        for position in page.tables.indices where page.tables[position].kind == .matrix {
            let table = page.tables[position], shape = MatrixShape(table)
            let numbered = numbers(table, shape: shape, declarations: Self.declarations(table, shape: shape))
            Self.forEachPlace(of: table, shape: shape, page: index, position: position,
                              options: numbered.options, criteria: numbered.criteria) { places.append(($0, $1)) }
        }
        if let option = page.soleOption { places += keyValuePlaces(of: page, option: option, pageIndex: index) }
        return places
    }

    /// Replaces the facts of page `index` (`old`, as gathered) with those of `new`. The page must
    /// declare the same criteria and aliases in both (``declarations(of:)``) and keep its front
    /// matter: then no other page's facts change. Each fact's places stay in the order a whole
    /// site's gathering gives them (``precedes(_:_:)``).
    mutating func replacePage(_ index: Int, old: Page, new: Page) {
        for key in Set(places(of: old, at: index).map(\.0)) {
            facts[key]?.removeAll { $0.page == Int32(index) }
            if facts[key]?.isEmpty == true { facts[key] = nil }
        }
        for (key, place) in places(of: new, at: index) {
            let position = facts[key]?.firstIndex { !Self.precedes($0, place) } ?? facts[key]?.count ?? 0
            facts[key, default: []].insert(place, at: position)
        }
    }

    /// The order of a fact's places when a whole site is gathered: matrix cells before key → value
    /// rows, then page, table, criterion (or row) and option.
    static func precedes(_ a: FactPlace, _ b: FactPlace) -> Bool {
        ((a.option < 0 ? 1 : 0), a.page, a.table, a.criterion, a.option) < ((b.option < 0 ? 1 : 0), b.page, b.table, b.criterion, b.option)
    }
}
