import Foundation
import Testing

/// `sitegen fmt` end to end: what it writes, says and exits with.
@Suite struct FormatCommandTests {
    static let page = """
        # 方式

        |方式|费用|
        |:--|--:|
        |官方注销|免费|
        |解绑|$5|

        | a | b |
        |---|---|
        | 1 | 2 |
        glued prose

        """

    static let formatted = """
        # 方式

        | 方式     | 费用 |
        | :------- | ---: |
        | 官方注销 | 免费 |
        | 解绑     |   $5 |

        | a | b |
        |---|---|
        | 1 | 2 |
        glued prose

        """

    @Test func checkListsWhatIsNotFormattedAndExitsOne() throws {
        let site = try SiteFolder(["Content/index.md": Self.page])
        let result = try site.sitegen("fmt", "--check")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            Content/index.md: 1 table not formatted
            Content/index.md:8:1: note: table left as it is: line 11 is prose glued into the table (no blank line before it); run `sitegen check --fix` to end the table above it, then format again
            1 table in 1 page not formatted (1 left as it is): run `sitegen fmt`

            """)
        #expect(try site.read("Content/index.md") == Self.page)
    }

    @Test func formatWritesThePageAndASecondRunFindsNothing() throws {
        let site = try SiteFolder(["Content/index.md": Self.page])
        let first = try site.sitegen("fmt")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.hasPrefix("formatted Content/index.md: 1 table\n"))
        #expect(try site.read("Content/index.md") == Self.formatted)
        let check = try site.sitegen("fmt", "--check")
        #expect(check.status == 0)
        #expect(check.stderr.hasSuffix("nothing to format: 1 table already formatted, 1 left as it is in 1 page\n"))
    }

    @Test func diffPrintsAUnifiedDiffAndWritesNothing() throws {
        let site = try SiteFolder(["Content/index.md": Self.page])
        let result = try site.sitegen("fmt", "--diff")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("--- a/Content/index.md\n+++ b/Content/index.md\n@@ -1,9 +1,9 @@\n"))
        #expect(result.stdout.contains("\n-|官方注销|免费|\n") && result.stdout.contains("\n+| 官方注销 | 免费 |\n"))
        #expect(try site.read("Content/index.md") == Self.page)
        let both = try site.sitegen("fmt", "--diff", "--check")
        #expect(both.status == 1 && both.stdout == result.stdout)
    }

    @Test func anUnknownPageOrAnUnreadableSiteExitsTwo() throws {
        let site = try SiteFolder(["Content/index.md": Self.page])
        let page = try site.sitegen("fmt", "missing.md")
        #expect(page.status == 2)
        #expect(page.stderr == "sitegen: no page 'missing.md' in the site\nhint: name a page by its path from the site root, e.g. Content/index.md\n")
        let folder = try site.sitegen("fmt", "--content", "Nowhere")
        #expect(folder.status == 2)
        #expect(folder.stderr.hasSuffix("sitegen: could not read the site\n"), "\(folder.stderr)")
        #expect(try site.read("Content/index.md") == Self.page)
    }
}
