import Foundation
import SitegenCore

/// `sitegen serve`: builds the site, serves the output folder over HTTP on
/// loopback (unless told otherwise), watches the content, templates and
/// configuration, rebuilds incrementally on change and tells open pages to
/// reload (or shows the errors; the last good site stays served).
public final class DevServer: @unchecked Sendable {
    public struct Options: Sendable {
        public var build: BuildOptions
        public var host = "127.0.0.1"
        /// 0 picks a free port.
        public var port: UInt16 = 1313
        public var watch = true
        /// Hears every step of every build (`[i/n] step (ms)`), for --verbose.
        public var stepLog: (@Sendable (String) -> Void)?

        public init(build: BuildOptions) { self.build = build }
    }

    public let options: Options
    public let session: BuildSession
    public let hub = ReloadHub()
    /// Pages recently asked for: rendered first by the next build.
    let recent = RecentPages()
    private var listener: HTTPListener?
    private var watcher: FileWatcher?
    private var rebuilder: Rebuilder?
    private var pinger: Task<Void, Never>?
    private let deferred: DeferredWriter
    private let onBuild: @Sendable (SessionBuild) -> Void
    private let onOutputMoved: @Sendable (String) -> Void
    private let lock = NSLock()
    private var lastBuild: SessionBuild?
    /// Whether a build has succeeded since the output folder was last found missing.
    private var outputWritten = false
    /// What requests are answered from, once the first build has run.
    private var served: ServedFolder?
    /// The folders the watcher watches (a configuration edit can change them).
    private var watchedPaths: SitePaths?

    /// `onBuild` hears about every build (the first one too), for the terminal; `onOutputMoved`
    /// hears of the new folder when a configuration edit (`output:`) moved what is served.
    public init(options: Options, onBuild: @escaping @Sendable (SessionBuild) -> Void = { _ in },
                onOutputMoved: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        session = BuildSession(options: options.build)
        session.deferSiteContent = true
        deferred = DeferredWriter(session: session)
        self.onBuild = onBuild
        self.onOutputMoved = onOutputMoved
    }

    /// Builds the site now (also what a file change does) and notifies pages.
    /// `changes`: what the watcher saw; a build told of written files only
    /// reads those pages again instead of looking at every file.
    @discardableResult
    public func rebuild(_ changes: FileChanges = .unknown) -> SessionBuild {
        let rebuilder = lock.withLock { self.rebuilder }
        let build = session.build(log: options.stepLog ?? { _ in }, changedFiles: changes.onlyWritten,
                                  priority: recent.paths,
                                  firstPagesWritten: { [hub] in hub.reloadEarly() },
                                  shouldStop: rebuilder.map { waiting in { waiting.hasPending } })
        let served = lock.withLock { () -> ServedFolder? in
            lastBuild = build
            if build.succeeded { outputWritten = true }
            return self.served
        }
        let outputMoved = build.succeeded && served?.follow(build.report.output) == true
        followMovedFolders(build.paths)
        hub.publish(build)
        onBuild(build)
        if outputMoved { onOutputMoved(build.report.output) }
        if build.deferredContent { deferred.poke() }
        return build
    }

    /// A request found no output folder although a build wrote one (`rm -rf public` while
    /// serving): one build writes it again, and the page asking reloads when it is done. Asked
    /// once until a build succeeds (a site with errors is not rebuilt at every request).
    func outputMissing() {
        let rebuilder = lock.withLock { () -> Rebuilder? in
            guard outputWritten else { return nil }
            outputWritten = false
            return self.rebuilder
        }
        rebuilder?.trigger(.unknown)
    }

    /// Whether a file change is waiting for (or debouncing before) a build.
    var changeWaiting: Bool { lock.withLock { rebuilder }?.hasPending ?? false }

    public var outputFolder: String { lock.withLock { lastBuild?.report.output } ?? options.build.output ?? "public" }

    /// Builds once, starts serving and watching; returns the port listened on. Throws a
    /// `ListenFailure` when it cannot listen: asked before the first build (seconds on a large
    /// site), so a port in use is said at once and nothing is written.
    public func start() async throws -> UInt16 {
        let host = Self.bindHost(options.host), port = Int(options.port)
        try await listening { try await HTTPListener.probe(host: host, port: port) }
        deferred.start(interruptWhen: { [weak self] in self?.changeWaiting ?? false })
        let first = rebuild()
        let served = ServedFolder(first.report.output)
        lock.withLock { self.served = served }
        let handler = RequestHandler(folder: served, hub: hub, recent: recent,
                                     outputMissing: { [weak self] in self?.outputMissing() })
        let listener = try await listening { try await HTTPListener.start(host: host, port: port, handler: handler) }
        lock.withLock { self.listener = listener }
        if options.watch { startWatching(root: first.report.root, first: first) }
        pinger = Task { [hub] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 10_000_000_000)
                hub.ping()
            }
        }
        return UInt16(clamping: listener.port)
    }

    public func stop() async {
        lock.withLock { watcher }?.stop()
        rebuilder?.stop()
        deferred.stop()
        pinger?.cancel()
        hub.finishAll()
        await lock.withLock { self.listener }?.stop()
    }

    private func startWatching(root: String, first: SessionBuild) {
        let rebuilder = Rebuilder { [weak self] changes in _ = self?.rebuild(changes) }
        rebuilder.start()
        lock.withLock { self.rebuilder = rebuilder }
        watch(lock.withLock { lastBuild?.paths ?? first.paths }, rebuilder: rebuilder)
    }

    /// Watches the content, templates and schemas folders of `paths`, and the configuration.
    private func watch(_ paths: SitePaths, rebuilder: Rebuilder) {
        let config = options.build.configFile.map { $0.hasPrefix("/") ? $0 : paths.root + "/" + $0 }
            ?? paths.root + "/" + ConfigLoader.fileName
        let targets = [
            FileWatcher.Target(path: paths.content, recursive: true),
            FileWatcher.Target(path: paths.templates, recursive: true),
            FileWatcher.Target(path: paths.schemas, recursive: true),
            FileWatcher.Target(path: config, recursive: false),
        ]
        let watcher = FileWatcher(targets: targets) { rebuilder.trigger($0) }
        watcher.start()
        let previous = lock.withLock { () -> FileWatcher? in
            defer {
                self.watcher = watcher
                watchedPaths = paths
            }
            return self.watcher
        }
        previous?.stop()
    }

    /// A configuration edit that moved the content, templates or schemas folder (`content: docs`)
    /// moves the watches there, then asks for one more build: a file written in the new folder
    /// after the build read it but before it was watched would otherwise never be seen.
    private func followMovedFolders(_ paths: SitePaths) {
        let rebuilder = lock.withLock { () -> Rebuilder? in
            guard let watched = watchedPaths, !paths.content.isEmpty,
                  (watched.content, watched.templates, watched.schemas) != (paths.content, paths.templates, paths.schemas)
            else { return nil }
            return self.rebuilder
        }
        guard let rebuilder else { return }
        watch(paths, rebuilder: rebuilder)
        rebuilder.trigger(.unknown)
    }

    /// What `body` gives, or the `ListenFailure` its error means.
    private func listening<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw ListenFailure(host: options.host, port: Int(options.port), error: error)
        }
    }

    /// The host as a URL writes it: an IPv6 address in brackets (once).
    public static func displayHost(_ host: String) -> String {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return bare.contains(":") ? "[\(bare)]" : bare
    }

    /// The address to bind: `localhost` is the IPv4 loopback, `[::1]` loses its brackets.
    static func bindHost(_ host: String) -> String {
        host == "localhost" ? "127.0.0.1" : host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    }
}
