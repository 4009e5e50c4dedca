extension BuildStep {
    /// Parses every page with cmark-gfm into the typed model (in parallel).
    public static let parse = BuildStep("parse") { context in
        let builder = pageBuilder(for: context)
        let sources = context.sources
        let pages = Parallel.map(sources.count, workers: context.options.workers) { builder.build(sources[$0]) }
        context.site = Site(config: context.config, pages: pages, schemas: context.schemas,
                            assets: context.discovered.assets)
        // The pages hold what later steps need; the sources (a second copy of
        // every file, front matter blanked) would only add to the peak.
        context.parsedSourceCount = context.sources.count
        context.sources = []
    }

    /// The page builder for the sources read so far: links resolve against
    /// every page's route and the content folder's files.
    static func pageBuilder(for context: BuildContext) -> PageBuilder {
        let routes = Dictionary(context.sources.map { ($0.contentPath, $0.route) }, uniquingKeysWith: { a, _ in a })
        let resolver = LinkResolver(routes: routes, assets: Set(context.discovered.assets), style: context.config.urlStyle)
        return PageBuilder(
            resolver: resolver, schemas: context.schemas,
            options: MarkdownOptions(allowRawHTML: context.config.allowRawHTML,
                                     smartPunctuation: context.config.smartPunctuation,
                                     renderHTML: context.options.mode == .build),
            defaultLanguage: context.config.language, translations: context.config.languages)
    }
}
