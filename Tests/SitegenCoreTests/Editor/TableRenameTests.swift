import Testing
@testable import SitegenCore

/// Renaming a table's id: its annotation, its translations, and every link to it.
@Suite struct TableRenameTests {
    /// The site's files after renaming table `index` of `page`, by content path.
    static func renamed(_ files: [String: String], page path: String, table index: Int, to id: String,
                        config: SiteConfig = SiteConfig()) throws -> (files: [String: String], rename: TableRename) {
        let site = TestSite.site(files, config: config)
        let page = try #require(site.pages.first { $0.contentPath == path })
        let rename = try TableRename(table: index, of: page, to: id, in: site)
        return (TestSite.applying(rename, to: files, of: site), rename)
    }

    static let table = "| Plan | Price |\n|---|---|\n| A | 1元 |\n"

    @Test func theIDAndEveryLinkToTheTableChange() throws {
        let files = [
            "plans.md": "# Plans\n\n<!-- sitegen:table {id: prices, kind: matrix} -->\n\(Self.table)\nSee [the prices](#tbl-prices).\n",
            "other.md": """
                # Other

                [Prices](plans.md#tbl-prices), [the matrix](<plans.md#matrix-prices>), [by reference][r], [page](plans.md).

                | Where | Link |
                |---|---|
                | here | [表](plans.md#tbl-prices) |

                [r]: plans.md#tbl-prices

                Shared views: [sorted](plans.md#prices.sort=2a&prices.hide=1), [both](plans.md#prices.sort=1d&tbl-prices.ask=1).

                """,
        ]
        let (after, rename) = try Self.renamed(files, page: "plans.md", table: 0, to: "costs")
        #expect(after["plans.md"] == "# Plans\n\n<!-- sitegen:table {id: costs, kind: matrix} -->\n\(Self.table)\nSee [the prices](#tbl-costs).\n")
        #expect(after["other.md"] == files["other.md"]!.replacingOccurrences(of: "#tbl-prices", with: "#tbl-costs")
            .replacingOccurrences(of: "#matrix-prices", with: "#matrix-costs")
            .replacingOccurrences(of: "#prices.sort=2a&prices.hide=1", with: "#costs.sort=2a&costs.hide=1")
            .replacingOccurrences(of: "#prices.sort=1d&tbl-prices.ask=1", with: "#costs.sort=1d&tbl-costs.ask=1"))
        #expect(rename.unplaced.isEmpty)
        #expect(TestSite.run(LinkBrokenAnchor(), on: TestSite.site(after)).isEmpty)
        #expect(TestSite.run(LinkBrokenAnchor(), on: TestSite.site(files)).isEmpty)
    }

    /// Where the annotation writes no id, one is added: into its flow mapping, after its marker, on a
    /// line of its block mapping, or as a new annotation above the table (in its block quote).
    @Test(arguments: [
        ("<!-- sitegen:table {kind: plain} -->\n\(table)", "<!-- sitegen:table {id: 价格, kind: plain} -->\n\(table)"),
        ("<!-- sitegen:table { } -->\n\(table)", "<!-- sitegen:table {id: 价格 } -->\n\(table)"),
        ("<!-- sitegen:table -->\n\(table)", "<!-- sitegen:table {id: 价格} -->\n\(table)"),
        ("<!-- sitegen:table\n  kind: plain\n-->\n\(table)", "<!-- sitegen:table\n  id: 价格\n  kind: plain\n-->\n\(table)"),
        ("<!-- sitegen:table {id: 'old'} -->\n\(table)", "<!-- sitegen:table {id: '价格'} -->\n\(table)"),
        ("<!-- sitegen:table {id: \"old\"} -->\n\(table)", "<!-- sitegen:table {id: \"价格\"} -->\n\(table)"),
        (table, "<!-- sitegen:table {id: 价格} -->\n\(table)"),
        ("Text.\n\n> | Plan | Price |\n> |---|---|\n> | A | 1元 |\n", "Text.\n\n> <!-- sitegen:table {id: 价格} -->\n> | Plan | Price |\n> |---|---|\n> | A | 1元 |\n"),
    ])
    func anIDIsWrittenWhereTheAnnotationHasNone(before: String, after: String) throws {
        let (files, _) = try Self.renamed(["p.md": "# P\n\n" + before], page: "p.md", table: 0, to: "价格")
        #expect(files["p.md"] == "# P\n\n" + after)
        let page = TestSite.site(files).pages[0]
        #expect(page.tables.map(\.id) == ["价格"])
        #expect(page.issues.isEmpty)
    }

    /// Ids YAML would read otherwise are quoted; what reads back is the id given.
    @Test(arguments: ["a,b", "x:y", "#1", "-x", "null", "yes", "it's", "a\"b", "[x]", "2024"])
    func anIDReadsBackAsGiven(id: String) throws {
        let (files, _) = try Self.renamed(["p.md": "# P\n\n<!-- sitegen:table {id: old} -->\n\(Self.table)"], page: "p.md", table: 0, to: id)
        #expect(TestSite.site(files).pages[0].tables.map(\.id) == [id], "\(files["p.md"]!)")
    }

    @Test func theSameTableOfEachTranslationIsRenamedWithItsLinks() throws {
        var config = SiteConfig()
        config.language = "zh-CN"
        config.languages = [SiteLanguage(tag: "en")]
        let files = [
            "plans.md": "# 方案\n\n<!-- sitegen:table {id: prices} -->\n\(Self.table)\n| A | B |\n|---|---|\n| 1 | 2 |\n",
            "en/plans.md": "# Plans\n\n<!-- sitegen:table {id: prices} -->\n\(Self.table)\n| A | B |\n|---|---|\n| 1 | 2 |\n",
            "en/other.md": "# Other\n\n[Prices](plans.md#tbl-prices) and [the original](../plans.md#tbl-prices).\n",
            "other.md": "# 其他\n\n[价格](plans.md#tbl-prices)\n",
        ]
        let (after, _) = try Self.renamed(files, page: "plans.md", table: 0, to: "costs", config: config)
        for path in ["plans.md", "en/plans.md", "en/other.md", "other.md"] {
            #expect(after[path] == files[path]!.replacingOccurrences(of: "prices", with: "costs"), "\(path)")
        }
        // A translation whose table there has another id keeps it.
        var apart = files
        apart["en/plans.md"] = files["en/plans.md"]!.replacingOccurrences(of: "{id: prices}", with: "{id: price-list}")
        let (kept, _) = try Self.renamed(apart, page: "plans.md", table: 0, to: "costs", config: config)
        #expect(kept["en/plans.md"] == apart["en/plans.md"])
        #expect(kept["en/other.md"] == apart["en/other.md"]!.replacingOccurrences(of: "../plans.md#tbl-prices", with: "../plans.md#tbl-costs"))
    }

    @Test func anIDThatCannotBeTakenIsRefused() throws {
        let files = ["p.md": "# P\n\n<!-- sitegen:table {id: prices} -->\n\(Self.table)\n| A | B |\n|---|---|\n| 1 | 2 |\n"]
        #expect(throws: TableRename.Failure.taken(id: "table-2", file: "Content/p.md", line: 8)) {
            try Self.renamed(files, page: "p.md", table: 0, to: "table-2")
        }
        #expect(throws: TableRename.Failure.invalid("a table's id is one word: 'my prices' has a blank in it")) {
            try Self.renamed(files, page: "p.md", table: 0, to: "my prices")
        }
        #expect(throws: TableRename.Failure.invalid("a table's id cannot be empty")) {
            try Self.renamed(files, page: "p.md", table: 1, to: "  ")
        }
        #expect(throws: TableRename.Failure.notWritten(file: "Content/p.md", line: 3)) {
            try Self.renamed(["p.md": "# P\n\n- | A | B |\n  |---|---|\n  | 1 | 2 |\n"], page: "p.md", table: 0, to: "x")
        }
        let (same, rename) = try Self.renamed(files, page: "p.md", table: 0, to: "prices")
        #expect(same == files && rename.edits.isEmpty)
    }
}
