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

    /// `!intersection(other).isEmpty`, without building it.
    func meets(_ other: CategorySet) -> Bool {
        switch (negated, other.negated) {
        case (false, false): return !values.isDisjoint(with: other.values)
        case (false, true): return !values.isSubset(of: other.values)
        case (true, false): return !other.values.isSubset(of: values)
        case (true, true): return true
        }
    }

    func union(_ other: CategorySet) -> CategorySet {
        complement.intersection(other.complement).complement
    }

    func subtracting(_ other: CategorySet) -> CategorySet { intersection(other.complement) }
}
