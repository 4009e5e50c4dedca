/// The unit written after a number.
enum UnitWord {
    case time(TimeWord)
    /// A counted thing: `张`, `次`, `item`, `time`.
    case count(String, isChinese: Bool)
    case percent
    /// Money: `300元`, `$5`, `60 Euro`.
    case currency(CurrencyWord)
    /// Data: `512 MB`, `8G`, `100 Mbps`.
    case data(DataWord)

    var isChinese: Bool {
        switch self {
        case .time(let t): return t.isChinese
        case .count(_, let chinese): return chinese
        case .percent: return false
        case .currency(let word): return word.isChinese
        case .data(let word): return word.isChinese
        }
    }

    /// `3次`, `200元`: what a Chinese period before it makes a rate of (`一天三次`, `一年200元`).
    var isChineseCountOrMoney: Bool {
        switch self {
        case .count(_, let chinese): return chinese
        case .currency(let word): return word.isChinese
        case .time, .percent, .data: return false
        }
    }
}

/// A number with its unit: `15分钟`, `1小时30分钟`, `两天半`, `3张`, `50%`, `once`.
struct Measure {
    /// The number in `unit`s (for a unit of time: the total in seconds; for a unit of data: bytes).
    var value: Double
    var unit: UnitWord?
    var isCJK: Bool
    /// Written as `10+` (at least).
    var hasPlus: Bool
    /// Written as `三十多天`, `20多个` (a bit more than: approximate, at least).
    var hasMore = false
    /// What one of the written unit is in the unit kept: 1000 for `kg` (kept as `g`), 1e9 for `GB`
    /// (kept as bytes); 1 otherwise. The bare number of a range takes it (`1-2 kg`, `1-2 GB`).
    var scale = 1.0
}

extension CellScanner {
    /// A number and its optional unit; compound durations (`1小时30分钟`,
    /// `1 h 30 min`) are summed. Nil leaves the cursor where it was.
    mutating func scanMeasure(allowNegative: Bool) -> Measure? {
        let start = i
        if let times = take(Lexicon.timesWords) {
            return Measure(value: times, unit: .count("time", isChinese: false), isCJK: false, hasPlus: false)
        }
        if let money = scanMoneyBefore() { return money }
        guard let amount = scanAmount(allowNegative: allowNegative) else { return nil }
        var value = amount.value
        if !amount.isCJK { value *= takeCountMultiplier() }
        var needsTime = amount.needsTimeUnit
        var hasPlus = false
        if scalar(at: i) == "+", !amountFollowsPlus() {
            hasPlus = true
            i += 1
        }
        var hasMore = false
        if scalar(at: i) == "多", Lexicon.timeUnits.matches(s, at: i + 1) || Lexicon.measureWords.matches(s, at: i + 1) {
            hasMore = true
            i += 1
        }
        if scalar(at: i) == "个", scalar(at: i + 1) == "半" {
            value += 0.5
            needsTime = true
            i += 2
        }
        let beforeUnit = i
        skipSpaces()
        if let word = takeTimeUnit() {
            if word.isCalendarWord, word.unit == .year, !amount.isCJK, value == value.rounded(),
               (1900...2199).contains(value) {
                i = start  // `2023年` is a year, not a duration
                return nil
            }
            var seconds = value * word.unit.seconds
            if word.isChinese, scalar(at: i) == "半" {
                seconds += 0.5 * word.unit.seconds
                i += 1
            }
            seconds += scanCompoundTail(after: word)
            return Measure(value: seconds, unit: .time(word), isCJK: amount.isCJK, hasPlus: hasPlus, hasMore: hasMore)
        }
        if needsTime { i = start; return nil }
        if scalar(at: i) == "%" {
            i += 1
            return Measure(value: value, unit: .percent, isCJK: amount.isCJK, hasPlus: hasPlus, hasMore: hasMore)
        }
        if let currency = takeCurrencyAfter(&value) {
            return Measure(value: value, unit: .currency(currency), isCJK: amount.isCJK, hasPlus: hasPlus, hasMore: hasMore)
        }
        if let word = takeDataUnit(adjacent: i == beforeUnit) {
            return Measure(value: value * word.bytes, unit: .data(word), isCJK: amount.isCJK, hasPlus: hasPlus,
                           hasMore: hasMore, scale: word.bytes)
        }
        if let word = take(Lexicon.measureWords) {
            let (unit, scale) = Lexicon.scaledUnit(word) ?? (word, 1)
            return Measure(value: value * scale, unit: .count(unit, isChinese: true), isCJK: amount.isCJK, hasPlus: hasPlus,
                           hasMore: hasMore, scale: scale)
        }
        if take(Lexicon.timesUnits) != nil {
            return Measure(value: value, unit: .count("time", isChinese: false), isCJK: amount.isCJK, hasPlus: hasPlus)
        }
        if let word = scanEnglishUnitWord() {
            let (unit, scale) = Lexicon.scaledUnit(word) ?? (word, 1)
            return Measure(value: value * scale, unit: .count(unit, isChinese: false), isCJK: amount.isCJK, hasPlus: hasPlus,
                           scale: scale)
        }
        i = beforeUnit
        return Measure(value: value, unit: nil, isCJK: amount.isCJK, hasPlus: hasPlus)
    }

