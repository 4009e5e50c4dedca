import Testing
@testable import SitegenCore

@Suite("Checking only what changed (--changed-since)")
struct ChangeScopeTests {
    static let files: [String: String] = [
        "Content/_index.md": "---\ntitle: Home\n---\n\nSee [a](a.md#setup).\n",
        "Content/a.md": "---\ntitle: A\n---\n\n## Setup\n\nText.\n",
        "Content/old.md": "---\ntitle: Old\n---\n\n| x | y |\n|---|---|\n| 1 |\n",
    ]

    func check(_ site: TemporarySite, changed: Set<String>?) -> [String] {
        site.build(mode: .check) { $0.changedFiles = changed }.diagnostics.map { "\($0.file) \($0.name)" }
    }

    @Test("problems in unchanged pages are left out; a full check still sees them")
    func unchangedPagesAreSkipped() throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        #expect(check(site, changed: nil) == ["Content/old.md table-column-count"])
        #expect(check(site, changed: ["Content/a.md"]) == [])
    }

    @Test("a change that breaks another page's link is reported in that page")
    func brokenIncomingLink() throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        try site.write("Content/a.md", "---\ntitle: A\n---\n\n## Install\n\nText.\n")
        #expect(check(site, changed: ["Content/a.md"]) == ["Content/_index.md link-broken-anchor"])
    }

    @Test("a change to the configuration or a schema checks everything")
    func nonPageChange() throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        #expect(check(site, changed: ["sitegen.yml"]) == ["Content/old.md table-column-count"])
    }
}
