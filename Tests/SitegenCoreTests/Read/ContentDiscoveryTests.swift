import Foundation
import Testing
@testable import SitegenCore

/// What the content folder is taken to hold: pages, files to copy, and what is left out.
struct ContentDiscoveryTests {
    @Test func pagesAndFilesWithoutHiddenEntriesOrEditorsTemporaries() throws {
        let root = NSTemporaryDirectory() + "sitegen-discover-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = ["_index.md", "guide/intro.md", "guide/logo.svg", "guide/NOTES.markdown",
                     ".DS_Store", "guide/.intro.md.swp", "guide/intro.md~", "guide/#intro.md#", "guide/.#intro.md",
                     "_schemas/options.yml", ".git/HEAD", "#", "#tag.txt", ".well-known/security.txt"]
        for file in files {
            let path = root + "/" + file
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data("x\n".utf8).write(to: URL(fileURLWithPath: path))
        }
        let found = ContentDiscovery.discover(root: root, displayRoot: "Content", fileIO: .disk)
        #expect(found.pages == ["_index.md", "guide/NOTES.markdown", "guide/intro.md"])
        #expect(found.assets == ["#", "#tag.txt", ".well-known/security.txt", "guide/logo.svg"])
        #expect(found.problems.isEmpty)
    }
}
