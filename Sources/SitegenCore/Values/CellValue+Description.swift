extension CellValue: CustomStringConvertible {
    /// A human-readable English summary: `duration 5 min – 10 min`,
    /// `rate 3 张/day`, `count at least 3 种`, `duration about 15 min (申请) + 60 d (冻结)`.
    public var description: String {
        switch self {
        case .empty: return "empty"
        case .text(let t): return "text \"\(t)\""
        case .boolean(let b): return b ? "boolean yes" : "boolean no"
        case .unlimited: return "unlimited"
        case .quantity(let q): return q.description
        case .sum(let terms):
            let kind = terms.first?.kind.rawValue ?? "sum"
            return kind + " " + terms.map(\.valueDescription).joined(separator: " + ")
        }
    }

    /// Same as `description`.
    public var summary: String { description }
}

extension Quantity: CustomStringConvertible {
    /// `duration 5 min – 10 min`, `count 3 张`, `rate at most 2 次/month`.
    public var description: String { kind.rawValue + " " + valueDescription }

    /// The description without the kind: `about 15 min (申请)`.
    public var valueDescription: String {
        guard basis != .whole else { return describe(basis: "") }
        // Per GB, per 1,000 requests: the amounts per one byte or request scaled to the unit shown.
        let finite = [interval.upper, interval.lower].first { $0.isFinite && $0 != 0 } ?? 0
        let (scale, phrase) = basis.display(for: finite)
        var shown = self
        shown.basis = .whole
        shown.interval = Interval(interval.lower * scale, interval.upper * scale)
        return shown.describe(basis: " per " + phrase)
    }

    /// The description with `basis` (` per seat`) before the label.
    private func describe(basis: String) -> String {
        let about = isApproximate ? "about " : ""
        var text: String
        if isInstant {
            text = "instant"
        } else {
            switch bound {
            case .exact: text = about + format(interval.lower)
            case .range: text = about + formatRange()
            case .atLeast: text = "at least " + about + format(interval.lower)
            case .atMost: text = "at most " + about + format(interval.upper)
            }
        }
        if isInverted { text += " (inverted)" }
        text += basis
        if let label { text += " (\(label))" }
        return text
    }

    /// `5 min – 10 min` for durations, `3 – 5 张`, `3 – 5 次/day` for counts and rates.
    private func formatRange() -> String {
        switch kind {
        case .duration where isBusinessDays:
            return NumberFormat.plain(interval.lower / 86_400) + " – " + format(interval.upper)
        case .duration, .number:
            return format(interval.lower) + " – " + format(interval.upper)
        case .count, .money:
            return NumberFormat.plain(interval.lower) + " – " + format(interval.upper)
        case .size:
            return format(interval.lower) + " – " + format(interval.upper)
        case .rate:
            let period = NumberFormat.period(for: interval.upper, preferring: timeUnit)
            return NumberFormat.plain(interval.lower * period.periodSeconds) + " – "
                + format(interval.upper, period: period)
        }
    }

    private func format(_ value: Double, period: TimeUnit? = nil) -> String {
        switch kind {
        case .duration:
            if isBusinessDays { return NumberFormat.plain(value / 86_400) + " business days" }
            return NumberFormat.duration(value, preferring: timeUnit)
        case .rate:
            let period = period ?? NumberFormat.period(for: value, preferring: timeUnit)
            if unit == Quantity.byteUnit { return NumberFormat.bytes(value * period.periodSeconds) + "/" + period.rawValue }
            let amount = NumberFormat.plain(value * period.periodSeconds)
            return amount + (unit.map { " " + $0 } ?? "") + "/" + period.rawValue
        case .count, .money:
            return NumberFormat.plain(value) + (unit.map { " " + $0 } ?? "")
        case .number:
            return NumberFormat.plain(value) + (unit ?? "")
        case .size:
            return NumberFormat.bytes(value)
        }
    }
}

/// Number formatting for descriptions (no Foundation).
enum NumberFormat {
    /// `42`, `1.5`, `1234.568`, `0.3333`, `0.0116`, `∞`: three decimals, or four significant digits
    /// below 1 (a price of `$0.0116/hour` is not `0.012`).
    static func plain(_ value: Double) -> String {
        if value.isInfinite { return value > 0 ? "∞" : "-∞" }
        if value.isNaN { return "?" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        if abs(value) >= 1e15 || abs(value) < 1e-9 { return "\(value)" }
        var factor = 1000.0
        if abs(value) < 1 {
            factor = 10_000
            var magnitude = abs(value) * 10
            while magnitude < 1 { magnitude *= 10; factor *= 10 }
        }
        let rounded = (value * factor).rounded() / factor
        if rounded == rounded.rounded() { return String(Int64(rounded)) }
        return "\(rounded)"
    }

    /// Bytes with the largest decimal prefix they reach: `512 MB`, `17.18 GB`, `900 B`.
    static func bytes(_ value: Double) -> String {
        guard value.isFinite else { return plain(value) }
        for (factor, symbol) in [(1e15, "PB"), (1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "kB")]
        where abs(value) >= factor {
            return plain(((value / factor) * 100).rounded() / 100) + " " + symbol
        }
        return plain(value) + " B"
    }

    /// True when `value` is a whole number or has at most two decimals.
    static func isTidy(_ value: Double) -> Bool {
        let scaled = value * 100
        return abs(scaled - scaled.rounded()) < 1e-6 * max(1, abs(scaled))
    }

    /// A duration in seconds in its written unit when tidy, else the largest tidy unit.
    static func duration(_ seconds: Double, preferring unit: TimeUnit?) -> String {
        if !seconds.isFinite { return plain(seconds) }
        if seconds == 0 { return "0 " + (unit ?? .second).shortName }
        if let unit, isTidy(seconds / unit.seconds), seconds / unit.seconds >= 0.5 {
            return plain(seconds / unit.seconds) + " " + unit.shortName
        }
        for candidate in [TimeUnit.day, .hour, .minute] where abs(seconds) >= candidate.seconds {
            if isTidy(seconds / candidate.seconds) { return plain(seconds / candidate.seconds) + " " + candidate.shortName }
        }
        return plain(seconds) + " s"
    }

    /// The period to show a per-second rate in: the written one, else the first with a tidy count.
    static func period(for perSecond: Double, preferring unit: TimeUnit?) -> TimeUnit {
        if let unit { return unit }
        for candidate in TimeUnit.allCases where candidate != .millisecond && perSecond * candidate.periodSeconds >= 1 {
            if isTidy(perSecond * candidate.periodSeconds) { return candidate }
        }
        return unit ?? .day
    }
}

extension ValueDimension {
    /// `a duration`, `amounts of money` …, for messages.
    func phrase(plural: Bool = false) -> String {
        switch (self, plural) {
        case (.money, false): return "an amount of money"
        case (.money, true): return "amounts of money"
        case (.size, false): return "a data size"
        case (.size, true): return "data sizes"
        case (.none, _): return "nothing"
        case (_, false): return "a \(rawValue)"
        case (_, true): return "\(rawValue)s"
        }
    }
}
