import Foundation
import Testing
@testable import SitegenCore

@Suite("Whole-site builds")
struct SiteBuildTests {
    static let files: [String: String] = [
        "sitegen.yml": "title: Fixture\nlanguage: en\nbase-url: https://example.org/docs/\n",
        "Content/_index.md": "---\ntitle: Welcome\ndescription: The fixture home\n---\n\nStart with [the guide](guide/setup.md#step-two).\n",
        "Content/guide/_index.md": "---\ntitle: Guide\nweight: 1\n---\n\nAll about it.\n",
        "Content/guide/setup.md": """
            ---
            title: Setup
            weight: 1
            ---

            ## Step one

            | Tool | Time |
            |---|---|
            | cmark | 5 min |

            ## Step two

            Back to [home](../_index.md).
            """,
        "Content/guide/usage.md": "---\ntitle: Usage\nweight: 2\nlang: zh-CN\n---\n\n## 一、开始\n\n## 一、开始\n",
        "Content/guide/pic.png": "not really a png",
        "Content/faq/questions.md": "---\ntitle: Questions\n---\n\nNo section page here.\n",
    ]

    @Test("writes home, sections, pages, 404, sitemap and assets")
    func filesWritten() throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success, "\(report.diagnostics)")
        for path in ["index.html", "guide/index.html", "guide/setup/index.html", "guide/usage/index.html",
                     "faq/index.html", "faq/questions/index.html", "404.html", "sitemap.xml",
                     "assets/sitegen.css", "assets/sitegen.js", "guide/pic.png"] {
            #expect(site.exists("public/" + path), "missing \(path)")
        }
        #expect(try site.rootEntries() == ["Content", "public", "sitegen.yml"])
    }

    @Test("pages carry lang, anchors, navigation, breadcrumbs and table markup")
    func keyHTML() throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        let setup = try site.read("public/guide/setup/index.html")
        #expect(setup.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(setup.contains("<h2 id=\"step-one\">Step one"))
        #expect(setup.contains("<a href=\"#step-two\">Step two</a>"))
        #expect(setup.contains("<div class=\"table-scroll\" role=\"region\""))
        #expect(setup.contains("<th scope=\"col\" class=\"align-none\">Tool</th>"))
        #expect(setup.contains("<a href=\"../../index.html\">Welcome</a>"))
        #expect(setup.contains("<a href=\"../../guide/setup/index.html\" aria-current=\"page\">Setup</a>"))
        #expect(setup.contains("<a href=\"../../index.html\">Home</a>") == false)
        #expect(setup.contains("<link rel=\"canonical\" href=\"https://example.org/docs/guide/setup/\">"))
        #expect(setup.contains("rel=\"next\""))
        #expect(setup.contains("href=\"../../index.html\">home</a>"))
        let home = try site.read("public/index.html")
        #expect(home.contains("href=\"guide/setup/index.html#step-two\""))
        let usage = try site.read("public/guide/usage/index.html")
        #expect(usage.contains("<html lang=\"zh-CN\" dir=\"ltr\">"))
        #expect(usage.contains("id=\"一开始\""))
        #expect(usage.contains("id=\"一开始-1\""))
        #expect(usage.contains("本页内容"))
        let sitemap = try site.read("public/sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/docs/guide/setup/</loc>"))
    }

    @Test("pretty URLs link to folders")
    func prettyURLs() throws {
        var files = Self.files
        files["sitegen.yml"] = "title: Fixture\nurl-style: pretty\n"
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        let home = try site.read("public/index.html")
        #expect(home.contains("href=\"guide/setup/#step-two\""))
        #expect(!site.exists("public/sitemap.xml"))
    }

    @Test("the same input gives byte-identical output, serial or parallel")
    func deterministic() throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        #expect(site.build { $0.workers = 1 }.outcome == .success)
        let serial = try site.snapshot()
        #expect(site.build { $0.workers = 4 }.outcome == .success)
        #expect(try site.snapshot() == serial)
    }

    @Test("drafts are left out unless asked for")
    func drafts() throws {
        var files = Self.files
        files["Content/guide/wip.md"] = "---\ntitle: WIP\ndraft: true\n---\n"
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        #expect(!site.exists("public/guide/wip/index.html"))
        #expect(site.build { $0.includeDrafts = true }.outcome == .success)
        #expect(site.exists("public/guide/wip/index.html"))
    }

    @Test("a navigation item partial that reads the page shows each page's own values (closed items are shared by pages)")
    func navigationItemReadingThePage() throws {
        var files = Self.files
        files["Templates/partials/nav-item.mustache"] = """
            <li><a href="{{url}}" data-on="{{page.title}}">{{title}}</a>\
            {{#hasChildren}}<ul>{{#children}}{{>nav-item}}{{/children}}</ul>{{/hasChildren}}</li>

            """
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        // The faq folder is closed on both pages (the same item at that depth): each shows its own page.
        #expect(try site.read("public/guide/setup/index.html").contains("data-on=\"Setup\">Faq</a>"))
        #expect(try site.read("public/guide/usage/index.html").contains("data-on=\"Usage\">Faq</a>"))
    }

    @Test("a site can override any template")
    func overrideTemplate() throws {
        var files = Self.files
        files["Templates/partials/footer.mustache"] = "<footer class=\"custom\">{{site.title}} footer</footer>\n"
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        #expect(try site.read("public/index.html").contains("<footer class=\"custom\">Fixture footer</footer>"))
    }
}

