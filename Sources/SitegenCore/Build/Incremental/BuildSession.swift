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
    private var sources = SourceCache()
    private var pages = PageCache()
    private var checks = CheckCache()
    private var configKey: Int?
    private var routesKey: Int?
    /// Render key of every page at the last successful write, by content path.
    private var renderKeys: [String: Int] = [:]
    private var output: LiveOutput?
    private let lock = NSLock()

    public init(options: BuildOptions, fileIO: FileIO = .disk) {
        var options = options
        options.mode = .build
        self.options = options
        self.fileIO = fileIO
    }

    /// Builds the site as it is now on disk. One build runs at a time.
    public func build(log: (String) -> Void = { _ in }) -> SessionBuild {
        lock.lock()
        defer { lock.unlock() }
        let context = BuildContext(options: options, fileIO: fileIO)
        var result = SessionBuild()
        var timings: [(String, Double)] = []
        let names = ["load config", "discover", "read", "parse", "check", "load templates", "render"]
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
            try step(names[1]) { try BuildStep.discover.run(context) }
            try step(names[2]) {
                let results = sources.read(pages: context.discovered.pages, root: context.paths.content,
                                           display: context.paths.display(context.paths.content),
                                           fileIO: fileIO, workers: options.workers)
                BuildStep.assemble(results, into: context)
            }
            try step(names[3]) { versions = parse(context, into: &result) }
            try step(names[4]) {
                guard let site = context.site else { return }
                context.diagnostics += checks.check(site: site, versions: versions, shape: routesKey ?? 0,
                                                    checker: BuildStep.checker(for: context), workers: options.workers)
                result.pagesChecked = checks.pagesChecked
                result.siteRulesRan = checks.siteRulesRan
                try BuildStep.finishCheck(context)
            }
            try step(names[5]) { try BuildStep.loadTemplates.run(context) }
            try step(names[6]) { try render(context, versions: versions, into: &result) }
        } catch let stop as BuildStop {
            outcome = stop == .couldNotRun ? .couldNotRun : .contentErrors
        } catch {
            context.diagnostics.append(BuiltinProblem.fileUnreadable.diagnostic(
                file: context.paths.display(context.paths.output), range: nil,
                message: "build failed: \(error)", hint: nil))
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
        result.paths = context.paths
        return result
    }

    /// Forgets everything (the configuration changed).
    private func reset(configKey key: Int) {
        sources = SourceCache()
        pages = PageCache()
        checks = CheckCache()
        routesKey = nil
        renderKeys = [:]
        output = nil
        configKey = key
    }

    private func parse(_ context: BuildContext, into result: inout SessionBuild) -> [Int] {
        let builder = BuildStep.pageBuilder(for: context)
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
        let parsed = pages.pages(for: sourceList, keys: keys, builder: builder,
                                 routesChanged: newRoutesKey != routesKey, workers: options.workers)
        routesKey = newRoutesKey
        result.pagesParsed = parsed.reparsed.count
        context.site = Site(config: context.config, pages: parsed.pages, schemas: context.schemas,
                            assets: context.discovered.assets)
        return parsed.versions
    }

    private func render(_ context: BuildContext, versions: [Int], into result: inout SessionBuild) throws {
        guard let site = context.site, let theme = context.theme else { return }
        let renderer = SiteRenderer(site: site, theme: theme)
        let plan = RenderPlan(renderer: renderer, versions: versions)
        let keys = Parallel.map(site.pages.count, workers: options.workers) { plan.key(of: $0) }
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
        let todo = site.pages.indices.filter { transaction != nil || renderKeys[site.pages[$0].contentPath] != keys[$0] }
        let failures = Parallel.map(todo.count, workers: options.workers) { position -> String? in
            do {
                try write(try renderer.render(pageAt: todo[position]))
                return nil
            } catch {
                return "\(site.pages[todo[position]].file): \(error)"
            }
        }.compactMap { $0 }
        if let failure = failures.first {
            context.diagnostics.append(BuiltinProblem.templateError.diagnostic(
                file: context.paths.display(context.paths.templates), range: nil,
                message: "rendering failed: \(failure)", hint: nil))
            throw BuildStop.contentErrors
        }
        var keep = Set(site.pages.map(\.route.outputPath))
        for file in try BuildStep.siteWideFiles(renderer) {
            try write(file)
            keep.insert(file.path)
        }
        for asset in site.assets {
            let source = context.paths.content + "/" + asset
            let digest = ContentDigest.of(fileIO.stamp(source))
            if let transaction {
                try transaction.copy(from: source, to: asset)
                live.record(asset, digest: digest, bytes: 0)
            } else {
                try live.copy(from: source, to: asset, digest: digest)
            }
            keep.insert(asset)
        }
        if let transaction {
            try transaction.commit()
            result.full = true
        } else {
            live.removeAll(except: keep)
        }
        output = live
        result.pagesRendered = todo.count
        renderKeys = Dictionary(zip(site.pages.map(\.contentPath), keys), uniquingKeysWith: { a, _ in a })
    }
}
