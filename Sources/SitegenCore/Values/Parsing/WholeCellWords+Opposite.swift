extension WholeCellWords {
    /// The word a table would write for the other answer of a yes/no word (`是` → `否`, `Yes` → `No`,
    /// `✓` → `✗`, `ja` → `nein`), in the same case; nil for a word that is no yes or no.
    static func opposite(of word: String) -> String? {
        let trimmed = word.trimmingWhitespace()
        let key = TextKey(ScannedText(trimmed, simplifying: true).foldedString)
        guard let other = opposites[key] else { return nil }
        guard let first = trimmed.first, first.isUppercase else { return other }
        return trimmed.allSatisfy { !$0.isLowercase } && trimmed.count > 1 ? other.uppercased() : other.prefix(1).uppercased() + other.dropFirst()
    }

    /// Pairs of yes and no words as tables write them, both ways.
    static let opposites: [TextKey: String] = {
        let pairs = [
            ("是", "否"), ("是的", "否"), ("有", "无"), ("对", "错"), ("需要", "不需要"), ("需", "不需"), ("要", "不要"),
            ("支持", "不支持"), ("支援", "不支援"), ("可以", "不可以"), ("可", "不可"), ("允许", "不允许"), ("能", "不能"),
            ("必须", "无需"), ("必需", "无需"), ("没有", "有"),
            ("yes", "no"), ("y", "n"), ("true", "false"), ("✓", "✗"), ("✔", "✘"), ("√", "×"), ("☑", "☒"), ("✅", "❌"),
            ("ja", "nein"), ("oui", "non"), ("sí", "no"), ("sim", "não"), ("sì", "no"), ("да", "нет"),
            ("はい", "いいえ"), ("あり", "なし"), ("有り", "無し"), ("必要", "不要"), ("対応", "非対応"), ("○", "×"), ("◯", "×"),
            ("예", "아니요"), ("네", "아니요"), ("있음", "없음"), ("가능", "불가"), ("필요", "불필요"), ("지원", "미지원"),
            ("نعم", "لا"),
        ]
        var table: [TextKey: String] = [:]
        func key(_ word: String) -> TextKey { TextKey(ScannedText(word, simplifying: true).foldedString) }
        for (yes, no) in pairs {
            if table[key(yes)] == nil { table[key(yes)] = no }
            if table[key(no)] == nil { table[key(no)] = yes }
        }
        return table
    }()
}
