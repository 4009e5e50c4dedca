/// What the words around a value said.
struct TermModifiers {
    var isApproximate = false
    var atLeast = false
    var atMost = false
    var afterRangeStart = false
    var leadingLabel: String?
    var trailingLabel: String?
    /// From `每天`, `every week`, `daily` before the count.
    var period: (seconds: Double, word: TimeWord)?
    /// The period is a bare unit before the count (`週2回`, `주 2회`): only a count with its
    /// counting word makes it a rate (`周三` is Wednesday, not three a week).
    var periodNeedsCountWord = false
    /// `once`, `one-time`, `一次性`: paid once, so only an amount of money may follow.
    var isOneOff = false
    /// `每人`, `/user`, `per GB`, `per 1,000 requests`: what the value is for, and how many canonical
    /// units (bytes, requests) the written basis holds (1e9 for `GB`, 1,000 for `1,000 requests`).
    var basis = QuantityBasis.whole
    var basisScale = 1.0
    /// A period joined to the basis (`GB-second`, `vCPU-hour`, `核时`): the value is a rate over it.
    var basisPeriod: (seconds: Double, word: TimeWord)?

    mutating func setBasis(_ found: FoundBasis?) {
        guard let found else { return }
        basis = found.basis
        basisScale = found.scale
        basisPeriod = found.period
    }

    mutating func apply(_ modifier: Modifier) {
        switch modifier {
        case .approximate: isApproximate = true
        case .atLeast: atLeast = true
        case .atMost: atMost = true
        case .approximateAtLeast: isApproximate = true; atLeast = true
        case .filler: break
        case .rangeStart: afterRangeStart = true
        }
    }
}

/// What a value is for, as written: `/GB`, `per 1,000 requests`, `per GB-second`.
struct FoundBasis {
    var basis: QuantityBasis
    /// How many canonical units (bytes, requests) the written basis holds: 1e9 for `GB`.
    var scale: Double
    /// A period written joined to the basis: `GB-second`, `vCPU-hour`, `GB·秒`, `核时`.
    var period: (seconds: Double, word: TimeWord)? = nil
}

extension CellScanner {
    /// One term: `[label] [modifiers] core [rate] [modifiers] [label]`.
    /// Nil when the text at the cursor is not a value (the whole cell is then text).
    /// With `periodBeforeCount` false, a leading `週`, `주` is not read as a period (the second
    /// reading, when the first finds no count word after it: `周两天` has a label `周`).
    mutating func scanTerm(periodBeforeCount: Bool = true) -> Quantity? {
        let start = i
        var mods = TermModifiers()
        guard scanLeading(into: &mods, periodBeforeCount: periodBeforeCount) else { return nil }
        var core: Core
        if let found = scanCore(afterRangeStart: mods.afterRangeStart) {
            core = found
        } else if let period = mods.period {
            core = Core(kind: .number, lower: 1, upper: 1)
            core.hasChineseUnit = period.word.isChinese
        } else {
            return nil
        }
        if mods.basis == .whole { mods.setBasis(takeBasis()) }  // `$10/user/month`, `$0.02/GB/month`
        if let period = mods.period {
            // (A price after the period is one per period too: `월 10,000원`, `月500円`.)
            if mods.periodNeedsCountWord, core.kind != .count, core.kind != .money {
                i = start
                return scanTerm(periodBeforeCount: false)
            }
            guard mods.basisPeriod == nil, let rate = CellScanner.rate(core, per: period.seconds, word: period.word) else { return nil }
            core = rate
        } else if let period = mods.basisPeriod ?? scanRatePeriod() {
            guard var rate = CellScanner.rate(core, per: period.seconds, word: period.word) else { return nil }
            rate.hasChineseUnit = period.word.isChinese
            core = rate
        } else if let rate = scanCountAfterPeriod(core) {
            core = rate
        }
        if mods.basis == .whole {  // `$10/month/user`
            mods.setBasis(takeBasis())
            if mods.basisPeriod != nil { return nil }  // (`$5/month/GB-second`: two periods)
        }
        if core.hasPlus { mods.atLeast = true }
        if core.hasMore { mods.apply(.approximateAtLeast) }
        guard scanTrailing(into: &mods, core: core) else { return nil }
        return CellScanner.quantity(from: core, mods)
    }

