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
        #expect(GeneratedFiles.owner(of: "sitemap.xml", hasBaseURL: true) == "the sitemap")
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
