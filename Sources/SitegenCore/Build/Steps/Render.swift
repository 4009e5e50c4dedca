extension BuildStep {
    /// Renders every page and writes it straight into the staging folder
    /// (pages are not all held in memory), then the 404 page, the sitemap,
    /// the search index, the theme's assets and the content folder's files.
    public static let render = BuildStep("render") { context in
        guard let site = context.site, let theme = context.theme else { return }
        let transaction = try OutputTransaction(output: context.paths.output, fileIO: context.fileIO)
        context.transaction = transaction
        let renderer = SiteRenderer(site: site, theme: theme)
        let failures = Parallel.map(site.pages.count, workers: context.options.workers) { index -> String? in
            do {
                try transaction.write(try renderer.render(pageAt: index))
                return nil
            } catch {
                return "\(site.pages[index].file): \(error)"
            }
        }.compactMap { $0 }
        if let failure = failures.first {
            context.diagnostics.append(BuiltinProblem.templateError.diagnostic(
                file: context.paths.display(context.paths.templates), range: nil,
                message: "rendering failed: \(failure)", hint: nil))
            throw BuildStop.contentErrors
        }
        try transaction.write(try renderer.renderNotFound())
        if let sitemap = renderer.renderSitemap() { try transaction.write(sitemap) }
        try transaction.write(try renderer.renderSearchIndex())
        for asset in renderer.assetFiles() { try transaction.write(asset) }
        // Copy what a link points to, never the link (an absolute link would point the published
        // site at the build machine), and only from inside the content folder as it is now.
        let contentRoot = context.fileIO.resolve(context.paths.content) ?? context.paths.content
        for asset in site.assets {
            let source = context.paths.content + "/" + asset
            guard let real = context.fileIO.resolve(source), real.hasPrefix(contentRoot + "/") else {
                throw OutputError.unsafePath(asset)
            }
            try transaction.copy(from: real, to: asset)
        }
    }

    /// Swaps the finished build into the output folder.
    public static let commit = BuildStep("commit") { context in
        try context.transaction?.commit()
    }
}
