extension MatrixConstraint {
    /// The options (positions in `matrix.options`) the constraint rules out: those it names in
    /// `excludes`, and those whose value fails one of its `requires` tests. A test passes only
    /// when the whole value does (`2-4 hours` fails `<= 3 hours`; `unlimited` passes `>= 12 per
    /// day`); an empty cell, or text where the test is numeric, fails (nothing says it passes).
    /// A test on a criterion the matrix does not have rules nothing out (table-annotation-invalid
    /// reports it).
    func excludedOptions(in matrix: Matrix) -> [Int] {
        let named = Set(excludes.map(NameKey.key))
        let tests = requires.compactMap { requirement -> (criterion: Int, item: EntryParser.Item)? in
            matrix.criterionIndex(named: requirement.criterion).map { ($0, EntryParser.parse(requirement.test, numbers: matrix.numbers)) }
        }
        return matrix.options.indices.filter { option in
            named.contains(NameKey.key(matrix.options[option].name))
                || tests.contains { !Self.passes(matrix.criteria[$0.criterion].values[option], $0.item) }
        }
    }

    /// Whether a cell's value passes a test in the grammar of decision-table entries.
    static func passes(_ cell: TableCell, _ test: EntryParser.Item) -> Bool {
        switch test {
        case .any:
            return true
        case .numeric(let set):
            guard let bounds = cell.value.canonical, !bounds.isInverted else { return false }
            let lower = NumericInterval.settled(bounds.lower), upper = NumericInterval.settled(bounds.upper)
            return set.intervals.contains { $0.holds(lower) && $0.holds(upper) }
        case .text(let values, let negated):
            guard !cell.value.isEmpty else { return false }
            return values.contains(EntryParser.textKey(cell.text)) != negated
        }
    }
}

extension NumericInterval {
    /// Whether the interval holds `value`; an interval reaching an infinity holds that infinity
    /// (an unlimited value passes `>= 12`).
    func holds(_ value: Double) -> Bool {
        if value == .infinity { return upper == .infinity }
        if value == -.infinity { return lower == -.infinity }
        return (lowerClosed ? value >= lower : value > lower) && (upperClosed ? value <= upper : value < upper)
    }
}

extension Matrix {
    /// The position of the criterion called `name` (or whose schema field is called or aliased so),
    /// compared as name keys (case, width and spacing folded).
    func criterionIndex(named name: String) -> Int? {
        let key = NameKey.key(name)
        return criteria.firstIndex { criterion in
            NameKey.key(criterion.name) == key
                || criterion.field.map { field in ([field.name] + field.aliases).contains { NameKey.key($0) == key } } == true
        }
    }
}
