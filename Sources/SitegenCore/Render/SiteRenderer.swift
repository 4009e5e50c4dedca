import Mustache

/// Renders the typed site into output files: one HTML file per page, the
/// 404 page, `sitemap.xml` and the theme's assets.
public struct SiteRenderer: Sendable {
    public let site: Site
    public let theme: Theme
    public let navigation: SiteNavigation
    /// Page index of the page that defines each matrix option.
    public let optionPages: [String: Int]
    /// Each page's URL path from the site root, by page index.
    let pagePaths: [String]
    let strings: PageStrings
    /// Navigation items shown closed, made once per page depth (``ClosedNavItems``).
    let closedNavItems = ClosedNavItems()

    public init(site: Site, theme: Theme) {
        self.init(site: site, theme: theme,
                  navigation: SiteNavigation(pages: site.pages, languageFolders: site.config.languages.map(\.tag)))
    }

    /// With the navigation given (an incremental build reuses it while no
    /// page's title, route or place changed).
    public init(site: Site, theme: Theme, navigation: SiteNavigation) {
        self.site = site
        self.theme = theme
        self.navigation = navigation
        var optionPages: [String: Int] = [:]
        for index in site.pages.indices {
            for option in site.pages[index].frontMatter.options where optionPages[option] == nil {
                optionPages[option] = index
            }
        }
        self.optionPages = optionPages
        pagePaths = site.pages.map { PageContext.urlPath(of: $0.route.outputPath, style: site.config.urlStyle) }
        strings = PageStrings(theme.strings, languages: Set(site.pages.map(\.lang) + [site.config.language]))
    }

    /// A renderer for `site` that takes the navigation, the option pages,
    /// the URL paths and the interface strings from `previous`: for a site
    /// whose pages, routes, front matter, configuration and theme strings
    /// are those `previous` was made for (an incremental build where only
    /// page contents changed). Making them again for 10,000 pages took a
    /// third of a one-page rebuild.
    public init(site: Site, theme: Theme, sameStructureAs previous: SiteRenderer) {
        self.site = site
        self.theme = theme
        navigation = previous.navigation
        optionPages = previous.optionPages
        pagePaths = previous.pagePaths
        strings = previous.strings
    }

    private var context: PageContext {
        PageContext(site: site, navigation: navigation, theme: theme, optionPages: optionPages, pagePaths: pagePaths,
                    strings: strings, closedNavItems: closedNavItems)
    }

    /// The layout a page renders with.
    public func layout(of page: Page) -> String {
        if let template = page.frontMatter.template { return template }
        switch page.kind {
        case .home: return "home"
        case .section: return "section"
        case .page: return "page"
        }
    }

    public func render(pageAt index: Int) throws -> RenderedFile {
        let page = site.pages[index]
        let context = self.context
        let tables = TableContext(optionPages: optionPages, urlFor: context.url(from:toPage:), pageStrings: strings)
        let body = BodyRenderer(library: theme, tables: tables)
            .render(page, strings: strings.table(for: page.lang), templateStrings: strings.values(for: page.lang))
        let values = context.page(index, content: body)
        let layout = layout(of: page)
        guard let html = theme.renderBytes(values, withTemplate: layout) else {
            throw RenderError.failed(layout, file: page.file, theme: theme)
        }
        return RenderedFile(path: page.route.outputPath, bytes: html)
    }

    /// The 404 page of the site (`folder` "") or of a translation (`en`: `en/404.html`, in English,
    /// with the English home, navigation and search).
    public func renderNotFound(folder: String = "") throws -> RenderedFile {
        // A server shows 404.html for a missing URL at any depth (Cloudflare Pages and `sitegen
        // serve` the nearest one up), so its links are absolute under the base URL's path.
        let context = self.context
        let path = GeneratedFiles.notFound(inFolder: folder), language = folder.isEmpty ? site.config.language : folder
        var values = context.common(page: nil, outputPath: path, language: language, root: context.absoluteRoot,
                                    folder: folder)
        let strings = self.strings.table(for: language)
        var page: [String: Any] = [
            "title": strings["notFoundTitle"] ?? "Page not found",
            "fullTitle": "\(strings["notFoundTitle"] ?? "Page not found") · \(site.config.title(inFolder: folder))",
            "lang": language, "dir": TextDirection(languageTag: language).rawValue,
            "kind": "not-found", "ogType": "website",
            "ogLocale": language.replacingOccurrences(of: "-", with: "_"),
        ]
        // The top page of a translated site with a base URL shows a translation's own page for an
        // address in its folder, on hosts that answer every address with the top page (not-found.js).
        if folder.isEmpty, context.absoluteRoot != nil, !site.config.languages.isEmpty {
            page["translationFolders"] = site.config.languages.map(\.tag).joined(separator: " ")
        }
        values["page"] = page
        guard let html = theme.render(values, withTemplate: "not-found") else {
            throw RenderError.failed("not-found", file: path, theme: theme)
        }
        return RenderedFile(path: path, text: html)
    }

