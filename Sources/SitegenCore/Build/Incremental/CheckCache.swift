/// Findings kept between incremental builds.
///
/// Page rules run again for a page only when the page was parsed again or
/// the site's set of pages and files changed (some page rules suggest other
/// pages' paths). Site rules read a compact index of the whole site; they run
/// again only when some page's part of that index changed — its front
/// matter, route, title, headings, links, suppressions, or the tables they read
/// (``sameTablesForSiteRules(_:_:translated:)``) — or pages came or went;
/// otherwise their last findings stand.
struct CheckCache {
    private var paths: [String] = []
    private var checkedVersions: [Int] = []
    private var findings: [CheckedFindings] = []
    private var shape: Int?
    private var siteFindings: CheckedFindings?
    /// The pages and their versions as the site rules last saw them.
    private var sitePages: [Page] = []
    private var siteVersions: [Int] = []
    private var siteShape: Int?
    private(set) var pagesChecked = 0
    private(set) var siteRulesRan = false

    mutating func check(site: Site, versions: [Int], shape newShape: Int, checker: Checker, workers: Int) -> [Diagnostic] {
        let pages = site.pages
        let reuse = newShape == shape && pages.count == paths.count
            && zip(pages, paths).allSatisfy { $0.contentPath == $1 }
        let fresh = Self.pageFindings(site: site, versions: versions, checkedVersions: reuse ? checkedVersions : nil,
                                      checker: checker, workers: workers)
        if reuse {
            for (index, found) in fresh.enumerated() {
                guard let found else { continue }
                findings[index] = found
                checkedVersions[index] = versions[index]
            }
        } else {
            findings = fresh.map { $0 ?? CheckedFindings() }
            checkedVersions = versions
            paths = pages.map(\.contentPath)
            shape = newShape
        }
        pagesChecked = fresh.lazy.filter { $0 != nil }.count
        siteRulesRan = siteFindings == nil || siteShape != newShape || siteVersions.count != versions.count
            || versions.indices.contains { index in
                siteVersions[index] != versions[index]
                    && !Self.sameIndexPart(sitePages[index], pages[index], translated: !site.config.languages.isEmpty)
            }
        if siteRulesRan {
            siteFindings = checker.checkSiteRecording(site)
            siteShape = newShape
        }
        sitePages = pages
        siteVersions = versions
        let silenced = CheckedFindings.silenced(in: findings + [siteFindings ?? CheckedFindings()])
        return findings.flatMap(\.findings) + (siteFindings?.findings ?? [])
            + checker.unusedSuppressions(in: pages, silenced: silenced)
    }

    /// New findings for pages whose version changed (nil: keep the old ones).
    private static func pageFindings(site: Site, versions: [Int], checkedVersions: [Int]?, checker: Checker,
                                     workers: Int) -> [CheckedFindings?] {
        Parallel.map(site.pages.count, workers: workers) { index -> CheckedFindings? in
            if let checkedVersions, checkedVersions[index] == versions[index] { return nil }
            return checker.checkRecording(page: site.pages[index], in: site)
        }
    }

    /// Whether two versions of a page contribute the same to the site index.
    static func sameIndexPart(_ a: Page, _ b: Page, translated: Bool) -> Bool {
        a.file == b.file && a.kind == b.kind && a.section == b.section && a.route == b.route && a.title == b.title
            && a.lang == b.lang && a.frontMatter == b.frontMatter && a.headings == b.headings
            && sameTablesForSiteRules(a, b, translated: translated) && a.links == b.links && a.suppressions == b.suppressions
    }

    /// Whether the site rules read the same of two versions of a page's tables. They read every
    /// table of a translated site (translation-drift), every matrix (facts, options) and every
    /// key → value table of an option page (its facts); of any other table only its id and kind
    /// (the anchors `tbl-ID` and `matrix-ID`). So an edit to such a table does not run them again:
    /// the page's own rules tell what it broke.
    static func sameTablesForSiteRules(_ a: Page, _ b: Page, translated: Bool) -> Bool {
        if translated { return a.tables == b.tables }
        return a.tables.count == b.tables.count && zip(a.tables, b.tables).allSatisfy { x, y in
            let read = x.kind == .matrix || a.isKeyValueTable(x) || b.isKeyValueTable(y)
            return x.id == y.id && x.kind == y.kind && (!read || x == y)
        }
    }

}
