extension BuildStep {
    /// Parses every page with cmark-gfm into the typed model (in parallel).
    public static let parse = BuildStep("parse") { context in
        let routes = Dictionary(context.sources.map { ($0.contentPath, $0.route) }, uniquingKeysWith: { a, _ in a })
        let resolver = LinkResolver(routes: routes, assets: Set(context.discovered.assets), style: context.config.urlStyle)
        let builder = PageBuilder(
            resolver: resolver, schemas: context.schemas,
            options: MarkdownOptions(allowRawHTML: context.config.allowRawHTML,
                                     smartPunctuation: context.config.smartPunctuation),
            defaultLanguage: context.config.language)
        let sources = context.sources
        let pages = Parallel.map(sources.count, workers: context.options.workers) { builder.build(sources[$0]) }
        context.site = Site(config: context.config, pages: pages, schemas: context.schemas,
                            assets: context.discovered.assets)
    }
}
