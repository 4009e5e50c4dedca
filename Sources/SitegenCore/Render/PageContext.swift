import Mustache

/// Builds the values a page's templates see. Every URL is relative to the
/// page (`root` climbs back to the site root), so the output works from a
/// sub-path and from `file://`. Values are ``MustacheRecord``s, which
/// templates look names up in without hashing them.
struct PageContext {
    let site: Site
    let navigation: SiteNavigation
    let theme: Theme
    let optionPages: [String: Int]
    /// Each page's URL path from the site root (``urlPath(of:style:)``), by page index.
    let pagePaths: [String]
    let strings: PageStrings
    let closedNavItems: ClosedNavItems

    var style: SiteConfig.URLStyle { site.config.urlStyle }

    /// `../../` for `a/b/index.html`.
    static func root(of outputPath: String) -> String {
        // Split as bytes: splitting by Characters cost a tenth of a table's rendering.
        String(repeating: "../", count: outputPath.utf8.split(separator: UInt8(ascii: "/")).count - 1)
    }

    func url(from root: String, to outputPath: String) -> String {
        Self.url(root: root, path: Self.urlPath(of: outputPath, style: style))
    }

    /// The URL of page `index` from a page whose root is `root`.
    func url(from root: String, toPage index: Int) -> String {
        Self.url(root: root, path: pagePaths[index])
    }

    static func url(root: String, path: String) -> String {
        let url = root + path
        return url.isEmpty ? "./" : url
    }

    /// An output path as a URL path from the site root: segments
    /// percent-encoded, `index.html` dropped in the pretty style.
    static func urlPath(of outputPath: String, style: SiteConfig.URLStyle) -> String {
        var path = outputPath
        if style == .pretty, path == "index.html" || path.hasSuffix("/index.html") { path.removeLast("index.html".count) }
        return path.split(separator: "/", omittingEmptySubsequences: false).map { URLPath.encode(String($0)) }
            .joined(separator: "/")
    }

    /// The path part of the base URL (`/docs/`), for pages served at any
    /// depth such as `404.html`; nil without a base URL.
    var absoluteRoot: String? {
        guard let base = site.config.baseURL, let scheme = base.range(of: "://") else { return nil }
        let afterHost = base[scheme.upperBound...].drop(while: { $0 != "/" })
        let path = afterHost.isEmpty ? "/" : String(afterHost)
        return path.hasSuffix("/") ? path : path + "/"
    }

    func canonical(_ outputPath: String) -> String? {
        guard var base = site.config.baseURL, !base.isEmpty else { return nil }
        if !base.hasSuffix("/") { base += "/" }
        var path = outputPath
        if path == "index.html" || path.hasSuffix("/index.html") { path.removeLast("index.html".count) }
        return base + path.split(separator: "/", omittingEmptySubsequences: false).map { URLPath.encode(String($0)) }
            .joined(separator: "/")
    }

    /// `folder`: for a file of no page (the 404 page), the language folder whose home, navigation
    /// and search it shows ("" the site's own).
    func common(page: Page?, outputPath: String, language: String, root fixedRoot: String? = nil,
                folder fixedFolder: String = "") -> MustacheRecord {
        let root = fixedRoot ?? Self.root(of: outputPath)
        let current = page.flatMap { navigation.indexByContentPath[$0.contentPath] }
        let folder = current.flatMap { navigation.folderOf[$0] } ?? fixedFolder
        let roots = current == nil ? navigation.rootsByFolder[folder] ?? navigation.roots : navigation.roots(of: current)
        let homeIndex = roots.first.flatMap { site.pages[$0].kind == .home ? $0 : nil }
        return compact([
            "root": root,
            "homeURL": homeIndex.map { url(from: root, toPage: $0) } ?? url(from: root, to: "index.html"),
            "site": compact([
                "title": site.config.title(inFolder: folder),
                "description": site.config.description(inFolder: folder),
                "notice": site.config.notice,
                "footer": site.config.footer,
                "language": site.config.language,
            ]),
            "strings": strings.values(for: language),
            // The search box finds pages of this language (the translations' prefixes are in the index).
            "searchScope": folder.isEmpty ? nil : folder + "/",
            "nav": navigationTree(current: current, root: root, roots: roots),
            "asset": theme.assetURLs.lambda(root: root),
        ])
    }

    /// The page in every language it is translated into, its own included (`current`): for the
    /// language switcher and the `hreflang` links. Empty for a page without translations.
    func translations(of index: Int, root: String) -> [MustacheRecord] {
        guard let group = navigation.translations[index] else { return [] }
        return group.map { other in
            let page = site.pages[other], folder = navigation.folderOf[other] ?? ""
            return compact([
                "lang": page.lang,
                "name": site.config.languageName(folder.isEmpty ? site.config.language : folder),
                "url": url(from: root, toPage: other),
                // hreflang links name the absolute address when the site has a base URL.
                "href": canonical(page.route.outputPath) ?? url(from: root, toPage: other),
                "current": other == index,
            ])
        }
    }

