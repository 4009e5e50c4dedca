import Foundation

/// An interval of the real line with open or closed ends (infinite ends are open).
struct NumericInterval: Hashable, Sendable {
    var lower: Double
    var lowerClosed: Bool
    var upper: Double
    var upperClosed: Bool

    static let all = NumericInterval(lower: -.infinity, lowerClosed: false, upper: .infinity, upperClosed: false)

    /// `value` to twelve significant digits. Canonical numbers reach one meaning by several roads
    /// (`$120/year` and `$10/month`, `$10/TB` and `$0.01/GB` differ in their last bit), and entries
    /// and tests compare exactly: both sides are settled first, so equal meanings are equal numbers.
    static func settled(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let scale = pow(10.0, Double(11 - Int(floor(log10(abs(value))))))
        let scaled = value * scale
        guard scale.isFinite, scale > 0, scaled.isFinite else { return value }
        return scaled.rounded() / scale
    }

    static func point(_ value: Double) -> NumericInterval {
        NumericInterval(lower: value, lowerClosed: true, upper: value, upperClosed: true)
    }

    var isEmpty: Bool {
        lower > upper || (lower == upper && !(lowerClosed && upperClosed && lower.isFinite))
    }

    func intersection(_ other: NumericInterval) -> NumericInterval {
        var result = self
        if other.lower > lower || (other.lower == lower && !other.lowerClosed) {
            result.lower = other.lower
            result.lowerClosed = other.lowerClosed
        }
        if other.upper < upper || (other.upper == upper && !other.upperClosed) {
            result.upper = other.upper
            result.upperClosed = other.upperClosed
        }
        return result
    }

    /// Whether the interval holds a whole number.
    var containsInteger: Bool {
        guard !isEmpty else { return false }
        if !lower.isFinite || !upper.isFinite { return true }
        var first = lower.rounded(.up)
        if first == lower, !lowerClosed { first += 1 }
        return first < upper || (first == upper && upperClosed)
    }
}

/// A union of disjoint intervals, kept sorted: the values a numeric input
/// entry matches (`[1..5]`, `<3, >10`, `not(4)`).
struct NumericSet: Hashable, Sendable {
    private(set) var intervals: [NumericInterval]

    init(_ intervals: [NumericInterval]) {
        self.intervals = Self.normalize(intervals)
    }

    static let all = NumericSet([.all])
    static let empty = NumericSet([])

    var isEmpty: Bool { intervals.isEmpty }

    func intersection(_ other: NumericSet) -> NumericSet {
        NumericSet(intervals.flatMap { a in other.intervals.map { a.intersection($0) } })
    }

    func union(_ other: NumericSet) -> NumericSet { NumericSet(intervals + other.intervals) }

    var complement: NumericSet {
        var result: [NumericInterval] = []
        var lower = -Double.infinity
        var lowerClosed = false
        for interval in intervals {
            result.append(NumericInterval(lower: lower, lowerClosed: lowerClosed, upper: interval.lower,
                                          upperClosed: !interval.lowerClosed))
            lower = interval.upper
            lowerClosed = !interval.upperClosed
        }
        result.append(NumericInterval(lower: lower, lowerClosed: lowerClosed, upper: .infinity, upperClosed: false))
        return NumericSet(result)
    }

    func subtracting(_ other: NumericSet) -> NumericSet { intersection(other.complement) }

    /// Sorted, non-empty, with touching or overlapping intervals merged.
    static func normalize(_ intervals: [NumericInterval]) -> [NumericInterval] {
        let sorted = intervals.filter { !$0.isEmpty }.sorted {
            ($0.lower, $0.lowerClosed ? 0 : 1) < ($1.lower, $1.lowerClosed ? 0 : 1)
        }
        var result: [NumericInterval] = []
        for interval in sorted {
            guard var last = result.last else { result.append(interval); continue }
            let touches = interval.lower < last.upper || (interval.lower == last.upper && (interval.lowerClosed || last.upperClosed))
            guard touches else { result.append(interval); continue }
            if interval.upper > last.upper || (interval.upper == last.upper && interval.upperClosed) {
                last.upper = interval.upper
                last.upperClosed = interval.upperClosed
            }
            result[result.count - 1] = last
        }
        return result
    }
}
