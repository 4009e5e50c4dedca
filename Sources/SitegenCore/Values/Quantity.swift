/// The kind of a `Quantity`; maps one-to-one onto a `ValueDimension`.
public enum QuantityKind: String, Hashable, Sendable, Codable, CaseIterable {
    case count, number, duration, rate, money
    /// An amount of digital information, in bytes (`512 MB`, `16 GiB`, `1 TB`).
    case size

    public var dimension: ValueDimension {
        switch self {
        case .money: return .money
        case .count: return .count
        case .number: return .number
        case .duration: return .duration
        case .rate: return .rate
        case .size: return .size
        }
    }
}

/// How the written value bounds the quantity.
public enum QuantityBound: String, Hashable, Sendable, Codable, CaseIterable {
    /// One value: `15分钟`, `约15分钟`.
    case exact
    /// Two values: `5-10分钟`, `5 to 10 min` (possibly inverted).
    case range
    /// Open upper end: `至少3种`, `3天以上`, `≥ 3`. Upper is +∞.
    case atLeast
    /// Closed upper end from the floor: `最多1次`, `3天内`, `within 3 days`, `up to 5`.
    /// Lower is 0 (−∞ for plain numbers).
    case atMost
}

/// A unit of time, as written; used for display (canonical values are seconds).
public enum TimeUnit: String, Hashable, Sendable, Codable, CaseIterable {
    case millisecond, second, minute, hour, day, week, month, year

    /// Length in seconds (month = 30 days, year = 365 days).
    public var seconds: Double {
        switch self {
        case .millisecond: return 0.001
        case .second: return 1
        case .minute: return 60
        case .hour: return 3_600
        case .day: return 86_400
        case .week: return 604_800
        case .month: return 2_592_000
        case .year: return 31_536_000
        }
    }

    /// The length of one period of a rate, in seconds: `seconds`, but a month is a twelfth of a
    /// year, so that 12 a year and 1 a month are one rate (`$60/year` = `$5/month`, `每年24次` =
    /// `每月2次`), while a duration of a month stays 30 days.
    public var periodSeconds: Double { self == .month ? 31_536_000 / 12 : seconds }

    /// Short English name for durations: `ms`, `s`, `min`, `h`, `d`, `wk`, `mo`, `yr`.
    public var shortName: String {
        switch self {
        case .millisecond: return "ms"
        case .second: return "s"
        case .minute: return "min"
        case .hour: return "h"
        case .day: return "d"
        case .week: return "wk"
        case .month: return "mo"
        case .year: return "yr"
        }
    }
}

/// One count, number, duration or rate, with its canonical interval and how
/// it was written.
public struct Quantity: Hashable, Sendable {
    // Stored in this order (the small fields first, then the 8-byte ones) so a
    // Quantity, and every cell value holding one, packs without padding.
    public var kind: QuantityKind
    public var bound: QuantityBound
    /// `约`, `大约`, `左右`, `about`, `~`, `approx.` …
    public var isApproximate: Bool
    /// Durations in 工作日 / business days (a business day counts as 86 400 s,
    /// but business days are never equivalent to calendar days).
    public var isBusinessDays: Bool
    /// Written as 即时 / 立即 / immediately …; the interval is 0…0.
    public var isInstant: Bool
    /// What the value is for: the whole, or one seat, unit of data, host, request or token
    /// (`$10/user/month`, `$0.023/GB/month`): it compares only with values on the same basis.
    /// Per unit of data, request or token the interval is per one byte, request or token.
    public var basis: QuantityBasis
    /// The time unit as written (durations: the upper end's; rates: the period). Display only.
    public var timeUnit: TimeUnit?
    /// Canonical bounds: seconds, events per second, items, bytes, an amount or the plain number.
    public var interval: Interval
    /// The counted unit of counts and rates (`张`, `次`, `种`, `item`, `time`),
    /// `%` for percentages, the ISO 4217 code of an amount of money and of money per
    /// period (`CNY` for `300元`, `USD` for `$5/month`), `B` for data sizes and rates
    /// (`512 MB`, `100 Mbps`), nil when none was written.
    public var unit: String?
    /// A short label written next to the value (`审核` in `5-10分钟审核`).
    public var label: String?

    public init(kind: QuantityKind, interval: Interval, bound: QuantityBound = .exact,
                isApproximate: Bool = false, isBusinessDays: Bool = false, isInstant: Bool = false,
                basis: QuantityBasis = .whole, unit: String? = nil, label: String? = nil, timeUnit: TimeUnit? = nil) {
        self.kind = kind
        self.interval = interval
        self.bound = bound
        self.isApproximate = isApproximate
        self.isBusinessDays = isBusinessDays
        self.isInstant = isInstant
        self.basis = basis
        self.unit = unit
        self.label = label
        self.timeUnit = timeUnit
    }

    /// The unit of data sizes and data rates: bytes (and bytes per second).
    public static let byteUnit = "B"

    /// True when a range was written backwards (`10-5分钟`).
    public var isInverted: Bool { interval.isInverted }

    /// Same meaning: same kind, business-day flag, basis, unit (nil matches any unit but `%`) and
    /// canonical interval within a relative tolerance. Approximation, labels and
    /// the written time unit are phrasing and do not matter.
    public func isEquivalent(to other: Quantity) -> Bool {
        kind == other.kind && isBusinessDays == other.isBusinessDays && basis == other.basis
            && Quantity.unitsMatch(unit, other.unit) && interval.isClose(to: other.interval)
    }

    static func unitsMatch(_ a: String?, _ b: String?) -> Bool {
        if a == "%" || b == "%" { return a == b }
        guard let a, let b else { return true }
        return a == b
    }
}
