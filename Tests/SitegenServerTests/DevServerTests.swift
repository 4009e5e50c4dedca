import Foundation
import SitegenCore
import Testing
@testable import SitegenServer

/// `sitegen serve` end to end: a real server on a free loopback port, a
/// real watcher, raw HTTP requests.
@Suite(.serialized) struct DevServerTests {
    static func makeSite() throws -> String {
        let root = NSTemporaryDirectory() + "sitegen-serve-" + UUID().uuidString
        let files = [
            "sitegen.yml": "title: Served\nlanguage: en\nbase-url: https://example.org/\n",
            "Content/_index.md": "---\ntitle: Home\n---\n\nWelcome. See [the guide](guide.md).\n",
            "Content/guide.md": "---\ntitle: Guide\n---\n\n## Steps\n\nFirst version.\n",
            "Content/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
            "Content/.well-known/security.txt": "Contact: mailto:security@example.org\n",
        ]
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return root
    }

    static func start(_ root: String) async throws -> (DevServer, RawHTTP) {
        var build = BuildOptions()
        build.root = root
        var options = DevServer.Options(build: build)
        options.port = 0
        let server = DevServer(options: options)
        let port = try await server.start()
        return (server, RawHTTP(port: port))
    }

    static func write(_ root: String, _ path: String, _ text: String) throws {
        try text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
    }

