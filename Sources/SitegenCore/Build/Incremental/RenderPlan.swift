/// Decides which pages to render again: each page gets a key combining
/// everything its HTML is made from — its own parsed content, the templates
/// its layout and tables use, the configuration, interface strings and asset versions, and
/// what it shows of other pages (the navigation it opens, breadcrumbs,
/// previous and next, the pages a section lists, option pages its matrices
/// link to, its translations). A page whose key is unchanged renders to the same bytes.
struct RenderPlan {
    let navigation: SiteNavigation
    let optionPages: [String: Int]
    let versions: [Int]
    let facts: [PageFacts]
    let layouts: [String]
    let templateKeys: TemplateKeys
    /// What every page's key starts from: configuration, strings, the top of the navigation.
    let base: Int
    private var childrenDigests: [Int: Int] = [:]

    init(renderer: SiteRenderer, versions: [Int], facts: [PageFacts]) {
        navigation = renderer.navigation
        optionPages = renderer.optionPages
        self.versions = versions
        self.facts = facts
        layouts = renderer.site.pages.map { renderer.layout(of: $0) }
        templateKeys = TemplateKeys(renderer.theme)
        var hasher = Hasher()
        hasher.combine(renderer.site.config)
        hasher.combine(renderer.theme.strings)
        hasher.combine(renderer.theme.assetURLs)
        for folder in renderer.navigation.rootsByFolder.keys.sorted() {  // every language's top of the navigation
            hasher.combine(folder)
            hasher.combine(renderer.navigation.rootsByFolder[folder]!.map { facts[$0].facet })
        }
        base = hasher.finalize()
        for (index, item) in navigation.items {
            childrenDigests[index] = ContentDigest.of(item.children.map { facts[$0].facet })
        }
    }

    func key(of index: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(base)
        hasher.combine(versions[index])
        let fact = facts[index]
        hasher.combine(templateKeys.key(layout: layouts[index], matrix: fact.hasMatrix, table: fact.hasOtherTables))
        let ancestors = navigation.ancestors[index] ?? []
        for open in ancestors + [index] { hasher.combine(childrenDigests[open] ?? 0) }
        for ancestor in ancestors { hasher.combine(facts[ancestor].facet) }
        hasher.combine(navigation.previous(of: index).map { facts[$0].facet })
        hasher.combine(navigation.next(of: index).map { facts[$0].facet })
        for translation in navigation.translations[index] ?? [] { hasher.combine(facts[translation].facet) }
        for option in fact.matrixOptions {
            hasher.combine(option)
            hasher.combine(optionPages[option].map { facts[$0].facet })
        }
        return hasher.finalize()
    }
}
