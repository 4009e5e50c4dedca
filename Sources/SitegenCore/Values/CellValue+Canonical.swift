extension CellValue {
    /// The dimension of the value. `.empty` and `.unlimited` report `.none`;
    /// use `isCompatible(with:)` to check a value against a column's dimension.
    public var dimension: ValueDimension {
        switch self {
        case .empty, .unlimited: return .none
        case .text: return .text
        case .boolean: return .boolean
        case .quantity(let q): return q.kind.dimension
        case .sum(let terms): return terms.first?.kind.dimension ?? .none
        }
    }

    /// Canonical bounds (seconds, per-second, items), nil for text and empty.
    /// Booleans are 0…0 / 1…1, unlimited is +∞…+∞, instant is 0…0, a sum is
    /// the sum of its terms' bounds.
    public var canonical: Interval? {
        switch self {
        case .empty, .text: return nil
        case .boolean(let b): return Interval(exactly: b ? 1 : 0)
        case .unlimited: return Interval(exactly: .infinity)
        case .quantity(let q): return q.interval
        case .sum(let terms):
            var total = Interval(exactly: 0)
            for term in terms {
                total.lower += term.interval.lower
                total.upper += term.interval.upper
            }
            return total
        }
    }

    /// The value a table sorts by: the canonical lower bound (+∞ for unlimited,
    /// 0 for `at most` values, nil for text and empty).
    public var sortValue: Double? { canonical?.lower }

    /// Same meaning after normalisation (`5-10分钟` ≡ `5~10 min` ≡ `五到十分钟`).
    ///
    /// Quantities compare by dimension, business-day flag, basis (per seat, per GB …), unit and canonical
    /// interval (relative tolerance 1e-9); approximation (`约15分钟` ≡ `15分钟`),
    /// labels and the written unit of time do not matter, so `3张/日` ≡ `21张/周`.
    /// Texts compare after case-folding, full-width folding and whitespace collapsing.
    public func isEquivalent(to other: CellValue) -> Bool {
        switch (self, other) {
        case (.empty, .empty), (.unlimited, .unlimited): return true
        case let (.boolean(a), .boolean(b)): return a == b
        case let (.text(a), .text(b)):
            // The same bytes fold the same (most facts restate the same text): no keys needed.
            return a.utf8.elementsEqual(b.utf8) || ScannedText.comparisonKey(a) == ScannedText.comparisonKey(b)
        case (.quantity, .quantity), (.quantity, .sum), (.sum, .quantity), (.sum, .sum):
            guard dimension == other.dimension, isBusinessDays == other.isBusinessDays, basis == other.basis,
                  Quantity.unitsMatch(unit, other.unit),
                  let a = canonical, let b = other.canonical else { return false }
            return a.isClose(to: b)
        default: return false
        }
    }

    /// True when the value may appear in a column of the given dimension:
    /// the same dimension, `.empty` anywhere, and `.unlimited` in count, number,
    /// duration and rate columns.
    public func isCompatible(with dimension: ValueDimension) -> Bool {
        switch self {
        case .empty: return true
        case .unlimited: return [.count, .number, .duration, .rate, .none].contains(dimension)
        default: return self.dimension == dimension
        }
    }

    /// The quantities of the value: one for `.quantity`, the terms of a `.sum`, none otherwise.
    public var terms: [Quantity] {
        switch self {
        case .quantity(let q): return [q]
        case .sum(let terms): return terms
        default: return []
        }
    }

    /// Whether the value has quantities (`terms` is not empty), without making the array.
    public var hasTerms: Bool {
        switch self {
        case .quantity: return true
        case .sum(let terms): return !terms.isEmpty
        default: return false
        }
    }

    /// The single quantity of a `.quantity` value.
    public var quantity: Quantity? {
        if case .quantity(let q) = self { return q }
        return nil
    }

    public var isUnlimited: Bool { self == .unlimited }
    public var isBoolean: Bool {
        if case .boolean = self { return true }
        return false
    }
    /// Free of charge (`免费`, `free`): an amount of 0 in no currency, so it fits amounts in
    /// any currency and money per any period.
    public var isFree: Bool {
        guard case .quantity(let q) = self else { return false }
        return q.kind == .money && q.unit == nil && q.bound == .exact && q.interval == Interval(exactly: 0)
    }
    public var isEmpty: Bool { self == .empty }
    /// Any term is approximate (`约`, `左右`, `about`, `~`).
    public var isApproximate: Bool { terms.contains { $0.isApproximate } }
    /// Any term was written as an inverted range (`10-5分钟`).
    public var isInverted: Bool { terms.contains { $0.isInverted } }
    /// Any term counts business days (`3-7个工作日`).
    public var isBusinessDays: Bool {
        switch self {  // (not through `terms`: a one-element array for a quantity, asked of every fact compared)
        case .quantity(let q): return q.isBusinessDays
        case .sum(let terms): return terms.contains { $0.isBusinessDays }
        default: return false
        }
    }
    /// What the value is for (`$10/user/month`: a seat; `$0.023/GB/month`: a unit of data); the
    /// terms of a sum share theirs. `.whole` for values that are no quantity.
    public var basis: QuantityBasis {
        switch self {
        case .quantity(let q): return q.basis
        case .sum(let terms): return terms.first?.basis ?? .whole
        default: return .whole
        }
    }
    /// Written as an instant (`即时生效`, `immediately`).
    public var isInstant: Bool { !terms.isEmpty && terms.allSatisfy { $0.isInstant } }
    /// The labels of the terms, in order (`["申请", "冻结"]`).
    public var labels: [String] { terms.compactMap(\.label) }

    /// The unit word of a count or rate (`张`, `次`, `种`, `item`), `%` for
    /// percentages; for a sum, the unit shared by all terms that name one.
    public var unit: String? {
        switch self {
        case .quantity(let q): return q.unit
        case .sum(let terms): return Self.sharedUnit(of: terms)
        default: return nil
        }
    }

    private static func sharedUnit(of terms: [Quantity]) -> String? {
        var found: String?
        for term in terms {
            guard let u = term.unit else { continue }
            if let f = found, f != u { return nil }
            found = u
        }
        return found
    }

    /// The boolean of a `.boolean` value.
    public var boolValue: Bool? {
        if case .boolean(let b) = self { return b }
        return nil
    }

    /// The text of a `.text` value.
    public var textValue: String? {
        if case .text(let t) = self { return t }
        return nil
    }
}