    /// Prefix words, `每天`-style periods and at most one Han label, in any order.
    private mutating func scanLeading(into mods: inout TermModifiers, periodBeforeCount: Bool) -> Bool {
        while true {
            skipSpaces()
            guard let c = scalar(at: i) else { return true }
            if let modifier = modifierAt(i, table: Lexicon.prefixes, insideRun: false) {
                mods.apply(modifier.value)
                i = modifier.end
                continue
            }
            if !mods.isOneOff, let (_, end) = Lexicon.oneOffWords.match(s, at: i) {
                var next = end
                while next < s.count, s[next] == " " { next += 1 }
                if isNumberStart(next) || Lexicon.currenciesBefore.matches(s, at: next) {
                    mods.isOneOff = true
                    i = next
                    continue
                }
            }
            if mods.period == nil {
                let save = i
                if let unit = take(Lexicon.periodAdverbs) {
                    mods.period = (unit.periodSeconds, TimeWord.english(unit))
                    if scalar(at: i) == ":" { i += 1 }  // `年费：200元`
                    continue
                }
                if periodBeforeCount, let unit = take(Lexicon.periodsBeforeCount) {
                    skipSpaces()
                    if isNumberStart(i) {
                        mods.period = (unit.periodSeconds, TimeWord.english(unit))
                        mods.periodNeedsCountWord = true
                        continue
                    }
                    i = save
                }
                if take(Lexicon.everyMarkers) != nil {
                    skipSpaces()
                    if let period = scanPeriodAfterMarker() { mods.period = period; continue }
                }
                i = save
            }
            if mods.basis == .whole, let found = takeBasis(after: Lexicon.everyMarkers) {  // `每人每月10元`, `每GB 0.5元`
                mods.setBasis(found)
                continue
            }
            guard mods.leadingLabel == nil, CharClass.isHan(c), !isNumberStart(i), c != "每",
                  !Lexicon.instantWords.matches(s, at: i) else { return true }
            guard let label = scanLeadingLabel() else { return false }
            mods.leadingLabel = label
        }
    }

    /// A run of Han characters up to a number, `每` or a modifier that precedes a number.
    /// Returns "" for a run that is only a connector; nil for prose-like runs.
    private mutating func scanLeadingLabel() -> String? {
        let start = i
        var j = i
        while j < s.count, CharClass.isHan(s[j]), !isNumberStart(j), s[j] != "每",
              modifierAt(j, table: Lexicon.prefixes, insideRun: true) == nil {
            j += 1
        }
        var end = j
        if j < s.count, s[j] == ":" { j += 1 }
        while end > start, Lexicon.isLabelConnector(s[end - 1]) { end -= 1 }
        guard end - start <= 8, !(start..<end).contains(where: { Lexicon.isNegation(s[$0]) }) else { return nil }
        i = j
        return text.displayString(start..<end)
    }

    /// Suffix words and `+`, then at most one Han label (`审核`, `（冻结）`), then the end of the term.
    private mutating func scanTrailing(into mods: inout TermModifiers, core: Core) -> Bool {
        while true {
            let save = i
            skipSpaces()
            if scalar(at: i) == "+" {
                var j = i + 1
                while j < s.count, s[j] == " " { j += 1 }
                if j >= s.count { i = j; mods.atLeast = true; continue }
                i = save
                break
            }
            if let modifier = modifierAt(i, table: Lexicon.suffixes, insideRun: false) {
                mods.apply(modifier.value)
                i = modifier.end
                continue
            }
            if core.kind == .money, !mods.isOneOff, take(Lexicon.oneOffWords) != nil {
                mods.isOneOff = true
                continue
            }
            i = save
            break
        }
        skipSpaces()
        let parenthesised = scalar(at: i) == "("
        if parenthesised { i += 1 }
        let start = i
        while i < s.count, CharClass.isHan(s[i]), !isNumberStart(i), s[i] != "每",
              Lexicon.sumSeparators.match(s, at: i) == nil {
            i += 1
        }
        if parenthesised {
            guard i > start, scalar(at: i) == ")" else { return false }
        }
        if i > start {
            guard i - start <= 6, !(start..<i).contains(where: { Lexicon.isNegation(s[$0]) }) else { return false }
            mods.trailingLabel = text.displayString(start..<i)
        }
        if parenthesised { i += 1 }
        skipSpaces()
        return atEnd || Lexicon.sumSeparators.matches(s, at: i)
    }