    /// `sitemap.xml`, when the site has a base URL (sitemaps need absolute URLs).
    public func renderSitemap() -> RenderedFile? {
        guard site.config.baseURL != nil else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let translated = !navigation.translations.isEmpty
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + (translated ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"" : "") + ">\n"
        for index in navigation.order {
            let page = site.pages[index]
            guard let url = context.canonical(page.route.outputPath) else { continue }
            xml += "<url><loc>\(HTML.escape(url))</loc>"
            if let updated = page.frontMatter.updated ?? page.frontMatter.date { xml += "<lastmod>\(HTML.escape(updated))</lastmod>" }
            // Each translation, this page included, as search engines ask for them.
            for other in navigation.translations[index] ?? [] {
                guard let href = context.canonical(site.pages[other].route.outputPath) else { continue }
                xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(HTML.escape(site.pages[other].lang))\" href=\"\(HTML.escape(href))\"/>"
            }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return RenderedFile(path: GeneratedFiles.sitemap, text: xml)
    }

    /// The search index: `search-index.js` and its shards, every page's
    /// sections and terms (see ``SearchIndex`` and ``SearchShards``). With a
    /// `cache`, only the pages that changed since its last use are tokenised.
    public func renderSearchIndex(
        workers: Int? = nil, shouldStop: @Sendable () -> Bool = { false }, cache: SearchIndexCache? = nil
    ) throws -> [RenderedFile] {
        let (pages, url) = searchPages()
        let workers = workers ?? ProcessInfoCores.count
        let files = if let cache {
            cache.files(pages: pages, workers: workers, shouldStop: shouldStop, url: url, scopes: searchScopes)
        } else {
            SearchIndex.build(pages: pages, workers: workers, shouldStop: shouldStop, url: url)?.files(scopes: searchScopes)
        }
        guard let files else { throw RenderError.interrupted }
        return files
    }

    /// The same files, each handed to `emit` as soon as it is made (a full build writes them
    /// straight out rather than holding the whole index's bytes), the manifest last.
    public func writeSearchIndex(workers: Int? = nil, to emit: (RenderedFile) throws -> Void) throws {
        let (pages, url) = searchPages()
        guard let index = SearchIndex.build(pages: pages, workers: workers ?? ProcessInfoCores.count,
                                            shouldStop: { false }, url: url)
        else { throw RenderError.interrupted }
        try index.write(scopes: searchScopes, to: emit)
    }

    /// The URL prefixes of the translations' pages (`en/`): a page searches those of its language.
    private var searchScopes: [String] { site.config.languages.map { $0.tag + "/" } }

    /// The pages in index order, and each page's URL relative to the site root.
    private func searchPages() -> ([Page], @Sendable (Page) -> String) {
        let context = self.context
        return (navigation.order.map { site.pages[$0] }, { context.url(from: "", to: $0.route.outputPath) })
    }

    public func assetFiles() -> [RenderedFile] {
        theme.assets.sorted { $0.key < $1.key }.map { RenderedFile(path: $0.key, bytes: $0.value) }
    }
}

public enum RenderError: Error, CustomStringConvertible, Sendable {
    case missingTemplate(String, file: String)
    /// Partials nested deeper than the template engine allows (a partial
    /// including itself inside a section over a value that is always there).
    case partialsTooDeep(String, file: String)
    /// A deferred file's work was stopped for a newer build.
    case interrupted

    /// Why `theme` rendered no text with `template`.
    static func failed(_ template: String, file: String, theme: Theme) -> RenderError {
        theme.templateSources[template] == nil ? .missingTemplate(template, file: file) : .partialsTooDeep(template, file: file)
    }

    public var description: String {
        switch self {
        case .missingTemplate(let name, let file): return "\(file): no template named '\(name)'"
        case .partialsTooDeep(let name, let file):
            return "\(file): template '\(name)' nests partials more than \(MustacheLibrary.maximumPartialDepth) deep "
                + "(does a partial include itself inside a section over a value that is always there?)"
        case .interrupted: return "stopped for a newer build"
        }
    }
}
