/// A word that qualifies a value rather than being one.
enum Modifier: Sendable, Equatable {
    /// `约`, `左右`, `about`, `~`.
    case approximate
    /// `至少`, `以上`, `at least`, `≥`.
    case atLeast
    /// `最多`, `以内`, `up to`, `within`, `≤`.
    case atMost
    /// `多` after a value: a bit more than (`3天多`): approximate and at least.
    case approximateAtLeast
    /// Words that add nothing: `需`, `耗时`, `共`, `仅需`.
    case filler
    /// `between`, `从`, `from`: a range follows (enables `and` as separator).
    case rangeStart
}

extension Lexicon {
    /// Words before a value.
    static let prefixes: WordTable<Modifier> = {
        var entries: [(String, Modifier)] = []
        func add(_ words: [String], _ modifier: Modifier) { entries += words.map { ($0, modifier) } }
        add(["约", "大约", "大概", "约为", "差不多", "大致", "将近", "接近",
             "about", "around", "approx", "approx.", "approximately", "roughly", "circa", "ca.",
             "nearly", "almost", "~", "≈"], .approximate)
        add(["至少", "最少", "最短", "最快", "最低", "不少于", "不低于", "不短于", "不小于", "超过", "多于",
             "大于", "高于", "起码", "at least", "min", "min.", "minimum", "more than", "over",
             "no less than", "not less than", "≥", ">=", ">"], .atLeast)
        add(["最多", "至多", "最长", "最慢", "最高", "不超过", "不多于", "不高于", "不长于", "不大于",
             "少于", "低于", "小于", "限", "仅限", "上限", "上限为", "限制", "最多可", "at most", "up to",
             "max", "max.", "maximum", "no more than", "not more than", "less than", "under", "within",
             "≤", "<=", "<"], .atMost)
        add(["需", "需要", "需时", "耗时", "用时", "历时", "共", "共计", "总计", "合计", "总共", "一共",
             "仅", "仅需", "只需", "只要", "在", "可", "可以", "takes", "take", "lasts", "in"], .filler)
        add(["从", "介于", "在于", "between", "from"], .rangeStart)
        for language in LanguageWords.catalogue {
            add(language.approximately, .approximate)
            add(language.atLeast, .atLeast)
            add(language.atMost, .atMost)
            add(language.rangeStart, .rangeStart)
        }
        return WordTable(entries)
    }()

    /// Words after a value.
    static let suffixes: WordTable<Modifier> = {
        var entries: [(String, Modifier)] = []
        func add(_ words: [String], _ modifier: Modifier) { entries += words.map { ($0, modifier) } }
        add(["左右", "上下", "前后", "or so", "approx", "approx.", "approximately", "roughly", "ish"],
            .approximate)
        add(["以上", "及以上", "或以上", "起", "起步", "or more", "or longer", "or above", "and up",
             "at least", "minimum", "min."], .atLeast)
        add(["以内", "之内", "内", "以下", "及以下", "或以下", "为限", "封顶", "or less", "or fewer",
             "or shorter", "or below", "at most", "max", "max.", "maximum", "tops"], .atMost)
        add(["多"], .approximateAtLeast)
        for language in LanguageWords.catalogue {
            add(language.approximatelyAfter, .approximate)
            add(language.atLeastAfter, .atLeast)
            add(language.atMostAfter, .atMost)
        }
        return WordTable(entries)
    }()

    /// Two-character words whose second character must not be read as a
    /// one-character modifier: `预约` is not `预` + `约`, `内容` is not `内` + `容`.
    static let modifierExclusions: Set<String> = [
        "预约", "节约", "合约", "签约", "契约", "公约", "违约", "期限", "时限", "权限", "界限", "有限",
        "无限", "局限", "年限", "极限", "门限", "内容", "内部", "内地", "内存", "内测", "内置", "起来",
        "起诉", "起点", "多少", "多种", "多次", "多项", "多个", "多样", "在线", "现在", "存在", "所在",
        "可能", "可用", "可选", "许可", "认可", "必需", "无需", "仅仅", "共享", "公共", "需求", "必须",
    ]

    /// Separators inside a range: `5-10`, `5~10`, `5至10`, `5到10`, `5 to 10`
    /// (value true: only after `between`/`从`, as `and` / `和`).
    static let rangeSeparators = WordTable<Bool>([
        ("-", false), ("~", false), ("至", false), ("到", false), ("to", false), ("through", false),
        ("and", true), ("和", true), ("与", true),
    ] + LanguageWords.catalogue.flatMap(\.rangeSeparators))

    /// Separators between the terms of a sum: `+`, `、`, `then`.
    static let sumSeparators = WordTable<Bool>([
        ("+", true), ("、", true), ("then", true), ("and then", true), ("plus", true), ("然后", true),
    ])

    /// Words between a count and its period: `3张/日`, `3 per day`, `2 times a month`, `3次每天`.
    static let rateConnectors = WordTable<Bool>([
        ("/", true), ("per", true), ("a", true), ("an", true), ("each", true), ("every", true),
        ("每", true), ("/每", true),
    ] + LanguageWords.catalogue.flatMap { ($0.per + $0.every).map { ($0, true) } })

    /// Words before a period that make the following count a rate: `每天3次`, `every week`.
    static let everyMarkers = WordTable<Bool>([
        ("每", true), ("every", true), ("each", true), ("per", true),
    ] + LanguageWords.catalogue.flatMap { $0.every.map { ($0, true) } })

    /// One-word periods: `daily` = per day.
    static let periodAdverbs = WordTable<TimeUnit>([
        ("daily", .day), ("weekly", .week), ("monthly", .month), ("yearly", .year),
        ("annually", .year), ("hourly", .hour), ("nightly", .day),
        // Chinese fees per period: `月费10元`, `年费200元`, `月租30元`.
        ("月费", .month), ("年费", .year), ("月租", .month), ("年租", .year),
    ] + LanguageWords.catalogue.flatMap(\.periodAdverbs))

    /// Periods written right before a count (`週2回`, `주 2회`): only with a number next.
    static let periodsBeforeCount = WordTable<TimeUnit>(LanguageWords.catalogue.flatMap(\.periodsBeforeCount))

    /// Words for "no time at all"; a whole term, never labelled.
    static let instantWords = WordTable<Bool>([
        "即时", "即时生效", "立即", "立即生效", "立刻", "立刻生效", "马上", "马上生效", "实时", "实时生效",
        "实时到账", "即时到账", "立即到账", "秒到", "秒到账", "当场", "当即", "即刻", "即刻生效",
        "immediately", "immediate", "instant", "instantly", "real-time", "realtime", "real time",
        "right away", "at once", "no wait", "none (instant)",
    ].map { ($0, true) } + LanguageWords.catalogue.flatMap { $0.instant.map { ($0, true) } })

    /// Characters that turn a would-be label into prose (negations, ordinals).
    static func isNegation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "不", "无", "非", "未", "没", "禁", "否", "第", "勿", "别": return true
        default: return false
        }
    }

    /// Trailing characters dropped from a leading label: `延长至` → `延长`.
    static func isLabelConnector(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "至", "为", "达", "到", "是", ":": return true
        default: return false
        }
    }
}
