import Foundation
import Testing
@testable import SitegenCore

/// The same input gives byte-identical output whatever the scheduling.
@Suite struct DeterminismTests {
    @Test func oneWorkerAndManyWorkersWriteTheSameTree() throws {
        var files = IncrementalFixture.files(pagesPerSection: 40)
        files["Content/guides/guide-7.md"]! += "\n~~struck~~ and www.example.com and a task:\n\n- [x] done\n"
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        let serial = site.build { $0.output = "serial"; $0.workers = 1 }
        let parallel = site.build { $0.output = "parallel"; $0.workers = 8 }
        #expect(serial.outcome == .success && parallel.outcome == .success)
        let one = try site.snapshot("serial")
        let many = try site.snapshot("parallel")
        #expect(one.count == many.count && one.count > 80)
        #expect(one == many)
        // A serve session writes the same tree as `sitegen build`.
        var options = BuildOptions()
        options.root = site.root
        options.output = "session"
        #expect(BuildSession(options: options).build().succeeded)
        #expect(try site.snapshot("session") == one)
    }

    @Test func concurrentParsesUseTheFixedSpecialCharacterTable() {
        // Every page is parsed with the same extensions, so cmark-gfm's
        // process-wide table can stay as it is and parses need no lock.
        _ = MarkdownParser.parse(SourceText("a ~~b~~ | c\n"))
        #expect(MarkdownParser.parsesConcurrently)
    }
}