    @Test func servesPagesWithTheRightTypes() async throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (server, http) = try await Self.start(root)
        let home = try await http.get("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.text.contains("<script src=\"/__sitegen/reload.js\" defer></script>"))
        let onDisk = try String(contentsOfFile: root + "/public/index.html", encoding: .utf8)
        #expect(!onDisk.contains("__sitegen"), "the reload script is added when serving, not written")
        #expect(try await http.get("/guide/").status == 200)
        let redirect = try await http.get("/guide")
        #expect(redirect.status == 301 && redirect.headers["location"] == "/guide/")
        #expect(try await http.get("/guide?tab=2").headers["location"] == "/guide/?tab=2")
        #expect(try await http.get("/assets/sitegen.css").headers["content-type"] == "text/css; charset=utf-8")
        #expect(try await http.get("/assets/sitegen.js").headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(try await http.get("/logo.svg").headers["content-type"] == "image/svg+xml")
        let wellKnown = try await http.get("/.well-known/security.txt")
        #expect(wellKnown.status == 200 && wellKnown.text.hasPrefix("Contact:"))
        #expect(try await http.get("/sitemap.xml").headers["content-type"] == "application/xml")
        let script = try await http.get("/__sitegen/reload.js")
        #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(script.text.contains("EventSource") && script.text.contains("sitegen-error-overlay"))
        let head = try await http.get("/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(try await http.get("/", method: "POST").status == 405)
        await server.stop()
    }

    @Test(arguments: [
        "/../sitegen.yml", "/%2e%2e/sitegen.yml", "/%2E%2E/Content/guide.md", "/%252e%252e/sitegen.yml",
        "/..%5csitegen.yml", "/..\\sitegen.yml", "/guide/%00", "//etc/passwd", "/assets/", "/nope",
    ])
    func answers404OutsideTheOutput(_ target: String) async throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (server, http) = try await Self.start(root)
        let response = try await http.get(target)
        #expect(response.status == 404, "\(target)")
        #expect(!response.text.contains("title: Served"))
        await server.stop()
    }

    @Test("a missing page gets the nearest 404 page up its path: a translation's own")
    func nearestNotFoundPage() async throws {
        #expect(RequestHandler.notFoundPages(for: "/en/guide/x") == ["/en/guide/404.html", "/en/404.html", "/404.html"])
        #expect(RequestHandler.notFoundPages(for: "/en/") == ["/en/404.html", "/404.html"])
        #expect(RequestHandler.notFoundPages(for: "/x") == ["/404.html"])
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.write(root, "sitegen.yml", "title: Served\nlanguage: en\nlanguages:\n  de: {title: Bedient}\n")
        try FileManager.default.createDirectory(atPath: root + "/Content/de", withIntermediateDirectories: true)
        try Self.write(root, "Content/de/guide.md", "---\ntitle: Anleitung\n---\n\nText.\n")
        let (server, http) = try await Self.start(root)
        let german = try await http.get("/de/nope/")
        #expect(german.status == 404 && german.text.contains("<html lang=\"de\""), "\(german.text.prefix(300))")
        let english = try await http.get("/nope/")
        #expect(english.status == 404 && english.text.contains("<html lang=\"en\""))
        await server.stop()
    }

    @Test func reloadsAfterAChangeAndShowsErrorsWhileServingTheLastGoodSite() async throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (server, http) = try await Self.start(root)
        _ = try await http.get("/guide/")
        let reload = try await http.stream(until: { $0.contains("event: reload") }) {
            try Self.write(root, "Content/guide.md", "---\ntitle: Guide\n---\n\n## Steps\n\nSecond version.\n")
        }
        #expect(reload.contains("event: reload"))
        #expect(try await http.get("/guide/").text.contains("Second version."))
        // The search index follows a moment later, once builds are quiet.
        #expect(try await eventually { try await http.get("/search-index/t0.js").text.contains("[\"second\",") })

        let failed = try await http.stream(until: { $0.contains("event: errors") }) {
            try Self.write(root, "Content/guide.md", "---\ntitle: [unclosed\n---\n\nThird version.\n")
        }
        #expect(failed.contains("event: errors"))
        #expect(failed.contains("Content/guide.md") && failed.contains("front-matter-invalid"))
        let stillGood = try await http.get("/guide/")
        #expect(stillGood.status == 200 && stillGood.text.contains("Second version."))
        // A page opened now learns about the errors at once (the overlay shows them).
        let hello = try await http.stream(until: { $0.contains("event: hello") }) {}
        #expect(hello.contains("front-matter-invalid"))

        let fixed = try await http.stream(until: { $0.contains("event: reload") }) {
            try Self.write(root, "Content/guide.md", "---\ntitle: Guide\n---\n\nFourth version.\n")
        }
        #expect(fixed.contains("event: reload"))
        #expect(try await http.get("/guide/").text.contains("Fourth version."))
        await server.stop()
    }

    @Test("a page written in place (not by rename) is read again from the watcher's word alone")
    func inPlaceWriteIsServed() async throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (server, http) = try await Self.start(root)
        _ = try await http.get("/guide/")
        let reload = try await http.stream(until: { $0.contains("event: reload") }) {
            try FileWatcherTests.writeInPlace(root + "/Content/guide.md",
                                              "---\ntitle: Guide\n---\n\n## Steps\n\nWritten in place.\n")
        }
        #expect(reload.contains("event: reload"))
        #expect(try await http.get("/guide/").text.contains("Written in place."))
        await server.stop()
    }

    @Test func templateChangesAreWatchedToo() async throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (server, http) = try await Self.start(root)
        let footer = String(decoding: DefaultTheme.templates["partials/footer.mustache"]!, as: UTF8.self)
        let events = try await http.stream(until: { $0.contains("event: reload") }) {
            try FileManager.default.createDirectory(atPath: root + "/Templates/partials", withIntermediateDirectories: true)
            try Self.write(root, "Templates/partials/footer.mustache", footer + "<p>custom footer</p>\n")
        }
        #expect(events.contains("event: reload"))
        // Making the folders is a change of its own: the first reload may come from a build that
        // ran before the file was written, so the page is awaited rather than read once.
        #expect(try await Self.served(http, "/guide/", containing: "custom footer"))
        // Written in place, the watcher names the file: the build still loads the templates again.
        let again = try await http.stream(until: { $0.contains("event: reload") }) {
            try FileWatcherTests.writeInPlace(root + "/Templates/partials/footer.mustache",
                                              footer + "<p>footer, second version</p>\n")
        }
        #expect(again.contains("event: reload"))
        #expect(try await Self.served(http, "/guide/", containing: "footer, second version"))
        await server.stop()
    }

    @Test func aClosedTabLeavesTheHubAndStopClosesOpenConnections() async throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (server, http) = try await Self.start(root)
        _ = try await http.stream(until: { $0.contains("event: hello") }) {}
        // The stream's socket is closed by the client: the server notices and unsubscribes it.
        #expect(await eventually { server.hub.subscriberCount == 0 }, "a closed event stream should leave the hub")

        // An event stream, an idle keep-alive connection and a silent one stay open; stop closes them all.
        let streaming = try http.connect()
        http.send(streaming, "GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let keptAlive = try http.connect()
        http.send(keptAlive, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let silent = try http.connect()
        defer { for fd in [streaming, keptAlive, silent] { close(fd) } }
        _ = await eventually { server.hub.subscriberCount > 0 }
        #expect(server.hub.subscriberCount == 1)
        let started = Date()
        await server.stop()
        #expect(Date().timeIntervalSince(started) < 10, "stop should not wait for clients (they would hold it for ever)")
        #expect(server.hub.subscriberCount == 0)
    }

    @Test func answersWhileSwiftConcurrencyIsBusy() async throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (server, http) = try await Self.start(root)
        // Occupy every thread of the cooperative pool (this test's own thread blocks below too):
        // the server runs on its event loops and NIO's thread pool, so it must still answer.
        let gate = DispatchSemaphore(value: 0)
        let width = ProcessInfo.processInfo.activeProcessorCount
        for _ in 0..<width { Task.detached { gate.wait() } }
        let started = Date()
        let response = Result { try http.request("/guide/") }
        let elapsed = Date().timeIntervalSince(started)
        for _ in 0..<width { gate.signal() }
        #expect(try response.get().status == 200)
        #expect(elapsed < 5, "the answer took \(elapsed) s")
        await server.stop()
    }

    /// The builds a server made, as it told them.
    final class Builds: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [Bool] = []
        func add(_ build: SessionBuild) { lock.withLock { outcomes.append(build.succeeded) } }
        var count: Int { lock.withLock { outcomes.count } }
        var lastSucceeded: Bool? { lock.withLock { outcomes.last } }
    }

    /// `rm -rf public` while serving: the next request has the site built again (and is told
    /// to reload); a site with errors is not rebuilt at every request.
    @Test func anOutputFolderRemovedWhileServingIsBuiltAgain() async throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var build = BuildOptions()
        build.root = root
        var options = DevServer.Options(build: build)
        options.port = 0
        let builds = Builds()
        let server = DevServer(options: options) { builds.add($0) }
        let http = RawHTTP(port: try await server.start())
        try FileManager.default.removeItem(atPath: root + "/public")
        #expect(try await http.get("/guide/").status == 404)  // the placeholder, which reloads
        #expect(try await eventually { try await http.get("/guide/").status == 200 })
        #expect(FileManager.default.fileExists(atPath: root + "/public/index.html"))
        #expect(FileManager.default.fileExists(atPath: root + "/public/assets/sitegen.css"))

        // With an error in the site, a missing folder is asked for once, not at every request.
        try Self.write(root, "sitegen.yml", "title: [broken\n")
        #expect(await eventually { builds.lastSucceeded == false })
        try FileManager.default.removeItem(atPath: root + "/public")
        let before = builds.count
        for _ in 0..<5 { _ = try await http.get("/guide/") }
        _ = await eventually { builds.count > before }
        try await Task.sleep(nanoseconds: 500_000_000)  // time for more builds, were they asked for
        #expect(builds.count - before == 1)
        await server.stop()
    }

    /// Waits until `path` answers 200 with `text` in it.
    static func served(_ http: RawHTTP, _ path: String, containing text: String) async throws -> Bool {
        try await eventually {
            let response = try await http.get(path)
            return response.status == 200 && response.text.contains(text)
        }
    }

    /// A configuration edit that moves the output or the content folder: the server answers
    /// from the new output, and watches the new content folder.
    @Test func configurationEditsThatMoveFoldersAreFollowed() async throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (server, http) = try await Self.start(root)
        let config = try String(contentsOfFile: root + "/sitegen.yml", encoding: .utf8)
        try Self.write(root, "sitegen.yml", config + "output: elsewhere\n")
        try await Task.sleep(nanoseconds: 500_000_000)
        try Self.write(root, "Content/guide.md", "---\ntitle: Guide\n---\n\n## Steps\n\nSecond version.\n")
        #expect(try await Self.served(http, "/guide/", containing: "Second version."))
        #expect(FileManager.default.fileExists(atPath: root + "/elsewhere/guide/index.html"))

        try FileManager.default.copyItem(atPath: root + "/Content", toPath: root + "/docs")
        try Self.write(root, "sitegen.yml", config + "output: elsewhere\ncontent: docs\n")
        try await Task.sleep(nanoseconds: 500_000_000)
        try Self.write(root, "docs/guide.md", "---\ntitle: Guide\n---\n\n## Steps\n\nThird version, from docs.\n")
        #expect(try await Self.served(http, "/guide/", containing: "Third version, from docs."))
        await server.stop()
    }

    /// A file written in a folder that a configuration edit has just made the content folder,
    /// after the build read it and before the watcher watches it, is still served: the watches
    /// move and one more build reads the folder. The file is written from the step log, so
    /// always inside that window (the test fails without the extra build).
    @Test func aPageWrittenWhileTheWatchesMoveIsSeen() async throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: root + "/Content", toPath: root + "/docs")
        let armed = Flag()
        var build = BuildOptions()
        build.root = root
        var options = DevServer.Options(build: build)
        options.port = 0
        options.stepLog = { line in
            guard line.contains("] read ("), armed.take() else { return }
            try? Self.write(root, "docs/guide.md", "---\ntitle: Guide\n---\n\n## Steps\n\nWritten in the window.\n")
        }
        let server = DevServer(options: options)
        let http = RawHTTP(port: try await server.start())
        let config = try String(contentsOfFile: root + "/sitegen.yml", encoding: .utf8)
        armed.set()
        try Self.write(root, "sitegen.yml", config + "content: docs\n")
        #expect(try await Self.served(http, "/guide/", containing: "Written in the window."))
        #expect(!armed.isSet, "the step log should have written the page")
        await server.stop()
    }

    /// Set once, taken once.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
        /// True (and unset) when set.
        func take() -> Bool { lock.withLock { defer { value = false }; return value } }
    }

    @Test func listensOnLoopbackByDefault() {
        let options = DevServer.Options(build: BuildOptions())
        #expect(options.host == "127.0.0.1")
    }
}
