import Testing
@testable import SitegenCore

@Suite("Closed navigation items made once per page depth")
struct ClosedNavItemsTests {
    static let files: [String: String] = [
        "_index.md": "---\ntitle: Home\n---\n",
        "a/_index.md": "---\ntitle: A\n---\n",
        "a/one.md": "---\ntitle: One\n---\n",
        "a/two.md": "---\ntitle: Two\n---\n",
        "a/deep/_index.md": "---\ntitle: Deep\n---\n",
        "a/deep/x.md": "---\ntitle: X\n---\n",
        "a/deep/y.md": "---\ntitle: Y\n---\n",
        "b/_index.md": "---\ntitle: B\n---\n",
        "b/three.md": "---\ntitle: Three\n---\n",
        "top.md": "---\ntitle: Top\n---\n",
    ]

    @Test("every page renders the same from a renderer that rendered other pages first as from a fresh one")
    func sameAsFresh() throws {
        let site = TestSite.site(Self.files)
        let theme = Theme.load(overrides: [:], displayRoot: "Templates", configStrings: [:]).0
        let shared = SiteRenderer(site: site, theme: theme)
        for order in [Array(site.pages.indices), site.pages.indices.reversed()] {
            for index in order {
                let fresh = try SiteRenderer(site: site, theme: theme).render(pageAt: index)
                #expect(try shared.render(pageAt: index) == fresh, "\(site.pages[index].contentPath)")
            }
        }
        // The fixture shows each kind of item: closed, ancestor, current, at three depths.
        let x = try String(decoding: shared.render(pageAt: site.pages.firstIndex { $0.contentPath == "a/deep/x.md" }!).bytes,
                           as: UTF8.self)
        #expect(x.contains("aria-current=\"page\">X</a>"))
        #expect(x.contains("<li class=\"nav-section ancestor\">"))
        #expect(x.contains(">Three</a>") == false)  // b is closed: its pages are not listed
    }

    @Test("a renderer reusing an earlier one's navigation and page tables renders a content edit as a fresh one does")
    func sameStructureAsFresh() throws {
        let theme = Theme.load(overrides: [:], displayRoot: "Templates", configStrings: [:]).0
        let before = SiteRenderer(site: TestSite.site(Self.files), theme: theme)
        var edited = Self.files
        edited["a/deep/x.md"] = "---\ntitle: X\n---\nNew text with [a link](../two.md).\n"
        let site = TestSite.site(edited)
        let reusing = SiteRenderer(site: site, theme: theme, sameStructureAs: before)
        let fresh = SiteRenderer(site: site, theme: theme)
        for index in site.pages.indices {
            #expect(try reusing.render(pageAt: index) == fresh.render(pageAt: index), "\(site.pages[index].contentPath)")
        }
        let x = site.pages.firstIndex { $0.contentPath == "a/deep/x.md" }!
        #expect(try String(decoding: reusing.render(pageAt: x).bytes, as: UTF8.self).contains("New text"))
        #expect(try reusing.render(pageAt: x) != before.render(pageAt: x))
    }
}
