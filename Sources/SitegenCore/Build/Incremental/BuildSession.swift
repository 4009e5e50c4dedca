import Dispatch
import Foundation

/// A long-lived build of one site, for `sitegen serve`: each `build()` reads
/// the files again but redoes only what their changes can affect.
///
/// - read: files whose `stat` stamp changed are read again; pages whose bytes
///   (content hash) changed are decoded again;
/// - parse: a page is parsed again when its content or the schemas changed,
///   or when a link of it now resolves differently (pages added, removed,
///   renamed);
/// - check: page rules run for re-parsed pages, site rules when the site
///   index's inputs changed (see ``CheckCache``);
/// - render: pages whose render key changed are rendered (see ``RenderPlan``),
///   and files are written only when their bytes changed.
///
/// The first build, and the first after a configuration change, writes the
/// whole output through an ``OutputTransaction`` like `sitegen build`. A
/// build with errors writes nothing: the last good output stays in place.
public final class BuildSession: @unchecked Sendable {
    public let options: BuildOptions
    public let fileIO: FileIO
    var sources = SourceCache()
    var pages = PageCache()
    var checks = CheckCache()
    var configKey: Int?
    var routesKey: Int?
    var discovery = DiscoveryCache()
    var assembly = SourceAssembly()
    var builder: (key: Int, builder: PageBuilder)?
    /// Render key of every page at the last successful write, by content path.
    var renderKeys: [String: Int] = [:]
    var output: LiveOutput?
    var rendered: Rendered?
    /// Pages parsed again, and whether what pages show of each other changed,
    /// since the last successful render (a failed build renders nothing).
    var unrendered: Set<Int> = []
    var structureChanged = true
    let lock = NSLock()
    /// Leave the site-wide content files (the search index) to
    /// `writeDeferredContent()` after builds that only changed page contents:
    /// rebuilding the index of a large site takes seconds, the pages do not.
    public var deferSiteContent = false
    /// What the last such build left to write.
    var pendingContent: (generation: Int, renderer: SiteRenderer)?
    var contentGeneration = 0
    /// The search index page by page, so an edit tokenises only what changed.
    public let searchCache = SearchIndexCache()
    /// Pages rendered between two `shouldStop` questions.
    public var renderSlice = 512

    /// A session in `.check` mode (`sitegen lsp`) stops after the check: it renders and writes nothing.
    public init(options: BuildOptions, fileIO: FileIO = .disk) {
        var options = options
        if options.mode != .check { options.mode = .build }
        self.options = options
        self.fileIO = fileIO
    }