    /// A modifier word at `j`. A one-character Han modifier (`约`, `限`, `内`, `多`) is
    /// refused when it forms a word with a neighbour (`预约`, `内容`), and, inside a
    /// label run, unless a number follows it directly.
    func modifierAt(_ j: Int, table: WordTable<Modifier>, insideRun: Bool) -> (value: Modifier, end: Int)? {
        guard let (value, end) = table.match(s, at: j) else { return nil }
        guard end - j == 1, CharClass.isHan(s[j]) else { return (value, end) }
        if let prev = scalar(at: j - 1), CharClass.isHan(prev),
           Lexicon.modifierExclusions.contains(String(String.UnicodeScalarView([prev, s[j]]))) { return nil }
        if let next = scalar(at: end), CharClass.isHan(next),
           Lexicon.modifierExclusions.contains(String(String.UnicodeScalarView([s[j], next]))) { return nil }
        if insideRun {
            var k = end
            while k < s.count, s[k] == " " { k += 1 }
            guard isNumberStart(k) || modifierAt(k, table: table, insideRun: false) != nil else { return nil }
        }
        return (value, end)
    }

    /// `/user`, ` per seat`, `/人`, ` pro Nutzer`, `인당`, `/GB`, ` per 1,000 requests` after a value.
    /// Nil leaves the cursor unmoved.
    mutating func takeBasis() -> FoundBasis? {
        let save = i
        skipSpaces()
        if !atEnd, let found = takeBasis(after: Lexicon.rateConnectors) { return found }  // (most values end here)
        i = save
        return nil
    }

    /// A phrase for "per seat" (`인당`), or one of `connectors` and what the value is for. Nil leaves
    /// the cursor unmoved.
    private mutating func takeBasis(after connectors: WordTable<Bool>) -> FoundBasis? {
        let save = i
        if take(Lexicon.perSeatPhrases) != nil { return FoundBasis(basis: .seat, scale: 1) }
        if take(connectors) != nil {
            skipSpaces()
            if takeSeatWord() { return FoundBasis(basis: .seat, scale: 1) }
            if let found = takeBasisNoun() { return found }
        }
        i = save
        // `1GBあたり`, `1万リクエストあたり`, `1GB당`: what the value is for, then "per".
        if mayHaveBasisSuffix, let found = takeBasisNoun(), take(Lexicon.basisSuffixes) != nil { return found }
        i = save
        return nil
    }

    /// A seat word that ends a word: `人` but not the `人` of `人次` (a visit).
    private mutating func takeSeatWord() -> Bool {
        let save = i
        guard take(Lexicon.seatWords) != nil else { return false }
        if !endsWord() { i = save; return false }
        return true
    }