    func navigationTree(current: Int?, root: String, roots: [Int]? = nil) -> [MustacheRecord] {
        let open = Set((current.flatMap { navigation.ancestors[$0] } ?? []) + (current.map { [$0] } ?? []))
        let known = closedNavItems.known(root: root)
        var made: [Int: MustacheRecord] = [:]
        defer { if !made.isEmpty { closedNavItems.add(made, root: root) } }
        func node(_ index: Int) -> MustacheRecord {
            let item = navigation.items[index]!
            if !open.contains(index) {  // closed: the same on every page with this root
                if let value = known[index] { return value }
                // Its `nav-item` partial is rendered once and copied on every other page (when, as in
                // the default theme, the partial reads nothing but the item).
                let value = MustacheRecord(names: Names.navItem, values: [
                    item.title, url(from: root, toPage: index), item.isSection, false, false, false, [MustacheRecord](),
                ], keepingRenderedPartials: true)
                made[index] = value
                return value
            }
            let expanded = open.contains(index) && item.isSection
            let children = expanded ? item.children.map(node) : []
            return MustacheRecord(names: Names.navItem, values: [
                item.title, url(from: root, toPage: index), item.isSection, index == current,
                open.contains(index) && index != current, !children.isEmpty, children,
            ])
        }
        return (roots ?? navigation.roots(of: current)).map(node)
    }

    /// `content` is the page's rendered body (``BodyRenderer``), as UTF-8 bytes.
    func page(_ index: Int, content: [UInt8]) -> MustacheRecord {
        let page = site.pages[index]
        var context = common(page: page, outputPath: page.route.outputPath, language: page.lang)
        let root = Self.root(of: page.route.outputPath)
        let link: (Int) -> MustacheRecord = { other in
            MustacheRecord(names: Names.link, values: [site.pages[other].navTitle, url(from: root, toPage: other)])
        }
        let toc = tableOfContents(page)
        let breadcrumbs = (navigation.ancestors[index] ?? []).map(link)
        let previous = navigation.previous(of: index).map(link)
        let next = navigation.next(of: index).map(link)
        let isHome = page.kind == .home
        let siteTitle = site.config.title(inFolder: navigation.folderOf[index] ?? "")
        let translations = translations(of: index, root: root)
        context["page"] = compact([
            "title": page.title,
            "fullTitle": isHome ? siteTitle : "\(page.title) · \(siteTitle)",
            "navTitle": page.navTitle,
            "description": page.frontMatter.description,
            "lang": page.lang,
            "dir": TextDirection(languageTag: page.lang).rawValue,
            "ogLocale": page.lang.replacingOccurrences(of: "-", with: "_"),
            "ogType": isHome ? "website" : "article",
            "kind": page.kind.rawValue,
            "hasMatrix": page.tables.contains { $0.kind == .matrix },
            "canonical": canonical(page.route.outputPath),
            "content": MustacheBytes(content),
            "toc": toc,
            "hasToc": !toc.isEmpty && page.frontMatter.toc != false,
            "breadcrumbs": breadcrumbs,
            "hasBreadcrumbs": !breadcrumbs.isEmpty,
            "previous": previous,
            "next": next,
            "hasPager": previous != nil || next != nil,
            "tags": page.frontMatter.tags,
            "hasTags": !page.frontMatter.tags.isEmpty,
            "updated": page.frontMatter.updated ?? page.frontMatter.date,
            // Absent, not empty, on a page without translations (most pages): a template's section
            // over an absent name is skipped without looking at a value.
            "translations": translations.isEmpty ? nil : translations,
            "hasTranslations": translations.isEmpty ? nil : true,
        ])
        let children = (navigation.items[index]?.children ?? []).map { child -> MustacheRecord in
            var entry = link(child)
            if let description = site.pages[child].frontMatter.description { entry["description"] = description }
            return entry
        }
        let listed = isHome ? navigation.roots(of: index).filter { $0 != index }.map { child -> MustacheRecord in
            var entry = link(child)
            if let description = site.pages[child].frontMatter.description { entry["description"] = description }
            return entry
        } : children
        context["section"] = MustacheRecord(["pages": listed, "hasPages": !listed.isEmpty])
        return context
    }

    /// The names of the records made for every navigation item, link and
    /// contents entry (shared, not made again for each).
    private enum Names {
        static let navItem = ["title", "url", "isSection", "current", "ancestor", "hasChildren", "children"]
        static let link = ["title", "url"]
        static let tocEntry = ["text", "anchor", "anchorURL"]
    }

    /// Level-2 headings with their level-3 children.
    func tableOfContents(_ page: Page) -> [MustacheRecord] {
        var items: [MustacheRecord] = []
        var children: [MustacheRecord] = []
        func flush() {
            guard !items.isEmpty else { return }
            items[items.count - 1]["children"] = children
            items[items.count - 1]["hasChildren"] = !children.isEmpty
            children = []
        }
        for heading in page.headings where heading.level == 2 || heading.level == 3 {
            let entry = MustacheRecord(names: Names.tocEntry,
                                       values: [heading.text, heading.anchor, URLPath.encodeFragment(heading.anchor)])
            if heading.level == 2 {
                flush()
                items.append(entry)
            } else if items.isEmpty {
                items.append(entry)
            } else {
                children.append(entry)
            }
        }
        flush()
        return items
    }
}

/// A template record without the nil values (templates test for presence).
func compact(_ values: KeyValuePairs<String, Any?>) -> MustacheRecord {
    MustacheRecord(values)
}
