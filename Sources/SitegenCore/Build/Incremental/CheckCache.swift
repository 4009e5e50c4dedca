/// Findings kept between incremental builds.
///
/// Page rules run again for a page only when the page was parsed again or
/// the site's set of pages and files changed (some page rules suggest other
/// pages' paths). Site rules read a compact index of the whole site; they run
/// again only when some page's part of that index changed — its front
/// matter, route, title, headings, tables, links or suppressions — or pages
/// came or went, and otherwise their last findings stand.
struct CheckCache {
    private var pageFindings: [String: (version: Int, shape: Int, findings: [Diagnostic])] = [:]
    private var siteFindings: [Diagnostic]?
    /// The pages as the site rules last saw them, by content path.
    private var siteInputs: [String: Page] = [:]
    private var siteShape: Int?
    private(set) var pagesChecked = 0
    private(set) var siteRulesRan = false

    mutating func check(site: Site, versions: [Int], shape: Int, checker: Checker, workers: Int) -> [Diagnostic] {
        let previous = pageFindings
        let pages = site.pages
        let findings = Parallel.map(pages.count, workers: workers) { index -> [Diagnostic]? in
            if let old = previous[pages[index].contentPath], old.version == versions[index], old.shape == shape { return nil }
            return checker.check(page: pages[index], in: site)
        }
        var fresh: [String: (version: Int, shape: Int, findings: [Diagnostic])] = [:]
        fresh.reserveCapacity(pages.count)
        pagesChecked = 0
        for (index, page) in pages.enumerated() {
            if let found = findings[index] {
                pagesChecked += 1
                fresh[page.contentPath] = (versions[index], shape, found)
            } else {
                fresh[page.contentPath] = previous[page.contentPath]
            }
        }
        pageFindings = fresh
        siteRulesRan = siteFindings == nil || siteShape != shape || pages.contains { page in
            guard let old = siteInputs[page.contentPath] else { return true }
            return !Self.sameIndexPart(old, page)
        }
        if siteRulesRan {
            siteFindings = checker.checkSite(site)
            siteInputs = Dictionary(pages.map { ($0.contentPath, $0) }, uniquingKeysWith: { a, _ in a })
            siteShape = shape
        }
        return pages.flatMap { fresh[$0.contentPath]?.findings ?? [] } + (siteFindings ?? [])
    }

    /// Whether two versions of a page contribute the same to the site index.
    static func sameIndexPart(_ a: Page, _ b: Page) -> Bool {
        a.file == b.file && a.kind == b.kind && a.section == b.section && a.route == b.route && a.title == b.title
            && a.lang == b.lang && a.frontMatter == b.frontMatter && a.headings == b.headings && a.tables == b.tables
            && a.links == b.links && a.suppressions == b.suppressions
    }
}
