/// The value part of a term, before modifiers and labels apply.
struct Core {
    var kind: QuantityKind
    var lower: Double
    var upper: Double
    var isRange = false
    var unit: String?
    var timeUnit: TimeUnit?
    var isBusinessDays = false
    var isInstant = false
    /// Some number was written with CJK numerals (no trailing label then).
    var usesCJK = false
    /// The last unit word was Chinese (labels are only allowed then).
    var hasChineseUnit = false
    var hasPlus = false
    /// `三十多天`: approximate and at least.
    var hasMore = false
}

extension CellScanner {
    /// An instant word, a measure, or a range of measures (`5-10分钟`, `1小时-2天`,
    /// `5 to 10 min`, `between 5 and 10`). Nil when no value starts here.
    mutating func scanCore(afterRangeStart: Bool) -> Core? {
        if take(Lexicon.instantWords) != nil {
            return Core(kind: .duration, lower: 0, upper: 0, isInstant: true)
        }
        guard let low = scanMeasure(allowNegative: true) else { return nil }
        let save = i
        skipSpaces()
        if let (needsRangeStart, end) = Lexicon.rangeSeparators.match(s, at: i),
           !needsRangeStart || afterRangeStart, !low.hasPlus {
            i = end
            skipSpaces()
            if let high = scanMeasure(allowNegative: false), !high.hasPlus {
                return CellScanner.core(from: low, to: high)
            }
        }
        i = save
        return CellScanner.core(from: low, to: nil)
    }

    /// Reconciles the units of a single value or of both ends of a range.
    static func core(from low: Measure, to high: Measure?) -> Core? {
        var unit = high?.unit ?? low.unit
        if case .currency? = low.unit, high != nil, high?.unit == nil { unit = low.unit }  // `$5-10`
        var lower = low.value
        if high != nil {
            switch (low.unit, high!.unit) {
            case (nil, nil): break
            case (nil, .time(let word)?): lower = low.value * word.unit.seconds
            case (nil, .data?), (nil, .count?): lower = low.value * high!.scale  // `1-2 GB`, `1-2 kg`
            case (nil, _): break
            case (.time(let a)?, .time(let b)?) where a.isBusinessDay == b.isBusinessDay: break
            case (.count(let a, _)?, .count(let b, _)?) where a == b: break
            case (.percent?, .percent?): break
            case (.currency(let a)?, .currency(let b)?) where a.code == b.code: break
            case (.currency?, nil): break
            case (.data(let a)?, .data(let b)?) where a.isPerSecond == b.isPerSecond: break
            default: return nil
            }
        }
        var core: Core
        switch unit {
        case .time(let word)?:
            core = Core(kind: .duration, lower: lower, upper: high?.value ?? lower)
            core.timeUnit = word.unit
            core.isBusinessDays = word.isBusinessDay
        case .count(let word, _)?:
            core = Core(kind: .count, lower: lower, upper: high?.value ?? lower)
            core.unit = word
        case .percent?:
            core = Core(kind: .number, lower: lower, upper: high?.value ?? lower)
            core.unit = "%"
        case .currency(let word)?:
            core = Core(kind: .money, lower: lower, upper: high?.value ?? lower)
            core.unit = word.code
        case .data(let word)?:
            // Bytes; per second (`100 Mbps`) a rate of bytes, as `12.5 MB/s` is.
            core = Core(kind: word.isPerSecond ? .rate : .size, lower: lower, upper: high?.value ?? lower)
            core.unit = Quantity.byteUnit
            if word.isPerSecond { core.timeUnit = .second }
        case nil:
            core = Core(kind: .number, lower: lower, upper: high?.value ?? lower)
        }
        if core.kind != .number, lower < 0 { return nil }
        core.isRange = high != nil
        core.usesCJK = low.isCJK || (high?.isCJK ?? false)
        core.hasChineseUnit = unit?.isChinese ?? false
        core.hasPlus = low.hasPlus || (high?.hasPlus ?? false)
        core.hasMore = low.hasMore || (high?.hasMore ?? false)
        return core
    }

    /// A period after a count: `/日`, `/2周`, ` per day`, ` a month`, `每天`, `daily`.
    /// Returns the period in seconds and its unit word; nil leaves the cursor unmoved.
    mutating func scanRatePeriod() -> (seconds: Double, word: TimeWord)? {
        let save = i
        skipSpaces()
        if let unit = take(Lexicon.periodAdverbs) {
            return (unit.periodSeconds, TimeWord.english(unit))
        }
        guard take(Lexicon.rateConnectors) != nil else { i = save; return nil }
        skipSpaces()
        if let period = scanPeriodAfterMarker() { return period }
        i = save
        return nil
    }

    /// `[number] unit-of-time` after `每`, `every`, `/`: `天`, `2周`, `个月`, `day`.
    mutating func scanPeriodAfterMarker() -> (seconds: Double, word: TimeWord)? {
        let save = i
        var count = 1.0
        if let amount = scanAmount(allowNegative: false) {
            guard !amount.needsTimeUnit, amount.value > 0 else { i = save; return nil }
            count = amount.value
            skipSpaces()
        }
        guard let word = take(Lexicon.timeUnits) else { i = save; return nil }
        return (count * word.unit.periodSeconds, word)
    }

    /// Turns a count, amount of money or data size (or plain number) core into a rate over `period` seconds.
    static func rate(_ core: Core, per period: Double, word: TimeWord) -> Core? {
        let perAmount = core.kind == .count || core.kind == .money || core.kind == .size
        guard !core.isInstant, perAmount || (core.kind == .number && core.unit == nil), period > 0 else { return nil }
        var rate = core
        rate.kind = .rate
        rate.lower = core.lower / period
        rate.upper = core.upper / period
        rate.timeUnit = word.unit
        guard rate.lower.isFinite, rate.upper.isFinite else { return nil }
        return rate
    }

    /// `一天三次`, `一年200元`: a Chinese duration immediately followed by a Chinese count or amount
    /// of money is a rate per that duration.
    mutating func scanCountAfterPeriod(_ period: Core) -> Core? {
        guard period.kind == .duration, !period.isRange, !period.isInstant, period.lower > 0, period.hasChineseUnit,
              let next = scalar(at: i), CharClass.isDigit(next) || Lexicon.isCJKNumeral(next) else { return nil }
        let save = i
        let unitSeconds = period.timeUnit?.seconds ?? 1, unitPeriod = period.timeUnit?.periodSeconds ?? 1
        guard let measure = scanMeasure(allowNegative: false), measure.unit?.isChineseCountOrMoney == true,
              let count = CellScanner.core(from: measure, to: nil),
              var rate = CellScanner.rate(count, per: period.lower / unitSeconds * unitPeriod, word: TimeWord(
                  unit: period.timeUnit ?? .day, isBusinessDay: false, isChinese: true, isCalendarWord: false)) else {
            i = save
            return nil
        }
        rate.usesCJK = rate.usesCJK || period.usesCJK
        rate.hasChineseUnit = true
        return rate
    }
}
