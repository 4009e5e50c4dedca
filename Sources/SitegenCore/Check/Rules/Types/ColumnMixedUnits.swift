/// A column (or matrix criterion) whose values are measured in different units or dimensions.
public struct ColumnMixedUnits: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TYP003", name: "column-mixed-units", severity: .warning, category: .types,
        summary: "one column mixes units, or quantities of different kinds (an error)",
        doc: """
            Values in one column (in a matrix: one criterion) are compared with each other, so they \
            must measure the same thing. When at least two values of a column are of one kind and \
            another value is of a different kind (`3天` among counts such as `3次`), the odd value \
            cannot be compared at all: an error. Counts or rates with a different unit word \
            (`2次/日` among `3张/日` values) are a warning, since they compare only if the units mean \
            the same; so are values per seat among values that are not (`$100/month` among \
            `$10/user/month` prices: which is cheaper depends on the number of seats; in any \
            column, typed or not, unless its schema field declares `per:`: then cell-constraint \
            holds each cell to it), and likewise values per GB, per host, per request or per token \
            among values on another basis (`$5/host/month` among `$0.02/GB/month`); so are amounts of money in another currency (`$5` among `元` prices, or with \
            one amount in each of two currencies the second), which compare only at an exchange \
            rate. Units of time (`分钟`, `天`) may be mixed freely. \
            Columns holding prose are skipped, and columns with a declared type are checked by \
            cell-type-mismatch instead (a `money` column still for its currencies, unless its schema \
            names one: then cell-constraint holds every cell to it). \
            The value column of a key → value table on an option's page is skipped too (two columns, \
            `option:` in the front matter): each row is a different criterion, and fact-conflict \
            compares each value with the criterion's other statements.
            """,
        badExample: "| 方式 | 限额 |\n|---|---|\n| 借记卡 | 5张/日 |\n| 信用卡 | 3张/日 |\n| 境外卡 | 7天 |\n",
        goodExample: "| 方式 | 限额 |\n|---|---|\n| 借记卡 | 5张/日 |\n| 信用卡 | 3张/日 |\n| 境外卡 | 1张/周 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // A key → value table's rows are different criteria of one option: nothing to compare.
        for table in context.page.tables where !context.page.isKeyValueTable(table) {
            let typed = context.typedCells[table.index]
            for group in table.valueGroups(typed) {
                // The group's cells as they are in `typed` (read in place, not copied).
                let cells = group.cells.filter { !typed[$0].isMissing }
                // Values per seat (GB, host …) among values that are not (whatever the column's declared type,
                // unless it declares their basis: then cell-constraint holds each cell to it).
                if cells.contains(where: { typed[$0].cell.value.basis != .whole }),
                   !cells.allSatisfy({ typed[$0].fieldDeclaresBasis }) {
                    found += mixedBases(group.name, cells.map { typed[$0].cell }, page: context.page)
                }
                // Typed columns are cell-type-mismatch's (but for the currencies of a money column
                // whose schema names none: cell-constraint holds cells to a declared one);
                // a column with prose in it is not a measure.
                let isMoney = cells.allSatisfy { typed[$0].fieldType == .money && !typed[$0].fieldDeclaresUnit }
                guard isMoney || cells.allSatisfy({ typed[$0].fieldType == nil || typed[$0].fieldType == .any }),
                      cells.allSatisfy({ Self.dimension(typed[$0].cell.value) != nil || typed[$0].cell.value.isUnlimited
                          || typed[$0].cell.value.isFree })
                else { continue }
                // Most columns measure one kind in one unit word: nothing to find, told without copying their cells.
                guard !Self.isUniform(cells, in: typed) else { continue }
                if !isMoney { found += mixedDimensions(group.name, cells.map { typed[$0].cell }, page: context.page) }
                found += mixedUnits(group.name, cells.map { typed[$0].cell }, page: context.page)
            }
        }
        return found
    }

    /// Cells whose kind of quantity differs from the column's usual one.
    func mixedDimensions(_ name: String, _ cells: [TableCell], page: Page) -> [Diagnostic] {
        let measured = cells.compactMap { cell in Self.dimension(cell.value).map { (cell, $0) } }
        guard let usual = Majority.usual(measured.map(\.1)) else { return [] }
        // A plain number among prices (`0`, `120`) is an amount in the column's currency.
        func fits(_ cell: TableCell, _ dimension: ValueDimension) -> Bool {
            dimension == usual || (usual == .money && cell.value.dimension == .number && cell.value.unit == nil)
        }
        return measured.filter { !fits($0.0, $0.1) }.map { cell, dimension in
            var diagnostic = descriptor.diagnostic(
                file: page.file, range: page.contentRange(of: cell),
                message: "'\(cell.text)' is \(dimension.phrase()) but the other values of '\(name)' are \(usual.phrase(plural: true))",
                hint: "state every value of '\(name)' as \(usual.phrase()), or move this one to its own column")
            diagnostic.severity = .error
            return diagnostic
        }
    }

    /// Values per seat (`$10/user/month`) among values that are not (`$100/month`), or the other way
    /// round, or values per GB among values per host: they never compare (which is cheaper depends
    /// on the number of seats). Each value on a rarer basis is reported; with no usual basis, those
    /// on another basis than the first value.
    func mixedBases(_ name: String, _ cells: [TableCell], page: Page) -> [Diagnostic] {
        let measured = cells.filter { Self.dimension($0.value) != nil }
        guard let first = measured.first, measured.contains(where: { $0.value.basis != first.value.basis })
        else { return [] }
        let usual = Majority.usual(measured.map(\.value.basis)) ?? first.value.basis
        let isFirst = Majority.usual(measured.map(\.value.basis)) == nil
        return measured.filter { $0.value.basis != usual }.map { cell in
            let others = isFirst ? "'\(first.text)', the first value of '\(name)'," : "the other values of '\(name)'"
            let (this, that) = cell.value.basis.contrast(with: usual, plural: !isFirst)
            return descriptor.diagnostic(
                file: page.file, range: page.contentRange(of: cell), message: "'\(cell.text)' \(this) but \(others) \(that)",
                hint: Self.basisHint(name, cell.value.basis, usual))
        }
    }

    /// What to do about a value on `basis` among values on `usual`.
    static func basisHint(_ name: String, _ basis: QuantityBasis, _ usual: QuantityBasis) -> String {
        guard basis != .whole, usual != .whole else {
            let varying = usual == .whole ? basis : usual
            let whole = varying == .seat ? "a price for the whole team" : "a value not \(varying.phrase)"
            return "state every value of '\(name)' \(varying.phrase) or none: the two compare only for "
                + "\(varying.quantityPhrase) (\(whole) can go in its own column or in the text)"
        }
        return "state every value of '\(name)' \(usual.phrase): a value \(basis.phrase) compares with them only for "
            + "\(basis.quantityPhrase) and \(usual.quantityPhrase) (it can go in its own column or in the text)"
    }

    /// Counts, rates or amounts of money whose unit word or currency differs from the column's usual one.
    func mixedUnits(_ name: String, _ cells: [TableCell], page: Page) -> [Diagnostic] {
        let counted = cells.compactMap { cell -> (TableCell, String)? in
            guard let dimension = Self.dimension(cell.value), Self.hasUnitWord(dimension),
                  let unit = cell.value.unit, unit != "%" else { return nil }
            return (cell, unit)
        }
        let dimensions = Set(counted.compactMap { Self.dimension($0.0.value) })
        guard dimensions.count == 1 else { return [] }
        guard let usual = Majority.usual(counted.map(\.1)) else { return tiedCurrencies(name, counted, page: page) }
        return counted.filter { $0.1 != usual }.map { cell, unit in
            if Lexicon.currencyCodes.contains(unit) && Lexicon.currencyCodes.contains(usual) {
                return descriptor.diagnostic(
                    file: page.file, range: page.contentRange(of: cell),
                    message: "'\(cell.text)' is in \(unit) but the other values of '\(name)' are in \(usual)",
                    hint: "state every value of '\(name)' in \(usual) (the \(unit) amount can follow in parentheses or the text)")
            }
            return descriptor.diagnostic(
                file: page.file, range: page.contentRange(of: cell),
                message: "'\(cell.text)' \(Self.measures(unit)) but the other values of '\(name)' \(Self.measures(usual, plural: true))",
                hint: "use one unit word for the whole column, or explain the difference in the text")
        }
    }

    /// What a count or rate measures, for messages: `counts 次`, `is in USD`, `is a data rate`
    /// (rates of bytes: `100 Mbps`, `1 TB/month`).
    static func measures(_ unit: String, plural: Bool = false) -> String {
        if unit == Quantity.byteUnit { return plural ? "are data rates" : "is a data rate" }
        if Lexicon.currencyCodes.contains(unit) { return (plural ? "are in " : "is in ") + unit }
        return (plural ? "count " : "counts ") + unit
    }

    /// Amounts in currencies none of which is the usual one (`$5` and `300元`, one each): unlike unit
    /// words, two currencies never compare, so each value in another currency than the column's
    /// first is reported.
    func tiedCurrencies(_ name: String, _ counted: [(TableCell, String)], page: Page) -> [Diagnostic] {
        guard let (firstCell, first) = counted.first, counted.allSatisfy({ Lexicon.currencyCodes.contains($0.1) }),
              counted.contains(where: { $0.1 != first }) else { return [] }
        return counted.filter { $0.1 != first }.map { cell, unit in
            descriptor.diagnostic(
                file: page.file, range: page.contentRange(of: cell),
                message: "'\(cell.text)' is in \(unit) but '\(firstCell.text)', the first value of '\(name)', is in \(first)",
                hint: "state every value of '\(name)' in one currency: amounts in two never compare")
        }
    }

    /// Kinds whose values name what they count or the currency they are in.
    static func hasUnitWord(_ dimension: ValueDimension) -> Bool {
        dimension == .count || dimension == .rate || dimension == .money
    }

    /// Whether the values of `cells` (positions in `typed`) share one kind of quantity, and their
    /// counts and rates one unit word: then neither ``mixedDimensions(_:_:page:)`` nor
    /// ``mixedUnits(_:_:page:)`` finds anything.
    static func isUniform(_ cells: [Int], in typed: [TypedCell]) -> Bool {
        var kind: ValueDimension?
        var unit: String?
        var basis: QuantityBasis?
        for index in cells {
            guard let dimension = dimension(typed[index].cell.value) else { continue }
            if let kind, kind != dimension { return false }
            kind = dimension
            let valueBasis = typed[index].cell.value.basis
            if let basis, basis != valueBasis { return false }
            basis = valueBasis
            guard hasUnitWord(dimension), let word = typed[index].cell.value.unit, word != "%" else { continue }
            if let unit, unit != word { return false }
            unit = word
        }
        return true
    }

    /// The kind of quantity a value measures; plain numbers count as counts, other values
    /// have none. Free of charge has none either: it fits prices and prices per period alike.
    static func dimension(_ value: CellValue) -> ValueDimension? {
        if value.isFree { return nil }
        switch value.dimension {
        case .number, .count: return .count
        case .duration: return .duration
        case .rate: return .rate
        case .money: return .money
        case .size: return .size
        default: return nil
        }
    }
}
