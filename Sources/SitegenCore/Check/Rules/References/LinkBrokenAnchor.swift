/// A link to a heading anchor that does not exist on the target page.
public struct LinkBrokenAnchor: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "REF004", name: "link-broken-anchor", severity: .error, category: .references,
        summary: "a link points at a heading anchor that does not exist on its page",
        doc: """
            A fragment (`cancel.md#条件`, `#替代方案对比分析`) must name a heading anchor of the target \
            page (the heading text with punctuation dropped, or an explicit `{#id}`), a table \
            (`#tbl-ID`) or a footnote; a shared view of its tables (`#tbl-review.ask=2`, \
            `#methods.sort=2a`, as the page script writes them) must name tables it has. Anchors are checked after every page is parsed, so a heading \
            renamed on one page is caught on all pages that link to it.
            """,
        badExample: "# Guide\n\n## 条件\n\nSee [the conditions](#条件要求).\n",
        goodExample: "# Guide\n\n## 条件\n\nSee [the conditions](#条件).\n"
    )

    /// Ids the theme always writes, and footnote ids, are valid fragments.
    static let themeAnchors: Set<String> = ["main", "site-nav", "site-search", "toc-title", "section-pages", "top", ""]

    /// Its site part reads links, and anchors: headings and tables.
    public var siteReads: PageParts { [.links, .headings] }
    public var readsIndex: SiteIndex.Parts { .anchors }

    public func checkSite(_ index: SiteIndex) -> [Diagnostic] {
        index.site.pages.flatMap { page in
            page.links.compactMap { link -> Diagnostic? in
                let target: String
                let fragment: String
                switch link.target {
                case .anchor(let anchor):
                    target = page.contentPath
                    fragment = anchor
                case .page(let path, let anchor?):
                    target = path
                    fragment = anchor
                default:
                    return nil
                }
                guard let anchors = index.anchors[target], !anchors.contains(fragment),
                      !Self.themeAnchors.contains(fragment), !fragment.hasPrefix("fn-"), !fragment.hasPrefix("fnref-") else { return nil }
                // A shared view of the page's tables (`#tbl-review.ask=2`, `#methods.sort=2a`): each
                // key must belong to one of its tables.
                if let keys = ViewFragment.keys(of: fragment) {
                    guard let missing = keys.first(where: { !anchors.contains($0.anchor) }) else { return nil }
                    let kind = missing.field == "ask" ? "tbl-" : "matrix-"
                    let owner = String(missing.anchor.dropFirst(kind.count))
                    let ids = anchors.filter { $0.hasPrefix(kind) }.map { String($0.dropFirst(kind.count)) }.sorted()
                    let meant = Suggestion.closest(to: owner, in: ids).flatMap { ViewFragment.renaming(fragment, table: owner, to: $0) }
                    return descriptor.diagnostic(
                        file: page.file, range: link.range,
                        message: "'#\(fragment)' keeps the view of \(kind == "tbl-" ? "a table" : "a matrix") '\(owner)' that "
                            + (target == page.contentPath ? "this page" : "'\(target)'") + " does not have",
                        hint: meant.map { Suggestion.question("#" + $0) }
                            ?? (ids.isEmpty ? "link to the page, or to one of its headings"
                                : "its \(kind == "tbl-" ? "tables" : "matrices") are " + ids.map { "'\($0)'" }.joined(separator: ", ")))
                }
                let suggestion = Suggestion.closest(to: fragment, in: anchors.sorted())
                    ?? anchors.first { Slugger.slug(fragment) == $0 }
                return descriptor.diagnostic(
                    file: page.file, range: link.range,
                    message: "'#\(fragment)' is not an anchor of \(target == page.contentPath ? "this page" : "'\(target)'")",
                    hint: suggestion.map { Suggestion.question("#" + $0) } ?? "link to a heading of the page (its anchor is the heading text without punctuation)")
            }
        }
    }
}
