/// Findings kept between incremental builds.
///
/// Page rules run again for a page only when the page was parsed again or
/// the site's set of pages and files changed (some page rules suggest other
/// pages' paths). Site rules read a compact index of the whole site; they run
/// again only when some page's part of that index changed — its front
/// matter, route, title, headings, links, suppressions, or the tables they read
/// (``sameTablesForSiteRules(_:_:translated:)``) — or pages came or went;
/// otherwise their last findings stand. When only links, headings or such tables'
/// cells changed (a page being written), only the site rules that read them run
/// again (``Rule/siteReads``). The site index is kept between checks and
/// brought up to date page by page (``SiteIndex/update(to:changed:)``): only
/// the pages that changed since it was gathered are read again.
struct CheckCache {
    private var paths: [String] = []
    private var checkedVersions: [Int] = []
    private var findings: [CheckedFindings] = []
    private var shape: Int?
    /// The site rules' last findings, by rule id.
    private var siteFindings: [String: CheckedFindings]?
    /// The pages and their versions as the site rules last saw them.
    private var sitePages: [Page] = []
    private var siteVersions: [Int] = []
    private var siteShape: Int?
    /// The site index (of the parts the active rules read), with the versions of the pages it was gathered from.
    private var index: SiteIndex?
    private var indexVersions: [Int] = []
    private var indexShape: Int?
    private(set) var pagesChecked = 0
    /// The ids of the site rules that ran in the last check.
    private(set) var siteRulesRun: [String] = []
    var siteRulesRan: Bool { !siteRulesRun.isEmpty }
    /// The pages the site index read in the last check: all of them when it was gathered anew,
    /// those that changed when it was brought up to date, none when no site rule ran.
    private(set) var indexPagesRead = 0

    mutating func check(site: Site, versions: [Int], shape newShape: Int, checker: Checker, workers: Int) -> [Diagnostic] {
        let pages = site.pages
        let reuse = newShape == shape && pages.count == paths.count
            && zip(pages, paths).allSatisfy { $0.contentPath == $1 }
        siteRulesRun = siteRulesToRun(site: site, versions: versions, shape: newShape, checker: checker)
        // The site rules are the first job of the workers that check the pages (as in `BuildStep.check`).
        let checkedVersions = reuse ? checkedVersions : nil, runSite = Set(siteRulesRun)
        let held = HeldIndex(index: runSite.isEmpty ? nil : takeIndex(versions: versions, shape: newShape))
        let jobs = Parallel.map(pages.count + 1, workers: workers) { job -> Job in
            guard job > 0 else {
                guard !runSite.isEmpty else { return .page(nil) }
                return .site(checker.checkSiteByRule(held.current(of: site, parts: checker.indexParts), only: runSite))
            }
            if let checkedVersions, checkedVersions[job - 1] == versions[job - 1] { return .page(nil) }
            return .page(checker.checkRecording(page: site.pages[job - 1], in: site))
        }
        let fresh = jobs.dropFirst().map { job -> CheckedFindings? in if case .page(let found) = job { found } else { nil } }
        if reuse {
            for (index, found) in fresh.enumerated() {
                guard let found else { continue }
                findings[index] = found
                self.checkedVersions[index] = versions[index]
            }
        } else {
            findings = fresh.map { $0 ?? CheckedFindings() }
            self.checkedVersions = versions
            paths = pages.map(\.contentPath)
            shape = newShape
        }
        pagesChecked = fresh.lazy.filter { $0 != nil }.count
        indexPagesRead = held.pagesRead
        if !runSite.isEmpty {
            index = held.index
            indexVersions = versions
            indexShape = newShape
        }
        if case .site(let ran) = jobs[0] {
            siteFindings = (siteFindings ?? [:]).merging(ran) { $1 }
            siteShape = newShape
        }
        sitePages = pages
        siteVersions = versions
        // In the rules' order, as a clean check lists them.
        let site = checker.activeRules.compactMap { siteFindings?[$0.descriptor.id] }
        let silenced = CheckedFindings.silenced(in: findings + site)
        return findings.flatMap(\.findings) + site.flatMap(\.findings)
            + checker.unusedSuppressions(in: pages, silenced: silenced)
    }

    /// The kept site index and the pages that changed since it was gathered (nil: gather it anew),
    /// handed to the job that runs the site rules; the cache holds none meanwhile, so that the
    /// job updates it in place.
    private mutating func takeIndex(versions: [Int], shape: Int) -> (SiteIndex, changed: [Int])? {
        defer { index = nil }
        guard let index, indexShape == shape, indexVersions.count == versions.count else { return nil }
        return (index, versions.indices.filter { indexVersions[$0] != versions[$0] })
    }

    /// The site index, for the one job that runs the site rules.
    private final class HeldIndex: @unchecked Sendable {
        private var kept: (SiteIndex, changed: [Int])?
        private(set) var index: SiteIndex?
        private(set) var pagesRead = 0

        init(index: (SiteIndex, changed: [Int])?) { kept = index }

        /// The index of these parts brought up to date with `site` (gathered anew when it cannot be).
        func current(of site: Site, parts: SiteIndex.Parts) -> SiteIndex {
            if case (var updated, let changed)? = kept.take(), updated.parts == parts, updated.update(to: site, changed: changed) {
                pagesRead = changed.count
                index = updated
            } else {
                pagesRead = site.pages.count
                index = SiteIndex(site, parts: parts)
            }
            return index!
        }
    }

    /// One job of a check: a page's findings (nil: keep the last), or the site rules' that ran.
    private enum Job: Sendable {
        case page(CheckedFindings?)
        case site([String: CheckedFindings])
    }

    /// The ids of the site rules to run: all of them the first time, when pages came or went,
    /// or when something but links, headings and table cells changed; else those that read what changed.
    private func siteRulesToRun(site: Site, versions: [Int], shape: Int, checker: Checker) -> [String] {
        let all = checker.activeRules.map(\.descriptor.id)  // (a rule without a site part finds nothing there, at no cost)
        guard siteFindings != nil, siteShape == shape, siteVersions.count == versions.count,
              let changed = Self.changedParts(old: sitePages, oldVersions: siteVersions, new: site.pages, versions: versions,
                                              translated: !site.config.languages.isEmpty) else { return all }
        return checker.activeRules.filter { !$0.siteReads.isDisjoint(with: changed) }.map(\.descriptor.id)
    }

    /// What changed, of the parts of pages the site rules read, between the pages they last saw
    /// and these: links, headings, the tables they read (the empty set: nothing they read); nil
    /// when anything else did — front matter, route, title, suppressions, a table's id or kind, a
    /// table come or gone (every site rule runs again).
    static func changedParts(old: [Page], oldVersions: [Int], new: [Page], versions: [Int], translated: Bool) -> PageParts? {
        var parts: PageParts = []
        for index in versions.indices where oldVersions[index] != versions[index] {
            let a = old[index], b = new[index]
            guard a.file == b.file && a.kind == b.kind && a.section == b.section && a.route == b.route && a.title == b.title
                && a.lang == b.lang && a.frontMatter == b.frontMatter && a.suppressions == b.suppressions
                && a.tables.count == b.tables.count
                && zip(a.tables, b.tables).allSatisfy({ $0.id == $1.id && $0.kind == $1.kind }) else { return nil }
            if a.headings != b.headings { parts.insert(.headings) }
            if a.links != b.links { parts.insert(.links) }
            if !sameTablesForSiteRules(a, b, translated: translated) { parts.insert(.tables) }
        }
        return parts
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