@Suite("The 404 page")
struct NotFoundPageTests {
    @Test("links are absolute under the base URL's path, so they work at any depth")
    func absoluteLinks() throws {
        let site = try TemporarySite(files: SiteBuildTests.files)
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        let page = try site.read("public/404.html")
        let version = StableDigest.version(of: DefaultTheme.assets["assets/sitegen.css"]!)
        #expect(page.contains("href=\"/docs/assets/sitegen.css?v=\(version)\""))
        #expect(page.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(!page.contains("not-found.js"), "a site without translations has no other 404 page to show")
    }
}

@Suite("Right-to-left pages")
struct RightToLeftPageTests {
    @Test("a page in a right-to-left language is laid out right to left; the rest of the site is not")
    func direction() throws {
        var files = SiteBuildTests.files
        files["Content/guide/arabic.md"] = "---\ntitle: دليل\nweight: 3\nlang: ar\n---\n\n## مقدمة\n\n| الأداة | الوقت |\n|---|---|\n| cmark | 5 min |\n"
        files["Content/guide/urdu-latin.md"] = "---\ntitle: Rahnuma\nweight: 4\nlang: ur-Latn\n---\n\nUrdu in Latin script.\n"
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        #expect(try site.read("public/guide/arabic/index.html").contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(try site.read("public/guide/urdu-latin/index.html").contains("<html lang=\"ur-Latn\" dir=\"ltr\">"))
        #expect(try site.read("public/guide/setup/index.html").contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(try site.read("public/404.html").contains("<html lang=\"en\" dir=\"ltr\">"))
    }

    @Test("a right-to-left site's home and 404 page are right to left")
    func rightToLeftSite() throws {
        var files = SiteBuildTests.files
        files["sitegen.yml"] = "title: موقع\nlanguage: he\n"
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        #expect(try site.read("public/index.html").contains("<html lang=\"he\" dir=\"rtl\">"))
        #expect(try site.read("public/404.html").contains("<html lang=\"he\" dir=\"rtl\">"))
        #expect(try site.read("public/guide/usage/index.html").contains("<html lang=\"zh-CN\" dir=\"ltr\">"))
    }

    @Test("the theme's stylesheets use logical sides only, so dir=rtl mirrors the layout")
    func logicalProperties() throws {
        for name in ["assets/sitegen.css", "assets/matrix.css"] {
            let css = try #require(DefaultTheme.assets[name].map { String(decoding: $0, as: UTF8.self) })
            // Physical sides, except explicit GFM column alignment (`---:` is right in any direction).
            let physical = css.split(separator: "\n").filter { line in
                !line.hasPrefix(".align-") && ["left", "right"].contains { line.contains($0) }
                    && !line.contains("inset -3px") && !line.hasPrefix("/*") && !line.hasPrefix("   (")
            }
            #expect(physical.isEmpty, "\(name): \(physical)")
        }
    }
}

@Suite("Traditional Chinese pages")
struct TraditionalChinesePageTests {
    @Test("a zh-HK page gets the Traditional interface and its table's values are typed")
    func traditional() throws {
        var files = SiteBuildTests.files
        files["Content/guide/hk.md"] = """
            ---
            title: 方案比較
            weight: 5
            lang: zh-HK
            ---

            ## 所需時間

            <!-- sitegen:table {schema: {fields: [{name: 方案, type: text}, {name: 時間, type: duration}, {name: 次數, type: rate}]}} -->
            | 方案 | 時間 | 次數 |
            |---|---|---|
            | 甲 | 5分鐘 | 每週最多2次 |
            | 乙 | 3-7個工作日 | 無限制 |
            """
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success, "\(report.diagnostics)")
        #expect(report.diagnostics.filter { $0.file.hasSuffix("hk.md") }.isEmpty, "\(report.diagnostics)")
        let page = try site.read("public/guide/hk/index.html")
        #expect(page.contains("<html lang=\"zh-HK\" dir=\"ltr\">"))
        #expect(page.contains("本頁內容") && !page.contains("本页内容"))
        // Typed as written in Traditional: two durations, a rate and unlimited (no dimension, not text).
        #expect(page.components(separatedBy: "data-kind=\"duration\">").count == 3)
        #expect(page.contains("data-kind=\"rate\">每週最多2次") && page.contains("data-kind=\"none\">無限制"))
    }
}