    /// Builds the site as it is now on disk. One build runs at a time.
    ///
    /// - Parameters:
    ///   - changedFiles: when known, the only files (absolute paths) written
    ///     since the last build began, and nothing else happened (no file or
    ///     folder came, went or moved): the build then reads those pages again
    ///     and takes the list of files and the other pages as they were,
    ///     instead of looking at every file. nil: look at everything.
    ///   - priority: output paths to render first (the pages open in a browser);
    ///   - firstPagesWritten: called once those are written, before the rest.
    ///   - shouldStop: asked between slices of pages; true stops rendering (a
    ///     newer change is waiting) and the next build finishes the job.
    public func build(
        log: (String) -> Void = { _ in }, changedFiles: Set<String>? = nil, priority: [String] = [],
        firstPagesWritten: (() -> Void)? = nil,
        shouldStop: (() -> Bool)? = nil
    ) -> SessionBuild {
        lock.lock()
        defer { lock.unlock() }
        let context = BuildContext(options: options, fileIO: fileIO)
        var result = SessionBuild()
        var timings: [(String, Double)] = []
        let names = ["load config", "discover", "read", "parse", "check", "load templates", "render"]
            .prefix(options.mode == .check ? 5 : 7)
        let start = DispatchTime.now().uptimeNanoseconds
        func step(_ name: String, _ body: () throws -> Void) throws {
            let began = DispatchTime.now().uptimeNanoseconds
            defer {
                let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1_000_000
                timings.append((name, milliseconds))
                log("[\(timings.count)/\(names.count)] \(name) (\(Pipeline.format(milliseconds)) ms)")
            }
            try body()
        }
        var outcome = BuildReport.Outcome.success
        var versions: [Int] = []
        do {
            try step(names[0]) {
                try BuildStep.loadConfig.run(context)
                var hasher = Hasher()
                hasher.combine(context.config)
                hasher.combine(context.paths)
                let key = hasher.finalize()
                if key != configKey { reset(configKey: key) }
            }
            let written = changedFiles.map { SourceCache.contentPaths(of: $0, under: context.paths.content) }
            try step(names[1]) {
                try BuildStep.discoverContent(context) { discovery.discover($0, foldersUnchanged: written != nil) }
            }
            try step(names[2]) {
                let results = sources.read(pages: context.discovered.pages, only: written, root: context.paths.content,
                                           display: context.paths.display(context.paths.content),
                                           fileIO: fileIO, workers: options.workers)
                assembly.assemble(results, changed: sources.changed, into: context)
            }
            try step(names[3]) { versions = parse(context, into: &result) }
            try step(names[4]) {
                guard let site = context.site else { return }
                context.diagnostics += checks.check(site: site, versions: versions, shape: routesKey ?? 0,
                                                    checker: BuildStep.checker(for: context), workers: options.workers)
                result.pagesChecked = checks.pagesChecked
                result.siteRulesRun = checks.siteRulesRun
                result.indexPagesRead = checks.indexPagesRead
                try BuildStep.finishCheck(context)
            }
            if options.mode == .build {
                try step(names[5]) { try BuildStep.loadTemplates.run(context) }
                try step(names[6]) {
                    try render(context, versions: versions, priority: priority, firstPagesWritten: firstPagesWritten,
                               shouldStop: shouldStop, into: &result)
                }
            }
        } catch let stop as BuildStop {
            outcome = stop == .couldNotRun ? .couldNotRun : .contentErrors
        } catch {
            context.diagnostics.append(BuiltinProblem.fileUnreadable.diagnostic(
                file: context.paths.display(context.paths.output), range: nil,
                message: "build failed: \(error)", hint: (error as? OutputError)?.hint))
            outcome = .couldNotRun
        }
        context.transaction?.rollback()
        if outcome == .success, context.hasErrors { outcome = .contentErrors }
        let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        result.report = BuildReport(
            outcome: outcome, diagnostics: context.diagnostics.sorted(),
            pages: context.site?.pages.count ?? context.sources.count, tables: context.site?.tableCount ?? 0,
            filesWritten: output?.written.count ?? 0, bytesWritten: output?.bytesWritten ?? 0,
            timings: timings, totalMilliseconds: total, output: context.paths.output, root: context.paths.root)
        if outcome == .success { result.changed = output?.written ?? [] }
        result.site = context.site
        result.paths = context.paths
        return result
    }

    /// Forgets everything (the configuration changed).
    func reset(configKey key: Int) {
        sources = SourceCache()
        discovery = DiscoveryCache()
        assembly = SourceAssembly()
        builder = nil
        pages = PageCache()
        checks = CheckCache()
        routesKey = nil
        renderKeys = [:]
        output = nil
        rendered = nil
        pendingContent = nil
        unrendered = []
        structureChanged = true
        configKey = key
    }

    func parse(_ context: BuildContext, into result: inout SessionBuild) -> [Int] {
        let sourceList = context.sources
        let schemasKey = ContentDigest.of(context.schemas)
        let keys = sourceList.map { source -> Int in
            var hasher = Hasher()
            hasher.combine(schemasKey)
            if let digest = sources.digest(of: source.contentPath) {
                hasher.combine(digest)
            } else {
                hasher.combine(source.frontMatter.title)  // a generated section page
            }
            return hasher.finalize()
        }
        var routes = Hasher()
        for source in sourceList {
            routes.combine(source.contentPath)
            routes.combine(source.route)
        }
        routes.combine(context.discovered.assets)
        let newRoutesKey = routes.finalize()
        // The link resolver indexes every route: reuse it while they are the same.
        let builderKey = newRoutesKey ^ schemasKey
        let pageBuilder = builder?.key == builderKey ? builder!.builder : BuildStep.pageBuilder(for: context)
        builder = (builderKey, pageBuilder)
        let reparsed = pages.update(sources: sourceList, keys: keys, builder: pageBuilder,
                                    routesChanged: newRoutesKey != routesKey, workers: options.workers)
        routesKey = newRoutesKey
        result.pagesParsed = reparsed.count
        unrendered.formUnion(pages.lastReparsed)
        if pages.structureChanged { structureChanged = true }
        context.site = Site(config: context.config, pages: pages.pages, schemas: context.schemas,
                            assets: context.discovered.assets)
        return pages.versions
    }
}
