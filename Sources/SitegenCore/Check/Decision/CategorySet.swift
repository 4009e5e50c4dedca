/// A set of text values, or everything except some values (`not("a")`):
/// what a categorical input entry matches. Values are name keys.
struct CategorySet: Hashable, Sendable {
    var values: Set<String>
    /// True: every value except `values`.
    var negated: Bool

    static let all = CategorySet(values: [], negated: true)

    var isEmpty: Bool { !negated && values.isEmpty }

    var complement: CategorySet { CategorySet(values: values, negated: !negated) }

    func intersection(_ other: CategorySet) -> CategorySet {
        switch (negated, other.negated) {
        case (false, false): return CategorySet(values: values.intersection(other.values), negated: false)
        case (false, true): return CategorySet(values: values.subtracting(other.values), negated: false)
        case (true, false): return CategorySet(values: other.values.subtracting(values), negated: false)
        case (true, true): return CategorySet(values: values.union(other.values), negated: true)
        }
    }

    func union(_ other: CategorySet) -> CategorySet {
        complement.intersection(other.complement).complement
    }

    func subtracting(_ other: CategorySet) -> CategorySet { intersection(other.complement) }
}

/// The values one input of a rule matches: a numeric set or a category set.
enum EntrySet: Hashable, Sendable {
    case numeric(NumericSet)
    case category(CategorySet)

    var isEmpty: Bool {
        switch self {
        case .numeric(let set): return set.isEmpty
        case .category(let set): return set.isEmpty
        }
    }

    func intersection(_ other: EntrySet) -> EntrySet {
        switch (self, other) {
        case let (.numeric(a), .numeric(b)): return .numeric(a.intersection(b))
        case let (.category(a), .category(b)): return .category(a.intersection(b))
        default: return self  // mismatched kinds never meet: the entry-type rule reports them
        }
    }

    func subtracting(_ other: EntrySet) -> EntrySet {
        switch (self, other) {
        case let (.numeric(a), .numeric(b)): return .numeric(a.subtracting(b))
        case let (.category(a), .category(b)): return .category(a.subtracting(b))
        default: return self
        }
    }

    func union(_ other: EntrySet) -> EntrySet {
        switch (self, other) {
        case let (.numeric(a), .numeric(b)): return .numeric(a.union(b))
        case let (.category(a), .category(b)): return .category(a.union(b))
        default: return self
        }
    }
}

/// A rule's input region: one entry set per input (a hyper-rectangle in
/// Calvanese et al.'s geometric reading of decision tables).
struct Box: Hashable, Sendable {
    var sides: [EntrySet]

    var isEmpty: Bool { sides.contains { $0.isEmpty } }

    func intersects(_ other: Box) -> Bool {
        !zip(sides, other.sides).contains { $0.intersection($1).isEmpty }
    }

    /// Disjoint boxes covering `self` minus `other` (at most one per side).
    func subtracting(_ other: Box) -> [Box] {
        guard intersects(other) else { return [self] }
        var result: [Box] = []
        var rest = self
        for index in sides.indices {
            var piece = rest
            piece.sides[index] = rest.sides[index].subtracting(other.sides[index])
            if !piece.isEmpty { result.append(piece) }
            rest.sides[index] = rest.sides[index].intersection(other.sides[index])
        }
        return result
    }

    /// The part of `self` no box of `covering` reaches; nil when the
    /// computation would grow beyond `limit` pieces.
    func uncovered(by covering: [Box], limit: Int = 5_000) -> [Box]? {
        var remaining = [self]
        for box in covering {
            remaining = remaining.flatMap { $0.subtracting(box) }
            if remaining.isEmpty { return [] }
            if remaining.count > limit { return nil }
        }
        return remaining
    }
}
