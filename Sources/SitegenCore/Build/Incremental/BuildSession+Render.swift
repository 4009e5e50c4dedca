import Foundation

extension BuildSession {
    func render(_ context: BuildContext, versions: [Int], priority: [String], firstPagesWritten: (() -> Void)?,
                        shouldStop: (() -> Bool)?, into result: inout SessionBuild) throws {
        guard let site = context.site, let theme = context.theme else { return }
        var themeHasher = Hasher()
        themeHasher.combine(theme.templateSources)
        themeHasher.combine(theme.assets)
        themeHasher.combine(theme.strings)
        let themeKey = themeHasher.finalize()
        // An output folder removed or emptied behind the session's back is written again in full,
        // as the first build wrote it (only changed pages would be, onto nothing).
        if let live = output, !live.isIntact { output = nil }
        // While no page's title, route or place changed, the navigation and
        // every unchanged page's render key stay as they were.
        let same = !structureChanged && rendered?.themeKey == themeKey && output != nil
        let renderer = same ? SiteRenderer(site: site, theme: theme, sameStructureAs: rendered!.renderer)
            : SiteRenderer(site: site, theme: theme)
        let plan = RenderPlan(renderer: renderer, versions: versions, facts: pages.facts)
        var keys: [Int]
        if same, let previous = rendered?.keys {
            keys = previous
            for index in unrendered { keys[index] = plan.key(of: index) }
        } else {
            keys = Parallel.map(site.pages.count, workers: options.workers) { plan.key(of: $0) }
        }
        let live = output ?? LiveOutput(output: context.paths.output, fileIO: fileIO)
        let transaction = output == nil ? try OutputTransaction(output: context.paths.output, fileIO: fileIO) : nil
        context.transaction = transaction
        live.begin()
        let write: @Sendable (RenderedFile) throws -> Void = { file in
            if let transaction {
                try transaction.write(file)
                live.record(file.path, digest: ContentDigest.of(file.bytes), bytes: file.bytes.count)
            } else {
                try live.write(file)
            }
        }
        let todo: [Int]
        if transaction != nil {
            todo = Array(site.pages.indices)
        } else if same {
            todo = unrendered.sorted().filter { renderKeys[site.pages[$0].contentPath] != keys[$0] }
        } else {
            todo = site.pages.indices.filter { renderKeys[site.pages[$0].contentPath] != keys[$0] }
        }
        // The theme's assets (and the 404 page and sitemap) before the pages: a page open in a
        // browser reloads as soon as it is written, and links the assets' new versions.
        var structurePaths = rendered?.structurePaths ?? []
        if !same {
            structurePaths = []
            for file in try BuildStep.structureFiles(renderer) {
                try write(file)
                structurePaths.insert(file.path)
            }
        }
        // The content folder's files (images…) before the pages too (a file's stamp tells an
        // unchanged one, which is not copied again).
        let hadAssets = rendered.map { !$0.renderer.site.assets.isEmpty } ?? false
        let copiesAssets = !same || !site.assets.isEmpty || hadAssets
        if copiesAssets {
            for asset in site.assets {
                let source = try BuildStep.assetSource(asset, context: context)
                let digest = ContentDigest.of(fileIO.stamp(source))
                if let transaction {
                    try transaction.copy(from: source, to: asset)
                    live.record(asset, digest: digest, bytes: 0)
                } else {
                    try live.copy(from: source, to: asset, digest: digest)
                }
            }
        }
        // Pages open in a browser first, so they can reload before the rest is done.
        let wanted = Set(priority)
        let first = transaction == nil ? todo.filter { wanted.contains(site.pages[$0].route.outputPath) } : []
        let rest = first.isEmpty ? todo : todo.filter { !wanted.contains(site.pages[$0].route.outputPath) }
        // The rest in slices, so a newer change can interrupt a long render
        // (a template edit on a large site): what is left is redone next time.
        let slice = transaction == nil && shouldStop != nil ? renderSlice : Swift.max(1, rest.count)
        let batches = [first] + stride(from: 0, to: rest.count, by: slice).map { Array(rest[$0..<Swift.min(rest.count, $0 + slice)]) }
        var failures: [String] = []
        for (batch, list) in batches.enumerated() where !list.isEmpty {
            if batch > 0, transaction == nil, shouldStop?() == true {
                result.interrupted = true
                output = live
                return
            }
            failures += Parallel.map(list.count, workers: options.workers) { position -> String? in
                do {
                    try write(try renderer.render(pageAt: list[position]))
                    return nil
                } catch {
                    return BuildStep.renderFailure(error, file: site.pages[list[position]].file)
                }
            }.compactMap { $0 }
            // (Unless nothing was written yet: a save without an edit reloads no page.)
            if batch == 0, !list.isEmpty, failures.isEmpty, live.writtenCount > 0 { firstPagesWritten?() }
        }
        if let failure = failures.first {
            context.diagnostics.append(BuiltinProblem.templateError.diagnostic(
                file: context.paths.display(context.paths.templates), range: nil,
                message: "rendering failed: \(failure)", hint: nil))
            throw BuildStop.contentErrors
        }
        // The search index follows every content change (it is written after
        // the pages, so open pages reload first); the other site-wide files
        // follow structural changes only.
        var contentPaths = rendered?.contentPaths ?? []
        if same, !unrendered.isEmpty, deferSiteContent {
            contentGeneration += 1
            pendingContent = (contentGeneration, renderer)
            result.deferredContent = true
        } else if !same || !unrendered.isEmpty {
            pendingContent = nil
            let old = contentPaths
            contentPaths = []
            for file in try BuildStep.contentFiles(renderer, workers: options.workers, searchCache: searchCache) {
                try write(file)
                contentPaths.insert(file.path)
            }
            if transaction == nil { live.remove(old.subtracting(contentPaths)) }  // shards the index no longer has
        }
        // Stale files go: also when the last content file was just removed.
        if copiesAssets, transaction == nil {
            live.removeAll(except: Set(site.pages.map(\.route.outputPath)).union(contentPaths).union(structurePaths)
                .union(site.assets))
        }
        if let transaction {
            try transaction.commit()
            result.full = true
        }
        output = live
        result.pagesRendered = todo.count
        result.reusedStructure = same
        rendered = Rendered(themeKey: themeKey, renderer: renderer, keys: keys,
                            structurePaths: structurePaths, contentPaths: contentPaths)
        unrendered = []
        structureChanged = false
        if same {
            for index in todo { renderKeys[site.pages[index].contentPath] = keys[index] }
        } else {
            renderKeys = Dictionary(zip(site.pages.map(\.contentPath), keys), uniquingKeysWith: { a, _ in a })
        }
    }

    /// What the last successful render left for the next one.
    struct Rendered {
        var themeKey: Int
        /// Its renderer, whose navigation and page tables the next one reuses
        /// while the structure stays the same.
        var renderer: SiteRenderer
        /// Render keys in page order.
        var keys: [Int]
        /// Output paths of the site-wide files made from structure and from content.
        var structurePaths: Set<String>
        var contentPaths: Set<String>
    }
}
