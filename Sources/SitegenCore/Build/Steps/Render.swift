extension BuildStep {
    /// Renders every page and writes it straight into the staging folder
    /// (pages are not all held in memory), then the 404 page, the sitemap,
    /// the search index, the theme's assets and the content folder's files.
    public static let render = BuildStep("render") { context in
        guard let site = context.site, let theme = context.theme else { return }
        let transaction = try OutputTransaction(output: context.paths.output, fileIO: context.fileIO)
        context.transaction = transaction
        let renderer = SiteRenderer(site: site, theme: theme)
        // The search index is built beside the pages rather than after them, and written as it is made.
        let (failures, index) = Parallel.both({
            Parallel.map(site.pages.count, workers: context.options.workers) { index -> String? in
                do {
                    try transaction.write(try renderer.render(pageAt: index))
                    return nil
                } catch {
                    return renderFailure(error, file: site.pages[index].file)
                }
            }.compactMap { $0 }
        }, alongside: { Result { try renderer.writeSearchIndex(to: transaction.write) } })
        if let failure = failures.first {
            context.diagnostics.append(BuiltinProblem.templateError.diagnostic(
                file: context.paths.display(context.paths.templates), range: nil,
                message: "rendering failed: \(failure)", hint: nil))
            throw BuildStop.contentErrors
        }
        try index.get()
        for file in try structureFiles(renderer) { try transaction.write(file) }
        for asset in site.assets {
            try transaction.copy(from: try assetSource(asset, context: context), to: asset)
        }
    }

    /// A page's rendering failure as the template-error diagnostic says it.
    static func renderFailure(_ error: Error, file: String) -> String {
        error is RenderError ? "\(error)" : "\(file): \(error)"  // a RenderError names the file itself
    }

    /// The file a content asset is copied from: what a link points to, never
    /// the link (an absolute link would point the published site at the build
    /// machine), and only from inside the content folder as it is now.
    static func assetSource(_ asset: String, context: BuildContext) throws -> String {
        let contentRoot = context.fileIO.resolve(context.paths.content) ?? context.paths.content
        let source = context.paths.content + "/" + asset
        guard let real = context.fileIO.resolve(source) else {
            // Gone (a broken link is reported by discovery): removed after the folder was read.
            throw context.fileIO.kind(source) == nil ? OutputError.vanished(asset) : OutputError.unsafePath(asset)
        }
        guard real.hasPrefix(contentRoot + "/") else { throw OutputError.unsafePath(asset) }
        return real
    }

    /// The files made from the whole site rather than one page: the 404
    /// page, the sitemap, the search index and the theme's assets.
    static func siteWideFiles(_ renderer: SiteRenderer) throws -> [RenderedFile] {
        try structureFiles(renderer) + contentFiles(renderer)
    }

    /// Site-wide files made from the pages' titles, routes and places only.
    static func structureFiles(_ renderer: SiteRenderer) throws -> [RenderedFile] {
        var files = try ([""] + renderer.site.config.languages.map(\.tag)).map { try renderer.renderNotFound(folder: $0) }
        if let sitemap = renderer.renderSitemap() { files.append(sitemap) }
        return files + renderer.assetFiles()
    }

    /// Site-wide files made from the pages' content (the search index and its shards).
    static func contentFiles(
        _ renderer: SiteRenderer, workers: Int? = nil, shouldStop: @Sendable () -> Bool = { false },
        searchCache: SearchIndexCache? = nil
    ) throws -> [RenderedFile] {
        try renderer.renderSearchIndex(workers: workers, shouldStop: shouldStop, cache: searchCache)
    }

    /// Swaps the finished build into the output folder.
    public static let commit = BuildStep("commit") { context in
        try context.transaction?.commit()
    }
}
