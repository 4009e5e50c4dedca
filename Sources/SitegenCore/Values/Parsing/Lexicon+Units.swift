/// A word naming a unit of time.
struct TimeWord: Sendable {
    let unit: TimeUnit
    let isBusinessDay: Bool
    let isChinese: Bool
    /// Chinese 年, 月, 日 (and `LanguageWords.calendarWords`): also calendar words
    /// (`2023年`, `3月5日` are dates).
    let isCalendarWord: Bool
    /// French `an` (year), also the English article: `2 an hour` is a rate, `1 an` a year.
    var isAlsoArticle = false

    /// A period written as one word (`daily`, `täglich`).
    static func english(_ unit: TimeUnit) -> TimeWord {
        TimeWord(unit: unit, isBusinessDay: false, isChinese: false, isCalendarWord: false)
    }
}

/// An English number word; articles (`a`, `an`, `half a`) only count before a unit of time.
struct NumberWord: Sendable {
    let value: Double
    let isArticle: Bool
}

/// Unit words: time, measure words (量词), numerals. Chinese and English here, other
/// languages from `LanguageWords.catalogue`; matched in folded form (`WordTable`).
enum Lexicon {
    static let timeUnits = WordTable(timeUnitEntries)

    /// The words of `timeUnits` in alphabets (`min`, `hours`, `business days`, `Minuten` …):
    /// candidates for a unit that is not one (`hourz`), in a hint.
    static let alphabeticTimeWords: [String] = timeUnitEntries.map(\.0).filter { word in
        word.unicodeScalars.contains(where: CharClass.isLetter)
            && word.unicodeScalars.allSatisfy { CharClass.isLetter($0) || $0 == " " || $0 == "." }
    }

    private static let timeUnitEntries: [(String, TimeWord)] = {
        var entries: [(String, TimeWord)] = []
        let calendarWords = Set(["年", "月", "日"] + LanguageWords.catalogue.flatMap(\.calendarWords))
        func add(_ words: [String], _ unit: TimeUnit, business: Bool = false) {
            for word in words {
                let chinese = word.unicodeScalars.contains { CharClass.isHan($0) }
                var timeWord = TimeWord(unit: unit, isBusinessDay: business, isChinese: chinese,
                                        isCalendarWord: calendarWords.contains(word))
                timeWord.isAlsoArticle = word == "an"
                entries.append((word, timeWord))
            }
        }
        add(["毫秒", "ms", "msec", "msecs", "millisecond", "milliseconds", "ミリ秒", "밀리초", "мс", "миллисекунд",
             "миллисекунды"], .millisecond)
        add(["秒", "秒钟", "s", "sec", "secs", "second", "seconds"], .second)
        add(["分", "分钟", "min", "mins", "minute", "minutes"], .minute)
        add(["小时", "个小时", "钟头", "个钟头", "时", "h", "hr", "hrs", "hour", "hours"], .hour)
        add(["天", "日", "自然日", "d", "day", "days", "calendar day", "calendar days"], .day)
        add(["周", "个周", "星期", "个星期", "礼拜", "个礼拜", "wk", "wks", "week", "weeks"], .week)
        add(["月", "个月", "mo", "mos", "month", "months"], .month)
        add(["年", "yr", "yrs", "year", "years"], .year)
        add(["工作日", "个工作日", "business day", "business days", "working day", "working days",
             "workday", "workdays", "work day", "work days"], .day, business: true)
        for language in LanguageWords.catalogue {
            add(language.seconds, .second)
            add(language.minutes, .minute)
            add(language.hours, .hour)
            add(language.days, .day)
            add(language.weeks, .week)
            add(language.months, .month)
            add(language.years, .year)
            add(language.businessDays, .day, business: true)
        }
        return entries
    }()

    /// Chinese measure words (量词) that make a count: `3张`, `3种`, `2次`.
    static let measureWords: WordTable<String> = {
        let words = ["张", "次", "种", "个", "项", "条", "件", "份", "台", "位", "名", "人", "本", "只",
                     "笔", "款", "步", "页", "篇", "家", "所", "门", "节", "套", "部", "辆", "颗", "块",
                     "字", "行", "层", "级", "处", "座", "间", "首", "支", "把", "双",
                     "组", "批", "轮", "回", "遍", "趟", "户", "道", "题", "枚", "盒", "包", "瓶",
                     "袋", "箱", "倍", "岁", "例", "股", "场", "期", "届", "封"]
            + chineseScaledUnitWords + LanguageWords.catalogue.flatMap(\.counters)
        return WordTable(words.map { ($0, $0) })
    }()

    /// English number words before units: `one hour`, `an hour`, `half a day`.
    static let englishNumbers: WordTable<NumberWord> = {
        let plain: [(String, Double)] = [
            ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
            ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("fifteen", 15),
            ("twenty", 20), ("thirty", 30), ("sixty", 60), ("ninety", 90),
        ]
        var entries = plain.map { ($0.0, NumberWord(value: $0.1, isArticle: false)) }
        for (word, value) in [("a", 1.0), ("an", 1), ("half a", 0.5), ("half an", 0.5), ("half", 0.5)] {
            entries.append((word, NumberWord(value: value, isArticle: true)))
        }
        return WordTable(entries)
    }()

    /// `once`, `twice`, `thrice`: a count of times.
    static let timesWords = WordTable<Double>([("once", 1), ("twice", 2), ("thrice", 3)])

    /// Words for occurrences after a number in other languages (`3 Mal`, `3 fois`, `3 раза`):
    /// the count's unit is `time`, as in English `3 times`.
    static let timesUnits = WordTable<Bool>(LanguageWords.catalogue.flatMap(\.times).map { ($0, true) })

    /// Multipliers after Arabic digits: `3万`, `1.5千`.
    static let digitMultipliers = WordTable<Double>([("万", 1e4), ("千", 1e3), ("亿", 1e8)])

    /// Words that are never a counted unit after a number (folded): English function words,
    /// and the first word of every modifier, range, rate and period word of the other
    /// languages (`3 pro Tag` is a rate, not three "pro"s).
    static let reservedWords: Set<String> = {
        var words: Set<String> = [
            "to", "and", "or", "then", "per", "a", "an", "each", "every", "plus", "of", "in", "on", "at",
            "max", "maximum", "min", "minimum", "about", "approx", "approximately", "more", "less",
            "over", "under", "within", "than", "the", "for", "up", "is", "are", "daily", "weekly",
            "monthly", "yearly", "annually", "hourly", "from", "between", "by", "with", "ish", "so",
        ]
        for language in LanguageWords.catalogue {
            for word in language.functionWords {
                let folded = ScannedText(word, simplifying: true).folded
                let first = folded.prefix { $0 != " " }
                if !first.isEmpty, first.allSatisfy(CharClass.isLetter) { words.insert(String(scalars: first)) }
            }
        }
        return words
    }()

    /// CJK numeral characters; `半` (half) is handled separately.
    static func cjkDigit(_ s: Unicode.Scalar) -> Double? {
        switch s {
        case "零", "〇": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    static func cjkMultiplier(_ s: Unicode.Scalar) -> Double? {
        switch s {
        case "十": return 10
        case "百": return 100
        case "千": return 1_000
        case "万": return 10_000
        case "亿": return 100_000_000
        default: return nil
        }
    }

    static func isCJKNumeral(_ s: Unicode.Scalar) -> Bool {
        cjkDigit(s) != nil || cjkMultiplier(s) != nil
    }
}
