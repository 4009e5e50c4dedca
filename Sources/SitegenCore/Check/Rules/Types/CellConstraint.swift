/// A cell that breaks a constraint of its schema field.
public struct CellConstraint: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "TYP002", name: "cell-constraint", severity: .error, category: .types,
        summary: "a cell breaks a constraint of its schema field (required, enum, pattern, range, length, unit, per)",
        doc: """
            Schema fields can constrain their values as in Frictionless Table Schema: `required` \
            (no empty cell), `enum` or ordered `categories` (one of the listed values), `pattern` (a \
            regular expression the whole text must match), `minimum` / `maximum` (for counts and \
            numbers in their unit, for durations in seconds, for rates per second) and `minLength` / \
            `maxLength` (characters); a bound written as a value holds only cells in its currency, \
            and per seat only if it is (`maximum: $20/user/month`). A field's `unit` is one too: a count or rate in another unit \
            word (`3次` where the unit is `张`), or an amount of money in another currency (`$5` \
            where it is `CNY` or `元`); so is its `per` (`per: seat`, `per: GB`, `host`, `request`, \
            `token` or `whole`: `$100/month` where the field is per seat). The rule reports each cell that breaks one, with the allowed \
            values, bounds or unit.
            """,
        badExample: "<!-- sitegen:table {schema: {fields: [{name: 恢复, type: category, categories: [不可恢复, 可恢复]}]}} -->\n| 方式 | 恢复 |\n|---|---|\n| 注销账户 | 不能恢复 |\n",
        goodExample: "<!-- sitegen:table {schema: {fields: [{name: 恢复, type: category, categories: [不可恢复, 可恢复]}]}} -->\n| 方式 | 恢复 |\n|---|---|\n| 注销账户 | 不可恢复 |\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.page.tables.flatMap { table in
            let cells = context.typedCells[table.index]
            return cells.indices.compactMap { index -> Diagnostic? in  // read in place (a loop over the cells copied each)
                // (Most fields constrain nothing: told before the field and the cell are copied out.)
                guard cells[index].fieldLimitsCells, let field = cells[index].field,
                      let problem = problem(cells[index].cell, field: field, table: table)
                else { return nil }
                return descriptor.diagnostic(
                    file: context.file, range: context.page.contentRange(of: cells[index].cell) ?? cells[index].rowRange,
                    message: problem.message, hint: problem.hint)
            }
        }
    }

    func problem(_ cell: TableCell, field: FieldSchema, table: DecisionTable) -> (message: String, hint: String)? {
        let text = cell.text
        let constraints = field.constraints
        if table.isMissing(text) {
            guard constraints.required else { return nil }
            return ("'\(field.name)' is required but this cell is empty", "fill in a value")
        }
        if let allowed = constraints.enumValues, !allowed.contains(text) {
            let suggestion = Suggestion.hint(for: text, in: allowed).map { $0 + " " } ?? ""
            return ("'\(text)' is not one of the values allowed for '\(field.name)'",
                    "\(suggestion)allowed: \(allowed.joined(separator: ", "))")
        }
        if let pattern = constraints.pattern {
            guard let regex = try? Regex(pattern) else {
                return ("the pattern of '\(field.name)' is not a valid regular expression: \(pattern)", "fix the schema")
            }
            if (try? regex.wholeMatch(in: text)) == nil {
                return ("'\(text)' does not match the pattern of '\(field.name)' (\(pattern))", "write the value in the expected form")
            }
        }
        if let value = constraints.minimumValue, let written = constraints.minimumText,
           let problem = Self.boundMismatch(cell, bound: value.value, written: written, name: "the minimum of '\(field.name)'") {
            return problem
        }
        if let value = constraints.maximumValue, let written = constraints.maximumText,
           let problem = Self.boundMismatch(cell, bound: value.value, written: written, name: "the maximum of '\(field.name)'") {
            return problem
        }
        // (Settled: `$10/TB` is not above `maximum: $0.01/GB` for a difference in the last bit.)
        if let minimum = constraints.minimum, let bounds = cell.value.canonical,
           NumericInterval.settled(bounds.lower) < NumericInterval.settled(minimum) {
            let written = constraints.minimumText ?? Self.number(minimum) + Self.unit(field)
            return ("'\(text)' is below the minimum of '\(field.name)' (\(written))", "use a value of at least \(written)")
        }
        if let maximum = constraints.maximum, let bounds = cell.value.canonical,
           NumericInterval.settled(bounds.upper) > NumericInterval.settled(maximum) {
            let written = constraints.maximumText ?? Self.number(maximum) + Self.unit(field)
            return ("'\(text)' is above the maximum of '\(field.name)' (\(written))", "use a value of at most \(written)")
        }
        if let problem = unitProblem(cell, field: field) { return problem }
        if let problem = basisProblem(cell, field: field) { return problem }
        if let minLength = constraints.minLength, text.count < minLength {
            return ("'\(text)' is shorter than \(minLength) characters, the minimum for '\(field.name)'", "write a longer value")
        }
        if let maxLength = constraints.maxLength, text.count > maxLength {
            return ("'\(text)' is longer than \(maxLength) characters, the maximum for '\(field.name)'", "shorten the value")
        }
        return nil
    }

    /// A cell whose amount cannot be held to a bound written as a value: in another currency (`$60`
    /// against `maximum: 300元`), or per seat against a bound that is not (`$100/month` against
    /// `maximum: $20/user/month`), or the other way round, or on another basis (per GB against per
    /// host). Plain numbers and free fit any bound.
    static func boundMismatch(_ cell: TableCell, bound: CellValue, written: String, name: String) -> (message: String, hint: String)? {
        guard let unit = cell.value.unit, !cell.value.isFree, !bound.isFree else { return nil }
        if let code = bound.unit, Lexicon.currencyCodes.contains(code), Lexicon.currencyCodes.contains(unit), unit != code {
            return ("'\(cell.text)' is in \(unit) but \(name) (\(written)) is in \(code)", "state the amount in \(code)")
        }
        guard bound.dimension == cell.value.dimension, bound.basis != cell.value.basis else { return nil }
        let (cellIs, boundIs) = cell.value.basis.contrast(with: bound.basis, plural: false)
        return ("'\(cell.text)' \(cellIs) but \(name) (\(written)) \(boundIs)",
                "state the value \(bound.basis == .whole ? "for everyone" : bound.basis.phrase), as the bound is")
    }

    /// A value on another basis than the field's `per:` (`$100/month` where the field is per seat).
    /// Free and plain numbers fit any basis.
    func basisProblem(_ cell: TableCell, field: FieldSchema) -> (message: String, hint: String)? {
        guard let declared = field.per, cell.value.hasTerms, !cell.value.isFree,
              cell.value.unit != nil || cell.value.basis != .whole, cell.value.basis != declared else { return nil }
        let (cellIs, fieldIs) = cell.value.basis.contrast(with: declared, plural: false)
        let stated = declared == .whole ? "for everyone" : declared.phrase
        return ("'\(cell.text)' \(cellIs) but '\(field.name)' \(fieldIs) (per: \(declared == .whole ? "whole" : declared.display(for: 1).phrase))",
                "state the value \(stated), as the field is")
    }

    /// A count, rate or amount of money written in another unit word or currency than the field's `unit`.
    func unitProblem(_ cell: TableCell, field: FieldSchema) -> (message: String, hint: String)? {
        guard let declared = field.unit?.trimmingWhitespace(), !declared.isEmpty,
              field.type == .count || field.type == .rate || field.type == .money,
              let written = cell.value.unit, written != "%" else { return nil }
        if let code = Lexicon.currencyCode(declared) {
            guard written != code else { return nil }
            let what = Lexicon.currencyCodes.contains(written) ? "is in \(written)" : "counts \(written)"
            return ("'\(cell.text)' \(what) but '\(field.name)' is in \(code) (the unit of its schema)",
                    "state the amount in \(code)")
        }
        if Lexicon.isDataUnit(declared) {  // `unit: GB` for `1 TB/month`: any unit of data converts
            guard written != Quantity.byteUnit else { return nil }
            return ("'\(cell.text)' counts \(written) but '\(field.name)' is in \(declared) (the unit of its schema)",
                    "write the value in \(declared), or change the schema's unit")
        }
        guard written.lowercased() != CellScanner.singular(declared).lowercased(), written != declared else { return nil }
        if written == Quantity.byteUnit {
            return ("'\(cell.text)' is a data rate but '\(field.name)' counts \(declared) (the unit of its schema)",
                    "write the value in \(declared), or change the schema's unit")
        }
        return ("'\(cell.text)' counts \(written) but '\(field.name)' counts \(declared) (the unit of its schema)",
                "write the value in \(declared), or change the schema's unit")
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// The canonical unit bounds are written in.
    static func unit(_ field: FieldSchema) -> String {
        switch field.type {
        case .duration: return " s"
        case .rate: return " per second"
        case .size: return " bytes"
        default: return field.unit.map { " \($0)" } ?? ""
        }
    }
}
