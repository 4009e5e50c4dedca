/// STUB — the typed-value grammar is being written on branch `values`.
/// The public API below is the contract the rest of sitegen uses.

/// A closed numeric interval in canonical units (seconds for durations,
/// events per second for rates, items for counts). `lower > upper` marks an
/// inverted range as written (`10-5分钟`); it is kept so a rule can report it.
public struct Interval: Hashable, Sendable, Codable {
    public var lower: Double
    public var upper: Double
    public init(_ lower: Double, _ upper: Double) { self.lower = lower; self.upper = upper }
    public init(exactly value: Double) { self.init(value, value) }
}

/// What kind of quantity a value measures; values of different dimensions
/// cannot be compared.
public enum ValueDimension: String, Hashable, Sendable, Codable, CaseIterable {
    case none, text, boolean, count, number, duration, rate
}

/// The typed meaning of a table cell.
public indirect enum CellValue: Hashable, Sendable {
    case empty
    case text(String)
}

extension CellValue {
    public var dimension: ValueDimension {
        switch self {
        case .empty: return .none
        case .text: return .text
        }
    }
    /// Canonical bounds (seconds, per-second, items), nil for text and empty.
    public var canonical: Interval? { nil }
    /// The value a table sorts by: the canonical lower bound.
    public var sortValue: Double? { canonical?.lower }
    /// Same meaning after normalisation (`5-10分钟` ≡ `5~10 min`).
    public func isEquivalent(to other: CellValue) -> Bool { self == other }
}
