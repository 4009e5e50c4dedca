import Foundation
import Testing
@testable import SitegenCore

/// A site in Chinese translated into English (`languages:`, pages under `Content/en/`): each
/// language has its own home, navigation, reading order and search; translated pages link each
/// other (switcher, `hreflang`, sitemap); and an incremental build after each edit that touches
/// translations equals a clean build.
@Suite struct TranslatedSiteTests {
    static let files: [String: String] = [
        "sitegen.yml": """
            title: 微信实名指南
            language: zh-CN
            base-url: https://example.org/guide/
            languages:
              en: {title: WeChat real-name guide}

            """,
        "Content/_index.md": "---\ntitle: 首页\n---\n\n欢迎阅读。\n",
        "Content/methods/_index.md": "---\ntitle: 方法\n---\n\n三种方法。\n",
        "Content/methods/cancel.md": "---\ntitle: 注销账户\nweight: 1\n---\n\n| 项目 | 值 |\n|---|---|\n| 耗时 | 5分钟 |\n| 费用 | 免费 |\n",
        "Content/methods/unbind.md": "---\ntitle: 解绑银行卡\nweight: 2\n---\n\n解绑所有银行卡。\n",
        "Content/en/_index.md": "---\ntitle: Home\n---\n\nWelcome.\n",
        "Content/en/methods/_index.md": "---\ntitle: Methods\n---\n\nThree ways.\n",
        "Content/en/methods/cancel.md": "---\ntitle: Cancel the account\n---\n\n| Item | Value |\n|---|---|\n| Time | 5 min |\n| Cost | free |\n",
    ]

    static func built(_ files: [String: String] = files) throws -> (TemporarySite, BuildReport) {
        let site = try TemporarySite(files: files)
        return (site, site.build())
    }

    @Test("each language has its own home, navigation, breadcrumbs and reading order")
    func languagesAreSitesOfTheirOwn() throws {
        let (site, report) = try Self.built()
        defer { site.remove() }
        #expect(report.outcome == .success && report.diagnostics.isEmpty, "\(report.diagnostics)")
        let english = try site.read("public/en/methods/cancel/index.html")
        #expect(english.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(english.contains("<title>Cancel the account · WeChat real-name guide</title>"))
        #expect(english.contains("<a class=\"site-title\" href=\"../../../en/index.html\">WeChat real-name guide</a>"))
        #expect(english.contains("<li><a href=\"../../../en/index.html\">Home</a></li>"), "breadcrumbs start at the English home")
        let nav = try #require(english.components(separatedBy: "<ul class=\"nav-tree\">").last?.components(separatedBy: "</nav>").first)
        #expect(nav.contains("en/methods/index.html") && !nav.contains("unbind") && !nav.contains("首页"), "\(nav)")
        #expect(!english.contains("rel=\"next\""), "the last English page has no next page in another language")
        let home = try site.read("public/en/index.html")
        #expect(home.contains("<title>WeChat real-name guide</title>"), "the translation's home is a home")
        #expect(home.contains("<body class=\"kind-home\">"))
        let chinese = try site.read("public/methods/unbind/index.html")
        #expect(chinese.contains("<html lang=\"zh-CN\" dir=\"ltr\">"))
        #expect(!chinese.contains("\"../../en/"), "no English page in the Chinese navigation or pager")
        #expect(!chinese.contains("rel=\"next\""), "the last Chinese page is followed by no English one")
    }

