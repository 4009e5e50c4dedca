import Testing
@testable import SitegenCore

@Suite struct TextDirectionTests {
    @Test("right-to-left languages and scripts", arguments: [
        "ar", "ar-EG", "he", "he-IL", "fa", "fa-IR", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr",
        "iw", "AR", "az-Arab", "pa-Arab-PK", "uz-Arab", "ks", "tr-Arab", "en-Hebr",
        "ar-1996", "he-x-private",  // a variant or private use is not a script
    ])
    func rightToLeft(_ tag: String) {
        #expect(TextDirection(languageTag: tag) == .rightToLeft)
    }

    @Test("left-to-right languages and scripts", arguments: [
        "en", "zh-CN", "zh-Hans", "zh-Hant-TW", "ja", "ko", "ru", "hi", "th", "de-CH", "pt-BR", "az",
        "az-Latn", "ur-Latn", "ar-Latn", "pa", "tr", "x", "",
    ])
    func leftToRight(_ tag: String) {
        #expect(TextDirection(languageTag: tag) == .leftToRight)
    }

    @Test("raw values are what HTML's dir attribute takes")
    func rawValues() {
        #expect(TextDirection.leftToRight.rawValue == "ltr" && TextDirection.rightToLeft.rawValue == "rtl")
    }
}
