import Testing
@testable import SitegenCore

/// The paths sitegen writes itself, which a content file must not take.
@Suite struct GeneratedFilesTests {
    @Test func namesWhatSitegenWrites() {
        #expect(GeneratedFiles.owner(of: "search-index.js", hasBaseURL: false) == "the search index")
        #expect(GeneratedFiles.owner(of: "search-index/t0.js", hasBaseURL: false) == "a shard of the search index")
        #expect(GeneratedFiles.owner(of: "search-index/d123.js", hasBaseURL: false) != nil)
        #expect(GeneratedFiles.owner(of: "assets/sitegen.js", hasBaseURL: false) == "the theme's assets/sitegen.js")
        #expect(GeneratedFiles.owner(of: "assets/search.js", hasBaseURL: false) != nil)
        #expect(GeneratedFiles.owner(of: "404.html", hasBaseURL: false) != nil)
        #expect(GeneratedFiles.owner(of: "en/404.html", hasBaseURL: false) == nil)
        #expect(GeneratedFiles.owner(of: "en/404.html", hasBaseURL: false, languageFolders: ["en"]) == "the page-not-found page of 'en'")
        #expect(GeneratedFiles.owner(of: "sitemap.xml", hasBaseURL: true) == "the sitemap")
    }

    @Test("the templates folder's own assets are the theme's too")
    func namesTheSitesThemeAssets() throws {
        #expect(GeneratedFiles.owner(of: "assets/brand.css", hasBaseURL: false) == nil)
        #expect(GeneratedFiles.owner(of: "assets/brand.css", hasBaseURL: false, themeAssets: ["assets/brand.css"])
            == "the theme's assets/brand.css")
        let said = BuildStep.reservedOutputs(["assets/brand.css", "assets/sitegen.js", "assets/other.css"], display: "Content",
                                             hasBaseURL: false, themeAssets: ["assets/brand.css"], templatesDisplay: "Theme")
        #expect(said.map(\.file) == ["Content/assets/brand.css", "Content/assets/sitegen.js"])
        #expect(said.map(\.name) == ["output-reserved", "output-reserved"])
        #expect(said[0].hint?.contains("'Theme/assets/brand.css'") == true)
        #expect(said[1].hint?.hasPrefix("to replace the theme's file, put yours in the templates folder (Theme/assets/sitegen.js)") == true)
    }

    @Test("a content file at a page's address: the page's, or the section page made for its folder")
    func namesThePageAtAnAssetsAddress() throws {
        let sources = ["guide/_index.md", "guide/page.md", "notes/first.md", "notes/_index.md"].map {
            PageSource(contentPath: $0, text: "# T\n", displayRoot: "Content")
        }
        let said = BuildStep.assetsAtPages(["guide/index.html", "notes/index.html", "guide/page/index.htm", "notes/first.html"],
                                           sources: sources, written: ["guide/_index.md", "guide/page.md", "notes/first.md"],
                                           display: "Content")
        #expect(said.map(\.file) == ["Content/guide/index.html", "Content/notes/index.html"])
        #expect(said[0].message == "this file would be copied to 'guide/index.html', where sitegen writes the page Content/guide/_index.md")
        #expect(said[1].message.hasSuffix("the section page it makes for the folder 'notes' (which has no _index.md)"))
        #expect(said[1].hint?.contains("write Content/notes/_index.md") == true)
    }

    @Test func leavesTheSitesOwnFilesAlone() {
        for path in ["sitemap.xml", "search-index/notes.js", "search-index/t.js", "search-index/x0.js", "search-index/t0.json",
                     "search-index/t0x.js", "search-index/t٣.js", "guide/search-index.js", "assets/extra.css", "search-index.json"] {
            #expect(GeneratedFiles.owner(of: path, hasBaseURL: false) == nil, "\(path)")
        }
    }

    @Test("every file a build writes beside its pages is named")
    func everySiteWideFileIsNamed() throws {
        var config = SiteConfig()
        config.baseURL = "https://example.org/"
        let site = TestSite.site(["_index.md": "# Home\n\nWords.\n", "guide.md": "# Guide\n\n## Part\n\nMore words.\n"],
                                 config: config)
        let renderer = SiteRenderer(site: site, theme: Theme.load(overrides: [:], displayRoot: "Templates",
                                                                   configStrings: [:]).0)
        let files = try BuildStep.siteWideFiles(renderer)
        #expect(files.count > 5)
        for file in files { #expect(GeneratedFiles.owner(of: file.path, hasBaseURL: true) != nil, "\(file.path)") }
    }
}