    @Test("translated pages link each other: switcher, hreflang alternates, sitemap")
    func translationsLinkEachOther() throws {
        let (site, report) = try Self.built()
        defer { site.remove() }
        #expect(report.outcome == .success)
        let chinese = try site.read("public/methods/cancel/index.html")
        #expect(chinese.contains("""
            <nav class="language-switcher" aria-label="语言">
            <ul>
            <li><span aria-current="page" lang="zh-CN">简体中文</span></li>
            <li><a href="../../en/methods/cancel/index.html" hreflang="en" lang="en">English</a></li>
            </ul>
            </nav>
            """))
        #expect(chinese.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://example.org/guide/methods/cancel/\">"))
        #expect(chinese.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/guide/en/methods/cancel/\">"))
        let english = try site.read("public/en/methods/cancel/index.html")
        #expect(english.contains("<nav class=\"language-switcher\" aria-label=\"Languages\">"))
        #expect(english.contains("<li><a href=\"../../../methods/cancel/index.html\" hreflang=\"zh-CN\" lang=\"zh-CN\">简体中文</a></li>"))
        let untranslated = try site.read("public/methods/unbind/index.html")
        #expect(!untranslated.contains("language-switcher") && !untranslated.contains("hreflang"))
        let sitemap = try site.read("public/sitemap.xml")
        #expect(sitemap.contains("<url><loc>https://example.org/guide/en/methods/cancel/</loc>"
            + "<xhtml:link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://example.org/guide/methods/cancel/\"/>"
            + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/guide/en/methods/cancel/\"/></url>"))
        #expect(sitemap.contains("<url><loc>https://example.org/guide/methods/unbind/</loc></url>"))
    }

    @Test("a translation at another path names what it translates with translation-key; translation-drift holds it")
    func translationKeyPairsPagesAtOtherPaths() throws {
        var files = Self.files
        files["Content/en/methods/cancel.md"] = nil
        files["Content/en/ways/close-account.md"] = "---\ntitle: Close the account\ntranslation-key: methods/cancel.md\n---\n\n"
            + "| Item | Value |\n|---|---|\n| Time | 5 min |\n| Cost | free |\n"
        let (site, report) = try Self.built(files)
        defer { site.remove() }
        #expect(report.outcome == .success && report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(try site.read("public/methods/cancel/index.html").contains(
            "<li><a href=\"../../en/ways/close-account/index.html\" hreflang=\"en\" lang=\"en\">English</a></li>"))
        #expect(try site.read("public/en/ways/close-account/index.html").contains(
            "<li><a href=\"../../../methods/cancel/index.html\" hreflang=\"zh-CN\" lang=\"zh-CN\">简体中文</a></li>"))
        // Held to the page it translates: a value of another meaning is drift.
        files["Content/en/ways/close-account.md"] = files["Content/en/ways/close-account.md"]!.replacingOccurrences(of: "5 min", with: "10 min")
        let (drifted, driftReport) = try Self.built(files)
        defer { drifted.remove() }
        #expect(driftReport.diagnostics.map { "\($0.file) \($0.name)" } == ["Content/en/ways/close-account.md translation-drift"])
        // Hugo's spelling, and a key both pages set.
        files["Content/en/ways/close-account.md"] = "---\ntitle: Close\ntranslationKey: close\n---\n\nText.\n"
        files["Content/methods/cancel.md"] = "---\ntitle: 注销\ntranslation-key: /close/\n---\n\n正文。\n"
        let (shared, sharedReport) = try Self.built(files)
        defer { shared.remove() }
        #expect(sharedReport.diagnostics.isEmpty, "\(sharedReport.diagnostics)")
        #expect(try shared.read("public/methods/cancel/index.html").contains("href=\"../../en/ways/close-account/index.html\" hreflang=\"en\""))
    }

    @Test("each translation has its own 404 page: its language, title, home, navigation and search")
    func notFoundPagePerLanguage() throws {
        let (site, report) = try Self.built()
        defer { site.remove() }
        #expect(report.outcome == .success)
        let english = try site.read("public/en/404.html")
        #expect(english.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(english.contains("<title>Page not found · WeChat real-name guide</title>"), "\(english)")
        #expect(english.contains("<a class=\"site-title\" href=\"/guide/en/index.html\">WeChat real-name guide</a>"))
        let nav = try #require(english.components(separatedBy: "<ul class=\"nav-tree\">").last?.components(separatedBy: "</nav>").first)
        #expect(nav.contains("/guide/en/methods/index.html") && !nav.contains("/guide/methods/"), "\(nav)")
        #expect(english.contains("data-scope=\"en/\""))
        let chinese = try site.read("public/404.html")
        #expect(chinese.contains("<html lang=\"zh-CN\" dir=\"ltr\">") && chinese.contains("<a class=\"site-title\" href=\"/guide/index.html\">"))
        // On hosts that show the top page for every address, its script shows a translation's own.
        #expect(chinese.contains("<script src=\"/guide/assets/not-found.js?v=") && chinese.contains("data-root=\"/guide/\" data-languages=\"en\""))
        #expect(!english.contains("not-found.js") && site.exists("public/assets/not-found.js"))
        #expect(!(try site.read("public/sitemap.xml")).contains("404"))
        // A content file there would be overwritten: reported before anything is written.
        var files = Self.files
        files["Content/en/404.html"] = "<p>mine</p>\n"
        let (taken, takenReport) = try Self.built(files)
        defer { taken.remove() }
        #expect(takenReport.diagnostics.map(\.message) == [
            "this file would be copied to 'en/404.html', where sitegen writes the page-not-found page of 'en'"])
    }

    @Test("the search index marks each translation's documents; a page searches its own language")
    func searchIsScopedByLanguage() throws {
        let (site, report) = try Self.built()
        defer { site.remove() }
        #expect(report.outcome == .success)
        let manifest = try site.read("public/search-index.js")
        let scopes = try #require(manifest.components(separatedBy: "\"scopes\":{\"en/\":[[").last?.components(separatedBy: "]").first)
        let bounds = scopes.split(separator: ",").compactMap { Int($0) }
        let documents = try site.snapshot().filter { $0.key.hasPrefix("search-index/d") }.values
            .map { String(decoding: $0, as: UTF8.self) }.joined()
        // Documents are numbered one language after the other: the English ones are the run named.
        let urls = documents.components(separatedBy: "[\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
            .filter { !$0.hasPrefix(SearchShards.folder + "/") }  // (the shards' own names)
        #expect(bounds.count == 2 && bounds[1] == urls.count, "\(scopes) \(urls)")
        #expect(urls[..<bounds[0]].allSatisfy { !$0.hasPrefix("en/") } && urls[bounds[0]...].allSatisfy { $0.hasPrefix("en/") })
        #expect(try site.read("public/en/index.html").contains("data-scope=\"en/\""))
        #expect(!(try site.read("public/index.html").contains("data-scope")), "the site's own language: no scope, none of the translations")
    }

    @Test("languages: settings are checked")
    func configurationProblems() {
        func problems(_ yaml: String) -> [String] { ConfigLoader.load(text: yaml).1.map(\.message) }
        #expect(problems("language: zh-CN\nlanguages: [en, ja]\n").isEmpty)
        #expect(problems("languages: [english]\n") == ["'english' under 'languages' is not a BCP 47 language tag"])
        #expect(problems("languages: [en, EN]\n") == ["language 'EN' is listed twice under 'languages'"])
        #expect(problems("languages:\n  en: {titel: Guide}\n") == ["unknown setting 'titel' of language 'en'"])
        #expect(problems("language: zh-CN\nlanguages:\n  zh-CN: {title: 指南}\n  en: {}\n")
            == ["'zh-CN' is the site's own language: its title and description are 'title' and 'description'"])
        let named = ConfigLoader.load(text: "language: zh-CN\nlanguages:\n  zh-CN: {name: 中文}\n  en: {name: EN}\n").0
        #expect(named.languages.map(\.tag) == ["en"] && named.languageName("zh-CN") == "中文" && named.languageName("en") == "EN")
    }

    @Test("translation keys: the path in the language's folder, index files made one")
    func translationKeys() {
        #expect(SiteLanguage.translationKey(of: "en/methods/cancel.md", folder: "en") == "methods/cancel")
        #expect(SiteLanguage.translationKey(of: "methods/cancel.md", folder: "") == "methods/cancel")
        #expect(SiteLanguage.translationKey(of: "en/methods/index.md", folder: "en") == "methods/_index")
        #expect(SiteLanguage.translationKey(of: "methods/_index.md", folder: "") == "methods/_index")
        #expect(SiteLanguage.autonym(of: "zh-HK") == "繁體中文" && SiteLanguage.autonym(of: "de-AT") == "Deutsch")
        #expect(SiteLanguage.autonym(of: "xx") == "xx")
    }

    @Test("after each edit touching translations, an incremental build equals a clean build", arguments: [1, 2])
    func incrementalEditsMatchACleanBuild(workers: Int) throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        let session = IncrementalFixture.session(site, workers: workers)
        #expect(session.build().succeeded)
        let edits: [(String, () throws -> Void)] = [
            ("a translation added", { try site.write("Content/en/methods/unbind.md", "---\ntitle: Unbind the cards\n---\n\nAll of them.\n") }),
            ("its original retitled", { try site.write("Content/methods/unbind.md", "---\ntitle: 解绑全部银行卡\nweight: 2\n---\n\n解绑。\n") }),
            ("a translation's address changed", {
                try site.write("Content/en/methods/cancel.md", "---\ntitle: Cancel the account\nslug: close\n---\n\n| Item | Value |\n|---|---|\n| Time | 5 min |\n| Cost | free |\n")
            }),
            ("a value drifted", {
                try site.write("Content/en/methods/cancel.md", "---\ntitle: Cancel the account\nslug: close\n---\n\n| Item | Value |\n|---|---|\n| Time | 10 min |\n| Cost | free |\n")
            }),
            ("the original renamed", { try FileManager.default.moveItem(atPath: site.root + "/Content/methods/cancel.md",
                                                                         toPath: site.root + "/Content/methods/close.md") }),
            ("a translation paired by translation-key", {
                try site.write("Content/en/ways/close.md", "---\ntitle: Close\ntranslation-key: methods/close\n---\n\nClose it.\n")
            }),
            ("its translation-key changed", {
                try site.write("Content/en/ways/close.md", "---\ntitle: Close\ntranslation-key: methods/unbind\n---\n\nClose it.\n")
            }),
            ("the English home removed", { try FileManager.default.removeItem(atPath: site.root + "/Content/en/_index.md") }),
            ("a language added", {
                try site.write("Content/ja/methods/unbind.md", "---\ntitle: カード解除\n---\n\n解除します。\n")
                try site.write("sitegen.yml", Self.files["sitegen.yml"]! + "  ja: {}\n")
            }),
        ]
        for (what, edit) in edits {
            try edit()
            let build = session.build()
            let clean = IncrementalFixture.cleanBuild(site, into: "clean")
            #expect(IncrementalDifferentialTests.said(build.report) == IncrementalDifferentialTests.said(clean), "\(what)")
            let incremental = try site.snapshot("public"), expected = try site.snapshot("clean")
            #expect(incremental.keys.sorted() == expected.keys.sorted(), "\(what)")
            let differing = expected.keys.filter { incremental[$0] != expected[$0] }.sorted()
            #expect(differing.isEmpty, "\(what): \(differing.prefix(5)) differ from a clean build")
            try? FileManager.default.removeItem(atPath: site.root + "/clean")
        }
    }
}
