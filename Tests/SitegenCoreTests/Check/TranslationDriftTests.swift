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
}
