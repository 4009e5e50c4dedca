/// The usual one among values that should all agree (the unit words of a column, the kinds of a
/// decision input's entries): the value held by at least two and by more than any other, when
/// there is another; nil when all agree or none leads, so there is no norm to hold the others to.
enum Majority {
    static func usual<T: Hashable>(_ items: [T]) -> T? {
        var counts: [T: Int] = [:]
        for item in items { counts[item, default: 0] += 1 }
        guard counts.count > 1 else { return nil }
        let ranked = counts.sorted { $0.value > $1.value }
        return ranked[0].value >= 2 && ranked[0].value > ranked[1].value ? ranked[0].key : nil
    }

    /// What all values agree on, or what most of them do (``usual(_:)``); nil for none.
    static func norm<T: Hashable>(_ values: [T]) -> T? {
        guard let first = values.first else { return nil }
        return values.allSatisfy { $0 == first } ? first : usual(values)
    }
}
