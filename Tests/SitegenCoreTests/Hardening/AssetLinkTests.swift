import Foundation
import Testing
@testable import SitegenCore

@Suite("Linked assets", .timeLimit(.minutes(1)))
struct AssetLinkTests {
    @Test("an asset that is a link inside Content/ is published as a plain file")
    func linkedAssetIsCopied() throws {
        let site = try TemporarySite(files: ["Content/_index.md": "# Home\n", "Content/img/real.png": "png bytes"])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root + "/Content/relative.png", withDestinationPath: "img/real.png")
        try FileManager.default.createSymbolicLink(atPath: site.root + "/Content/absolute.png",
                                                   withDestinationPath: site.root + "/Content/img/real.png")
        let report = site.build()
        #expect(report.outcome == .success, "\(report.diagnostics)")
        for name in ["relative.png", "absolute.png"] {
            #expect(FileIO.disk.kind(site.root + "/public/" + name) == .file, "\(name) is not a plain file")
            #expect(try site.read("public/" + name) == "png bytes")
        }
    }

    @Test("an asset whose link is moved out of Content/ after discovery is not copied")
    func linkChangedAfterDiscovery() throws {
        let site = try TemporarySite(files: ["Content/_index.md": "# Home\n", "Content/a.png": "png", "secret.txt": "secret"])
        defer { site.remove() }
        var fileIO = FileIO.disk
        // The asset now resolves outside Content/ (a link swapped in after discovery).
        let resolve = fileIO.resolve
        fileIO.resolve = { path in
            path.hasSuffix("/Content/a.png") ? resolve(site.root + "/secret.txt") : resolve(path)
        }
        let report = site.build(fileIO: fileIO)
        #expect(report.outcome != .success)
        #expect(!site.exists("public"))
    }
}