    /// A host, a vCPU, a number of requests or tokens (`1,000 requests`, `1M tokens`, `million
    /// requests`, `万次`), or a unit of data (`GB`, `TB`, `G`) that ends a word; data and vCPUs may
    /// have a period joined (`GB-second`, `vCPU-hour`, `GB秒`, `核时`). Nil leaves the cursor unmoved.
    private mutating func takeBasisNoun() -> FoundBasis? {
        let save = i
        var count = 1.0
        if let c = scalar(at: i), CharClass.isDigit(c) {
            guard let amount = scanAmount(allowNegative: false), amount.value > 0 else { i = save; return nil }
            count = amount.value * takeCountMultiplier()
            skipSpaces()
        }
        if let multiplier = take(Lexicon.basisMultipliers) {
            count *= multiplier
            skipSpaces()
        }
        if let basis = take(Lexicon.basisNouns) {
            let period = basis == .cpu ? takeJoinedPeriod() : nil
            if period != nil || endsWord() || Lexicon.basisSuffixes.matches(s, at: i) {
                if basis == .host || basis == .cpu, count != 1 { i = save; return nil }  // (`per 2 hosts` is no price per host)
                return FoundBasis(basis: basis, scale: count, period: period)
            }
            i = save
        }
        // (`/Mo` after a price is per month, as English writes it, not per French megabyte.)
        if let word = takeDataUnit(adjacent: true), !word.isPerSecond, !(word.needsCapital && word.bytes == 1e6) {
            let period = takeJoinedPeriod()
            if period != nil || endsWord() || Lexicon.basisSuffixes.matches(s, at: i) {
                return FoundBasis(basis: .data, scale: count * word.bytes, period: period)
            }
        }
        i = save
        return nil
    }

    /// A period joined to a unit of data or a vCPU: `-second`, `-s`, `·hour`, `*秒`, `秒`, `时`, that
    /// ends a word. Nil leaves the cursor unmoved.
    private mutating func takeJoinedPeriod() -> (seconds: Double, word: TimeWord)? {
        let save = i
        if let c = scalar(at: i), c == "-" || c == "·" || c == "⋅" || c == "*" || c == "×" { i += 1 }
        else if let c = scalar(at: i), !CharClass.isHan(c) { return nil }
        if let word = take(Lexicon.timeUnits), !word.isBusinessDay, word.unit.periodSeconds <= 31_536_000 / 12 + 1,
           endsWord() {
            return (word.unit.periodSeconds, word)
        }
        i = save
        return nil
    }

    /// True at the end of the text or of a word: no letter or Han character (but `每`) follows.
    private func endsWord() -> Bool {
        guard let next = scalar(at: i) else { return true }
        return !(CharClass.isHan(next) && next != "每") && !CharClass.isLetter(next)
    }

    /// Applies bounds, approximation and labels to a core.
    static func quantity(from core: Core, _ mods: TermModifiers) -> Quantity? {
        if mods.atLeast && mods.atMost { return nil }
        // Only what is counted, priced or measured in data is per seat (`$10/user`, `5 GB/user`, `3次/人`);
        // only prices are per GB, request or token (see `QuantityBasis.admits`).
        if mods.basis != .whole, core.isInstant || !mods.basis.admits(kind: core.kind, unit: core.unit) { return nil }
        if mods.isOneOff && core.kind != .money { return nil }
        if (mods.atLeast || mods.atMost) && core.isRange { return nil }
        var label: String?
        if let leading = mods.leadingLabel, !leading.isEmpty { label = leading }
        if let trailing = mods.trailingLabel {
            guard label == nil, !core.usesCJK else { return nil }
            label = trailing
        }
        if label != nil {
            guard core.hasChineseUnit, !core.isInstant, core.kind != .number else { return nil }
        }
        var interval = Interval(core.lower / mods.basisScale, core.upper / mods.basisScale)
        var bound: QuantityBound = core.isRange ? .range : .exact
        if mods.atLeast {
            interval.upper = .infinity
            bound = .atLeast
        } else if mods.atMost {
            interval.lower = core.kind == .number ? -.infinity : 0
            bound = .atMost
        }
        if core.isInstant, mods.atLeast || mods.atMost || mods.isApproximate { return nil }
        return Quantity(kind: core.kind, interval: interval, bound: bound, isApproximate: mods.isApproximate,
                        isBusinessDays: core.isBusinessDays, isInstant: core.isInstant, basis: mods.basis, unit: core.unit,
                        label: label, timeUnit: core.timeUnit)
    }
}
