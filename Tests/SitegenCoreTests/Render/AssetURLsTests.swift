import Foundation
import Mustache
import Testing
@testable import SitegenCore

/// Theme assets are linked with a version taken from their bytes, so a
/// deploy reaches readers whose browsers hold the old files.
@Suite struct AssetURLsTests {
    static let assets: [String: [UInt8]] = [
        "assets/site.css": Array("body{}".utf8),
        "assets/img/标志 1.png": [0x89, 0x50],
        "search-index.js": Array("not an asset".utf8),
    ]

    @Test("a URL climbs to the root, names the file percent-encoded and carries its bytes' version")
    func urls() {
        let urls = AssetURLs(assets: Self.assets)
        #expect(urls.url(of: "site.css", root: "../../") == "../../assets/site.css?v=" + StableDigest.version(of: Array("body{}".utf8)))
        #expect(urls.url(of: " img/标志 1.png\n", root: "") == "assets/img/%E6%A0%87%E5%BF%97%201.png?v=" + StableDigest.version(of: [0x89, 0x50]))
        #expect(urls.paths.keys.sorted() == ["img/标志 1.png", "site.css"], "only files under assets/")
        #expect(urls.url(of: "missing.css", root: "/docs/") == "/docs/assets/missing.css", "unknown: the plain URL")
    }

    @Test("the version changes with any byte of the file and with nothing else")
    func versions() {
        let before = AssetURLs(assets: Self.assets)
        var edited = Self.assets
        edited["assets/site.css"] = Array("body{ }".utf8)
        let after = AssetURLs(assets: edited)
        #expect(after.paths["site.css"] != before.paths["site.css"])
        #expect(after.paths["img/标志 1.png"] == before.paths["img/标志 1.png"])
        #expect(before.paths["site.css"]!.range(of: #"^assets/site\.css\?v=[0-9a-f]{8}$"#, options: .regularExpression) != nil)
    }

    @Test("templates call it as a lambda, unescaped and not parsed as a template")
    func lambda() throws {
        let urls = AssetURLs(assets: ["assets/a&b{{x}}.css": [1]])
        let template = try MustacheTemplate(string: #"<link href="{{#asset}}a&b{{x}}.css{{/asset}}">"#)
        let html = template.render(["asset": urls.lambda(root: "../"), "x": "X"])
        #expect(html == #"<link href="../assets/a%26b%7B%7Bx%7D%7D.css?v="# + StableDigest.version(of: [1]) + #"">"#)
    }

    @Test("the built-in theme links its stylesheets and scripts with versions")
    func builtInTheme() throws {
        let theme = Theme.load(overrides: [:], displayRoot: "Templates", configStrings: [:]).0
        #expect(theme.assetURLs.paths.keys.sorted() == ["matrix.css", "not-found.js", "search.js", "sitegen.css", "sitegen.js"])
        for name in ["sitegen.css", "sitegen.js", "search.js", "matrix.css", "not-found.js"] {
            let text = try #require(theme.templateSources.values.map(\.text).first { $0.contains(name) })
            #expect(text.contains("{{#asset}}\(name){{/asset}}"), "\(name) is linked through the lambda")
        }
    }

    @Test("table and matrix templates link assets as page templates do, from their page's depth")
    func tablesLinkAssets() throws {
        var files = SiteBuildTests.files
        files["Templates/assets/icons/row.svg"] = "<svg/>"
        files["Templates/partials/table.mustache"] = "<table data-icon=\"{{#asset}}icons/row.svg{{/asset}}\"></table>\n"
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        let version = StableDigest.version(of: Array("<svg/>".utf8))
        let pages = try site.snapshot("public").filter { $0.key.hasSuffix(".html") }
            .mapValues { String(decoding: $0, as: UTF8.self) }.filter { $0.value.contains("<table data-icon") }
        #expect(!pages.isEmpty)
        for (path, html) in pages {
            let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
            #expect(html.contains("<table data-icon=\"\(root)assets/icons/row.svg?v=\(version)\">"), "\(path)")
        }
    }

    @Test("a template naming an asset that does not exist is an error at its line and column, with a suggestion")
    func unknownAssets() {
        let problems = PartialCycleTests.problems([
            "assets/img/logo.png": "png",
            "partials/footer.mustache": "<footer>\n<img src=\"{{#asset}}img/logo.png{{/asset}}\"> <img src=\"{{# asset }} img/logo.pgn {{/asset}}\">\n{{#asset}}brand.css{{/asset}}</footer>",
        ])
        #expect(problems == [
            "Templates/partials/footer.mustache:2:56 template links the asset 'img/logo.pgn', which does not exist",
            "Templates/partials/footer.mustache:3:1 template links the asset 'brand.css', which does not exist",
        ])
        let hints = Theme.load(overrides: ["partials/footer.mustache": Array("{{#asset}}sitegen.cs{{/asset}}{{#asset}}brand.css{{/asset}}".utf8)],
                               displayRoot: "Theme", configStrings: [:]).1.map(\.hint)
        #expect(hints == ["did you mean 'sitegen.css'?",
                          "name a file under assets/ (built in: matrix.css, not-found.js, search.js, sitegen.css, sitegen.js) or add Theme/assets/brand.css"])
    }

    @Test("a section spanning lines is checked at the line and column it starts, and renders its name trimmed")
    func assetSectionsOverLines() throws {
        let problems = PartialCycleTests.problems([
            "partials/footer.mustache": "<footer>\r\n<link href=\"{{#asset}}\r\n  brand.css\r\n{{/asset}}\">\n  <b>{{#asset}}\nsitegen.css\n{{/asset}}</b> {{#asset}}matrix.cs\n{{/asset}}</footer>",
        ])
        #expect(problems == [
            "Templates/partials/footer.mustache:2:13 template links the asset 'brand.css', which does not exist",
            "Templates/partials/footer.mustache:7:16 template links the asset 'matrix.cs', which does not exist",
        ])
        let names = Theme.assetNames(in: "{{#asset}}a.css{{/asset}}\n\n x {{#asset}}\n b.js {{/asset}}"[...])
        #expect(names.map { "\($0.name) \($0.line):\($0.column)" } == ["a.css 1:1", "b.js 3:4"])
        var files = SiteBuildTests.files
        files["Templates/partials/footer.mustache"] = "<footer data-css=\"{{#asset}}\n  sitegen.css\n{{/asset}}\"></footer>\n"
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        #expect(site.build().outcome == .success)
        let home = String(decoding: try #require(site.snapshot("public")["index.html"]), as: UTF8.self)
        #expect(home.contains("<footer data-css=\"assets/sitegen.css?v="), "\(home)")
    }
}