    /// An amount after a currency symbol or code: `$5`, `€ 60`, `USD 1,200`, `$1.5k`, `¥3万`.
    /// Nil (cursor unmoved) when no currency starts here or no amount follows it.
    private mutating func scanMoneyBefore() -> Measure? {
        let start = i
        guard let currency = take(Lexicon.currenciesBefore) else { return nil }
        skipSpaces()
        guard let c = scalar(at: i), CharClass.isDigit(c), let amount = scanAmount(allowNegative: false) else {
            i = start
            return nil
        }
        var value = amount.value * takeThousands()
        var hasPlus = false
        if scalar(at: i) == "+", !amountFollowsPlus() {
            hasPlus = true
            i += 1
        }
        // The same currency written again after the amount (`$5 USD`) is allowed.
        if let again = takeCurrencyAfter(&value), again.code != currency.code { i = start; return nil }
        return Measure(value: value, unit: .currency(currency), isCJK: false, hasPlus: hasPlus)
    }

    /// A currency word after an amount (`元`, ` USD`, `k €`), multiplying `value` by a `k`
    /// (thousand) or `m` (million) written before the word. Nil leaves the cursor unmoved.
    private mutating func takeCurrencyAfter(_ value: inout Double) -> CurrencyWord? {
        let save = i
        let multiplier = takeThousands()
        skipSpaces()
        guard let currency = take(Lexicon.currenciesAfter) else { i = save; return nil }
        value *= multiplier
        return currency
    }

    /// A `k` (thousand) or `m` (million) right after the digits of an amount of money; 1 when none.
    private mutating func takeThousands() -> Double {
        guard let c = scalar(at: i), c == "k" || c == "m",
              scalar(at: i + 1).map({ !CharClass.isLetter($0) }) ?? true else { return 1 }
        i += 1
        return c == "k" ? 1_000 : 1_000_000
    }

    /// `k`/`K` (thousand) or `M` (million) right after the digits of a count, when a word or a
    /// period follows (`10k users`, `1M requests/month`); 1 when none. Alone (`4K`, `5M`) it is
    /// left as written: a resolution or a name as often as a number.
    mutating func takeCountMultiplier() -> Double {
        guard let c = scalar(at: i), c == "k" || (c == "m" && text.display[i] == "M") else { return 1 }
        let followedByWord = scalar(at: i + 1) == " " && scalar(at: i + 2).map(CharClass.isLetter) == true
        guard followedByWord || scalar(at: i + 1) == "/" else { return 1 }
        i += 1
        return c == "k" ? 1_000 : 1_000_000
    }

    /// A unit of time at the cursor, but not French `an` where it is the English article
    /// before another unit (`2 an hour`).
    private mutating func takeTimeUnit() -> TimeWord? {
        let save = i
        guard let word = take(Lexicon.timeUnits) else { return nil }
        // `10 Mo` after a number is ten French megabytes (`mo`, a month, is written small).
        if i - save == 2, text.display[save] == "M", text.display[save + 1] == "o" { i = save; return nil }
        guard word.isAlsoArticle else { return word }
        let end = i
        skipSpaces()
        let beforeUnit = Lexicon.timeUnits.matches(s, at: i)
        i = beforeUnit ? save : end
        return beforeUnit ? nil : word
    }

    /// `+` right after a number is "or more" unless another number follows (`3+2`).
    private func amountFollowsPlus() -> Bool {
        var j = i + 1
        while j < s.count, s[j] == " " { j += 1 }
        return isNumberStart(j)
    }

    /// Further `number unit` pairs in strictly smaller units: the `30分钟` of `1小时30分钟`; and the
    /// minutes of hours written without their unit (`1h30`, `1 h 30`, `1小时30`).
    private mutating func scanCompoundTail(after first: TimeWord) -> Double {
        var extra = 0.0
        var last = first
        while true {
            let save = i
            skipSpaces()
            guard let amount = scanAmount(allowNegative: false), !amount.needsTimeUnit else { i = save; break }
            if last.unit == .hour, !amount.isCJK, amount.value == amount.value.rounded(), amount.value < 60,
               scalar(at: i).map({ !CharClass.isLetter($0) && !CharClass.isHan($0) && !CharClass.isDigit($0) && $0 != "." }) ?? true,
               !Lexicon.timeUnits.matches(s, at: nextNonSpace(from: i)) {
                extra += amount.value * 60
                break
            }
            skipSpaces()
            // `3月5日`, `2023年3月` are dates: a bare 年/月/日 never continues a compound.
            guard let word = take(Lexicon.timeUnits), word.unit.seconds < last.unit.seconds,
                  !word.isBusinessDay, !last.isBusinessDay, !word.isCalendarWord else { i = save; break }
            extra += amount.value * word.unit.seconds
            last = word
        }
        return extra
    }

    /// The first position at or after `j` that is not a space.
    private func nextNonSpace(from j: Int) -> Int {
        var k = j
        while k < s.count, s[k] == " " { k += 1 }
        return k
    }

    /// An English word used as a counted unit (`3 items` → `item`); never a reserved word.
    private mutating func scanEnglishUnitWord() -> String? {
        var j = i
        while j < s.count, CharClass.isLetter(s[j]), j - i <= 20 { j += 1 }
        guard j > i, j - i <= 20, j >= s.count || !CharClass.isLetter(s[j]) else { return nil }
        let folded = String(scalars: s[i..<j])
        guard !Lexicon.reservedWords.contains(folded) else { return nil }
        let word = text.displayString(i..<j)
        i = j
        if folded == "x" { return "time" }  // `4x a week`
        return CellScanner.singular(word)
    }

    static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        return String(word.dropLast())
    }
}
