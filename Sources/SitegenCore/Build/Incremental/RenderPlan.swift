/// Decides which pages to render again: each page gets a key combining
/// everything its HTML is made from — its own parsed content, the templates
/// its layout and tables use, the interface strings, and what it shows of
/// other pages (the navigation it opens, breadcrumbs, previous and next,
/// the pages a section lists, option pages its matrices link to). A page
/// whose key is unchanged renders to the same bytes and is skipped.
struct RenderPlan {
    let renderer: SiteRenderer
    let site: Site
    let navigation: SiteNavigation
    let optionPages: [String: Int]
    let versions: [Int]
    let theme: Theme
    let templateKeys: TemplateKeys

    /// What other pages show of a page: its front matter, title, route and kind.
    private var facets: [Int] = []
    private var childrenDigests: [Int: Int] = [:]

    init(renderer: SiteRenderer, versions: [Int]) {
        self.renderer = renderer
        site = renderer.site
        navigation = renderer.navigation
        optionPages = renderer.optionPages
        self.versions = versions
        theme = renderer.theme
        templateKeys = TemplateKeys(theme)
        facets = site.pages.map { page in
            var hasher = Hasher()
            hasher.combine(page.frontMatter)
            hasher.combine(page.title)
            hasher.combine(page.route)
            hasher.combine(page.kind)
            hasher.combine(page.lang)
            return hasher.finalize()
        }
        for (index, item) in navigation.items {
            childrenDigests[index] = ContentDigest.of(item.children.map { facets[$0] })
        }
    }

    func key(of index: Int) -> Int {
        let page = site.pages[index]
        var hasher = Hasher()
        hasher.combine(site.config)
        hasher.combine(versions[index])
        hasher.combine(templateKeys.key(layout: renderer.layout(of: page), tables: page.tables))
        hasher.combine(theme.strings)
        hasher.combine(navigation.roots.map { facets[$0] })
        let ancestors = navigation.ancestors[index] ?? []
        for open in ancestors + [index] { hasher.combine(childrenDigests[open] ?? 0) }
        for ancestor in ancestors { hasher.combine(facets[ancestor]) }
        hasher.combine(navigation.previous(of: index).map { facets[$0] })
        hasher.combine(navigation.next(of: index).map { facets[$0] })
        hasher.combine(navigation.roots.first.map { facets[$0] })
        for table in page.tables where table.kind == .matrix {
            for option in Matrix(table).options {
                hasher.combine(option.name)
                hasher.combine(optionPages[option.name].map { facets[$0] })
            }
        }
        return hasher.finalize()
    }
}
