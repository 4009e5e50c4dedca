/// A rule's input region: one entry set per input (a hyper-rectangle in
/// Calvanese et al.'s geometric reading of decision tables).
struct Box: Hashable, Sendable {
    var sides: [EntrySet]

    var isEmpty: Bool { sides.contains { $0.isEmpty } }

    func intersection(_ other: Box) -> Box {
        Box(sides: zip(sides, other.sides).map { $0.intersection($1) })
    }

    func intersects(_ other: Box) -> Bool {
        !zip(sides, other.sides).contains { !$0.meets($1) }
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

    /// Piece-by-box steps one analysis may take (a fraction of a second; a
    /// decision table of a guide needs a few thousand). Past it the analysis
    /// gives up rather than let a hostile 16 KB table take minutes.
    static let analysisBudget = 250_000

    /// The part of `self` no box of `covering` reaches; nil when the
    /// computation would grow beyond `limit` pieces or over `analysisBudget` steps.
    func uncovered(by covering: [Box], limit: Int = 5_000) -> [Box]? {
        var budget = Self.analysisBudget
        return uncovered(by: covering, limit: limit, budget: &budget)
    }

    /// The same, taking its steps from `budget` (several calls can share one);
    /// nil when it runs out.
    func uncovered(by covering: [Box], limit: Int = 5_000, budget: inout Int) -> [Box]? {
        var remaining = [self]
        for box in covering {
            budget -= remaining.count
            if budget < 0 { return nil }
            remaining = remaining.flatMap { $0.subtracting(box) }
            if remaining.isEmpty { return [] }
            if remaining.count > limit { return nil }
        }
        return remaining
    }
}
