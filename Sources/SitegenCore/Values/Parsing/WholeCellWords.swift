/// Cells that are one fixed word: blanks, booleans, unlimited (Chinese and English here,
/// other languages from `LanguageWords.catalogue`). Keys are folded (see `ScannedText`).
enum WholeCellWords {
    static let table: [TextKey: CellValue] = {
        var table: [TextKey: CellValue] = [:]
        func add(_ words: [String], _ value: CellValue) {
            for word in words { table[TextKey(ScannedText(word, simplifying: true).foldedString)] = value }
        }
        // A lone dash or N/A means "nothing here" rather than a value.
        add(["-", "--", "---", "----", "n/a", "n.a.", "n. a."], .empty)
        add(["是", "是的", "有", "对", "需要", "需", "要", "支持", "支援", "可以", "可", "允许", "能", "必须", "必需",
             "yes", "y", "true", "✓", "✔", "√", "☑", "✅", "🗸"], .boolean(true))
        add(["否", "无", "没有", "错", "不需要", "不需", "不要", "不支持", "不支援", "不可以", "不可", "不允许", "不能",
             "无需", "no", "n", "false", "✗", "✘", "×", "☒", "❌", "✕", "✖", "❎"], .boolean(false))
        add(["无限制", "不限", "不限次数", "不限量", "不限制", "不限时", "无上限", "无限", "无限次", "无限量",
             "无次数限制", "没有限制", "永久", "永久有效", "长期有效", "unlimited", "no limit", "no limits",
             "without limit", "limitless", "infinite", "infinity", "∞", "forever", "permanent",
             "unlimited times", "not limited"], .unlimited)
        add(Lexicon.freeWords, .quantity(Quantity(kind: .money, interval: Interval(exactly: 0))))
        for language in LanguageWords.catalogue {
            add(language.yes, .boolean(true))
            add(language.no, .boolean(false))
            add(language.unlimited, .unlimited)
        }
        return table
    }()
}
