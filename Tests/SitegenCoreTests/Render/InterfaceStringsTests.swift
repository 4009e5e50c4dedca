import Testing
@testable import SitegenCore

@Suite struct InterfaceStringsTests {
    @Test func bothLanguagesShipEveryKey() throws {
        let theme = Theme.load(overrides: [:], displayRoot: "Templates", configStrings: [:]).0
        let english = theme.strings.table(for: "en"), chinese = theme.strings.table(for: "zh-CN")
        #expect(english["matrixReset"] == "Reset view" && chinese["matrixReset"] == "重置视图")
        #expect(chinese["search"] == "搜索" && chinese["onThisPage"] == "本页内容" && chinese["previous"] == "上一页")
        #expect(theme.strings.table(for: "zh-SG")["matrixReset"] == "重置视图", "same base language and script")
        #expect(theme.strings.table(for: "zh")["matrixReset"] == "重置视图")
        #expect(theme.strings.table(for: "zh-Hans-HK")["matrixReset"] == "重置视图", "the script subtag decides")
        for tag in ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-CN"] {
            #expect(theme.strings.table(for: tag)["matrixReset"] == "重設檢視", "\(tag): Traditional")
        }
        let keys = { (language: String) in Set(theme.strings.table(for: language).keys) }
        #expect(keys("en") == keys("zh-CN"))
        for level in MatrixWeight.allCases { #expect(chinese[level.stringKey] != nil) }
    }

    @Test("every shipped language has every key, with the placeholders English has")
    func shippedLanguagesAreComplete() throws {
        let theme = Theme.load(overrides: [:], displayRoot: "Templates", configStrings: [:]).0
        let english = theme.strings.table(for: "en")
        let languages = DefaultTheme.languages
        #expect(Set(languages) == ["en", "zh-CN", "zh-TW", "ar", "de", "fr", "es", "pt", "it", "ru", "ja", "ko"])
        func placeholders(_ text: String) -> [Substring] {
            text.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { $0.split(separator: "}").first }.sorted()
        }
        for language in languages {
            // The file itself, not the table (which falls back to English for a missing key).
            let file = try #require(DefaultTheme.strings["strings/\(language).yml"])
            let own = Set(String(decoding: file, as: UTF8.self).split(separator: "\n")
                .filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: ":").first.map(String.init) })
            #expect(own == Set(english.keys), "\(language): missing \(Set(english.keys).subtracting(own)), extra \(own.subtracting(english.keys))")
            let table = theme.strings.table(for: language)
            for (key, text) in english {
                #expect(placeholders(table[key] ?? "") == placeholders(text), "\(language).\(key)")
            }
        }
        #expect(theme.strings.table(for: "ar-EG")["matrixReset"] == "إعادة ضبط العرض", "same base language")
        for (tag, reset) in [("de-AT", "Ansicht zurücksetzen"), ("fr-CA", "Réinitialiser la vue"), ("es-MX", "Restablecer la vista"),
                             ("pt-BR", "Restaurar a visualização"), ("it", "Ripristina la vista"), ("ru-RU", "Сбросить вид"),
                             ("ja-JP", "表示をリセット"), ("ko-KR", "보기 초기화")] {
            #expect(theme.strings.table(for: tag)["matrixReset"] == reset, "\(tag)")
        }
    }

    @Test func aSiteOverridesStringsInTheMatrixAndItsIsland() throws {
        let file = Array("matrixReset: 恢复默认\nmatrixShown: 共 {total} 个,显示 {n} 个\n".utf8)
        let theme = Theme.load(overrides: ["strings/zh-CN.yml": file], displayRoot: "Templates",
                               configStrings: ["zh-CN": ["matrixWeight3": "最最重要"]]).0
        let strings = theme.strings.table(for: "zh-CN")
        let table = MatrixTestTable.table(options: ["A", "B"], criteria: [("恢复可能性", [("不可恢复", nil), ("可再次更换", nil)])],
                                          fields: [MatrixTestTable.recovery])
        let values = MatrixContext(table: table, lang: "zh-CN", strings: strings) { _ in nil }.values()
        let html = try #require(theme.library.render(values, withTemplate: "matrix"))
        #expect(html.contains(">恢复默认</button>"))
        #expect(html.contains(">最最重要</option>"))
        #expect(html.contains("\"Shown\":\"共 {total} 个,显示 {n} 个\""))
        #expect(html.contains("\"Best\":\"最佳\""), "the rest stays built in")
    }
}
