extension DecisionModel {
    /// Entry problems of numeric inputs whose entries measure different things (see ``EntryMeasure``):
    /// the input's norm is its declared type and currency (`type: duration`, `unit: 元`), else what
    /// most of its entries measure. An entry of another kind or currency, per seat among entries that
    /// are not (or the other way round), or a plain number among
    /// durations or rates (read as seconds, or events per second), is reported; its table is then
    /// not analysed for gaps and overlaps, which would compare numbers that do not compare.
    func measureProblems(ruleRows: [Int]) -> [EntryProblem] {
        inputs.flatMap { input -> [EntryProblem] in
            guard input.isNumeric else { return [] }
            let cells = ruleRows.compactMap { table.rows[$0].cell(input.column) }
            let measures = cells.map { EntryMeasure.measures(of: $0.text, numbers: table.numbers) }
            let field = table.schema?.field(named: input.name)
            let declared = field.flatMap { Self.dimension(of: $0.type) }
            let kinds = measures.flatMap { $0 }.filter { !$0.isPlain }.map(\.dimension)
            guard let kind = declared ?? Majority.norm(kinds) else { return [] }
            let currencies = measures.flatMap { $0 }.filter { $0.dimension == kind }.compactMap(\.unit)
            let declaredCurrency = field?.unit.flatMap(Lexicon.currencyCode)
            let currency = declaredCurrency ?? Majority.norm(currencies)
            let basis = Majority.norm(measures.flatMap { $0 }.filter { $0.dimension == kind }.map(\.basis))
            let otherEntries = "the other entries of input '\(input.name)'"
            let others = otherEntries + " are"
            let whose = declared == nil ? others : "input '\(input.name)' is declared"
            let currencyOwner = declaredCurrency == nil ? others : "input '\(input.name)' is"
            return zip(cells, measures).compactMap { cell, measures -> EntryProblem? in
                for measure in measures {
                    if measure.isPlain {
                        guard kind == .duration || kind == .rate else { continue }
                        return EntryProblem(cell: cell, problem: DecisionProblem(
                            message: "'\(cell.text)' has no unit, but \(whose) \(kind.phrase(plural: declared == nil)): "
                                + "its number would be read as \(kind == .duration ? "seconds" : "events per second")",
                            hint: "write the unit, e.g. \(kind == .duration ? "10分钟 or 10 min" : "3次/日 or 3 per day")"))
                    }
                    if measure.dimension != kind {
                        return EntryProblem(cell: cell, problem: DecisionProblem(
                            message: "'\(cell.text)' is \(measure.dimension.phrase()), but \(whose) \(kind.phrase(plural: declared == nil))",
                            hint: "write every entry of '\(input.name)' as \(kind.phrase())"))
                    }
                    if let currency, let unit = measure.unit, unit != "%", unit != currency {
                        return EntryProblem(cell: cell, problem: DecisionProblem(
                            message: "'\(cell.text)' is in \(unit), but \(currencyOwner) in \(currency)",
                            hint: "state every amount of '\(input.name)' in \(currency)"))
                    }
                    if let basis, measure.dimension == kind, measure.basis != basis {
                        let (this, that) = measure.basis.contrast(with: basis, plural: true)
                        let varying = basis == .whole ? measure.basis : basis
                        return EntryProblem(cell: cell, problem: DecisionProblem(
                            message: "'\(cell.text)' \(this), but \(otherEntries) \(that)",
                            hint: "state every entry of '\(input.name)' on one basis: values \(varying.phrase) and others "
                                + "compare only for \(varying.quantityPhrase)"))
                    }
                }
                return nil
            }
        }
    }

    /// The kind a declared type measures (nil for types without one).
    static func dimension(of type: ValueType) -> ValueDimension? {
        switch type {
        case .count: return .count
        case .duration: return .duration
        case .rate: return .rate
        case .money: return .money
        case .size: return .size
        default: return nil
        }
    }
}
