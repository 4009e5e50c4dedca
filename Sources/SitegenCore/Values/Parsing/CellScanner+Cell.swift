extension CellScanner {
    /// The whole cell as one quantity or a sum of quantities; nil when it is not a value.
    mutating func scanCell() -> CellValue? {
        var terms: [Quantity] = []
        while true {
            guard let term = scanTerm() else { return nil }
            terms.append(term)
            skipSpaces()
            if atEnd { break }
            guard take(Lexicon.sumSeparators) != nil else { return nil }
        }
        if terms.count == 1 { return .quantity(terms[0]) }
        return CellScanner.sum(terms)
    }

    /// Terms of one kind (not plain numbers) whose named units agree, all on one basis (per seat …).
    static func sum(_ terms: [Quantity]) -> CellValue? {
        guard let kind = terms.first?.kind, kind != .number,
              terms.allSatisfy({ $0.kind == kind && $0.unit != "%" }) else { return nil }
        let units = Set(terms.compactMap(\.unit))
        guard units.count <= 1 else { return nil }
        let business = terms[0].isBusinessDays, basis = terms[0].basis
        guard terms.allSatisfy({ $0.isBusinessDays == business && $0.basis == basis }) else { return nil }
        return .sum(terms)
    }
}
