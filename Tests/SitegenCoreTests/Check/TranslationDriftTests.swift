import Testing
@testable import SitegenCore

/// `translation-drift` on real translations: the starter pages `sitegen init` writes in eleven
/// other languages, laid out as translations of the Chinese ones, state the same facts in their
/// own words, counting words, number formats and currencies: no finding. One value changed is one.
@Suite struct TranslationDriftTests {
    static func starterSite(editing edit: (inout [String: String]) -> Void = { _ in }) -> Site {
        let others = Scaffold.Language.allCases.filter { $0 != .zhCN }
        var pages: [String: String] = [:]
        func add(_ language: Scaffold.Language, folder: String) {
            for (path, text) in Scaffold.files(language: language, includeTemplates: false)
            where path.hasPrefix("Content/") && path.hasSuffix(".md") {
                pages[folder + path.dropFirst("Content/".count)] = text
            }
        }
        add(.zhCN, folder: "")
        for language in others { add(language, folder: language.rawValue + "/") }
        edit(&pages)
        var config = SiteConfig()
        config.language = "zh-CN"
        config.languages = others.map { SiteLanguage(tag: $0.rawValue) }
        return TestSite.site(pages, config: config)
    }

    static func drift(_ site: Site) -> [Diagnostic] {
        TranslationDrift().checkSite(SiteIndex(site))
    }

    @Test("eleven translations of the starter pages state the same facts as the Chinese ones")
    func startersAgree() {
        let site = Self.starterSite()
        #expect(site.pages.count == 12 * 4)
        #expect(SiteLanguage.translationGroups(of: site.pages, folders: site.config.languages.map(\.tag)).count == 4)
        #expect(Self.drift(site).isEmpty, "\(Self.drift(site).map { "\($0.file):\($0.range?.start.line ?? 0) \($0.message)" })")
    }

    @Test("one value changed in one translation is one finding, on the translation")
    func oneChangeOneFinding() throws {
        let site = Self.starterSite { pages in
            let english = pages["en/_index.md"]!
            pages["en/_index.md"] = english.replacingOccurrences(of: "| 24 per day |", with: "| 12 per day |")
        }
        let found = Self.drift(site)
        #expect(found.map(\.file) == ["Content/en/_index.md"], "\(found.map(\.message))")
        #expect(found.first?.message.hasPrefix("'12 per day' here but '每天24次' in the zh-CN version (Content/_index.md:") == true,
                "\(found.map(\.message))")
    }

    /// A site with `original` in Chinese and `translation` as its English version.
    static func pair(_ original: String, _ translation: String) -> Site {
        var config = SiteConfig()
        config.language = "zh-CN"
        config.languages = [SiteLanguage(tag: "en")]
        return TestSite.site(["plans.md": original, "en/plans.md": translation], config: config)
    }

    static let plans = "| 方案 | 价格 | 存储 |\n|---|---|---|\n| Free | 免费 | 5 GB |\n| Team | $10/user/month | 100 GB |\n| Business | $20/user/month | 1 TB |\n"

    @Test("rows named alike on both sides pair by name, in any order: reordered is no drift, a changed value one")
    func reorderedRowsPairByName() {
        let reordered = "| Plan | Price | Storage |\n|---|---|---|\n| Business | $20 per seat per month | 1 TB |\n| Free | free | 5 GB |\n| Team | $120/user/year | 100 GB |\n"
        #expect(Self.drift(Self.pair(Self.plans, reordered)).isEmpty, "\(Self.drift(Self.pair(Self.plans, reordered)).map(\.message))")
        let changed = reordered.replacingOccurrences(of: "| 100 GB |", with: "| 50 GB |")
        let found = Self.drift(Self.pair(Self.plans, changed))
        #expect(found.map(\.message) == ["'50 GB' here but '100 GB' in the zh-CN version (Content/plans.md:4)"], "\(found.map(\.message))")
        #expect(found.first?.range?.start.line == 5)
        // Rows named in their own words pair in order: a reordering is then a drift of each moved value.
        let translatedNames = "| Plan | Price | Storage |\n|---|---|---|\n| Gratis | free | 5 GB |\n| Business | $20/user/month | 1 TB |\n| Team | $10/user/month | 100 GB |\n"
        #expect(Self.drift(Self.pair(Self.plans, translatedNames)).count == 4)
    }
}
