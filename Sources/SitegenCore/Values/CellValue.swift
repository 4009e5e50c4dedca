/// A closed numeric interval in canonical units (seconds for durations,
/// events per second for rates, items for counts). `lower > upper` marks an
/// inverted range as written (`10-5分钟`); it is kept so a rule can report it.
/// Open bounds use infinities: `至少3种` is `3 … +∞`.
public struct Interval: Hashable, Sendable, Codable {
    public var lower: Double
    public var upper: Double
    public init(_ lower: Double, _ upper: Double) { self.lower = lower; self.upper = upper }
    public init(exactly value: Double) { self.init(value, value) }

    /// True when the interval was written backwards (`10-5分钟`).
    public var isInverted: Bool { lower > upper }

    /// Both bounds equal within a relative tolerance (infinities must match exactly).
    public func isClose(to other: Interval, tolerance: Double = 1e-9) -> Bool {
        Interval.close(lower, other.lower, tolerance) && Interval.close(upper, other.upper, tolerance)
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        if a == b { return true }
        if !a.isFinite || !b.isFinite { return false }
        return abs(a - b) <= tolerance * max(abs(a), abs(b))
    }
}

/// What kind of quantity a value measures; values of different dimensions
/// cannot be compared. `.none` is reported by `.empty` and `.unlimited`
/// (see `CellValue.isCompatible(with:)`).
public enum ValueDimension: String, Hashable, Sendable, Codable, CaseIterable {
    case none, text, boolean, count, number, duration, rate, money, size
}

/// The typed meaning of a table cell.
///
/// - `empty`: blank, or a lone dash (`-`, `–`, `—`, `--`) or `N/A`.
/// - `text`: anything that is not a value (trimmed, as written).
/// - `boolean`: 是/否, 支持/不支持, yes/no, ✓/✗ …
/// - `unlimited`: 无限制, 不限, unlimited, ∞ … — dimensionless; it fits any
///   count, rate or duration column and sorts as +∞.
/// - `quantity`: one count, number, duration or rate (possibly a range,
///   a bound, approximate, labelled).
/// - `sum`: two or more quantities of one kind joined by `+`, `、` or `then`
///   (`约15分钟申请+60天冻结`); its canonical interval is the sum of the terms'.
public enum CellValue: Hashable, Sendable {
    case empty
    case text(String)
    case boolean(Bool)
    case unlimited
    case quantity(Quantity)
    case sum([Quantity])
}
