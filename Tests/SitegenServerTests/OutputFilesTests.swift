import Foundation
import Testing
@testable import SitegenServer

/// Request paths map to files of the output folder and nothing else.
@Suite final class OutputFilesTests {
    let root: String
    let files: OutputFiles

    init() throws {
        root = NSTemporaryDirectory() + "sitegen-files-" + UUID().uuidString
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/site/guide", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: root + "/site/empty", withIntermediateDirectories: true)
        try "<p>home</p>".write(toFile: root + "/site/index.html", atomically: true, encoding: .utf8)
        try "<p>guide</p>".write(toFile: root + "/site/guide/index.html", atomically: true, encoding: .utf8)
        try "secret".write(toFile: root + "/secret.txt", atomically: true, encoding: .utf8)
        try "hidden".write(toFile: root + "/site/.hidden", atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: root + "/site/out.txt", withDestinationPath: root + "/secret.txt")
        try manager.createSymbolicLink(atPath: root + "/site/outdir", withDestinationPath: root)
        files = OutputFiles(root: root + "/site")
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    @Test func servesFilesAndFolderIndexes() {
        guard case .file(_, let relative) = files.resolve("/") else { Issue.record("no home"); return }
        #expect(relative == "index.html")
        guard case .file(_, let guide) = files.resolve("/guide/") else { Issue.record("no guide"); return }
        #expect(guide == "guide/index.html")
        #expect(files.resolve("/guide") == .redirect("/guide/"))
    }

    @Test(arguments: [
        "/../secret.txt", "/guide/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
        "/%252e%252e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/guide%00.html",
        "/out.txt", "/outdir/secret.txt", "/.hidden", "/empty/", "/missing", "relative", "//etc/passwd",
        "/%zz", "/" + String(repeating: "a", count: 5000),
    ])
    func refusesEverythingOutside(_ path: String) {
        #expect(files.resolve(path) == .notFound, "\(path)")
    }

    @Test func contentTypes() {
        #expect(OutputFiles.contentType(of: "a/index.html") == "text/html; charset=utf-8")
        #expect(OutputFiles.contentType(of: "assets/sitegen.css") == "text/css; charset=utf-8")
        #expect(OutputFiles.contentType(of: "assets/sitegen.js") == "text/javascript; charset=utf-8")
        #expect(OutputFiles.contentType(of: "data.json") == "application/json")
        #expect(OutputFiles.contentType(of: "logo.svg") == "image/svg+xml")
        #expect(OutputFiles.contentType(of: "logo.PNG") == "image/png")
        #expect(OutputFiles.contentType(of: "sitemap.xml") == "application/xml")
        #expect(OutputFiles.contentType(of: "LICENSE") == "application/octet-stream")
    }
}
