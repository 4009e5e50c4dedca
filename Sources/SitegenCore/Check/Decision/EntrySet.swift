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

    /// Whether the two sets share a value: `!intersection(other).isEmpty`
    /// without building the intersection (pairs of rules ask this often).
    func meets(_ other: EntrySet) -> Bool {
        switch (self, other) {
        case let (.numeric(a), .numeric(b)):
            return a.intervals.contains { x in b.intervals.contains { !x.intersection($0).isEmpty } }
        case let (.category(a), .category(b)): return a.meets(b)
        default: return !isEmpty
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
