import Testing
@testable import SitegenCore

/// What a table's id may be, and where its annotation writes it.
@Suite struct TableIDTests {
    @Test func problems() {
        #expect(TableID.problem("prices") == nil)
        #expect(TableID.problem("价格-2024") == nil)
        #expect(TableID.problem("") == "a table's id cannot be empty")
        #expect(TableID.problem("my prices") == "a table's id is one word: 'my prices' has a blank in it")
        #expect(TableID.problem("a\u{3000}b") != nil, "a full-width space is a blank too")
        #expect(TableID.oneWord(" my  prices\tnow ") == "my-prices-now")
        #expect(TableID.unused(like: "prices", taken: ["prices", "prices-2"]) == "prices-3")
        #expect(TableID.byPosition(0) == "table-1")
    }

    /// The span covers the value as written (quotes and escapes included), end exclusive.
    @Test(arguments: [
        ("<!-- sitegen:table {id: prices} -->", "prices"),
        ("<!-- sitegen:table {kind: matrix, id: 价格} -->", "价格"),
        ("<!-- sitegen:table {id: \"my \\\" prices\"} -->", "\"my \\\" prices\""),
        ("<!-- sitegen:table {id: 'it''s', kind: plain} -->", "'it''s'"),
        ("<!-- sitegen:table\nkind: matrix\nid: cost-table\n-->", "cost-table"),
    ])
    func idSpan(annotation: String, written: String) throws {
        let page = parsePage(annotation + "\n| A | B |\n|---|---|\n| 1 | 2 |\n")
        let table = try #require(page.tables.first)
        let span = try #require(table.annotation?.idSpan(in: page.source))
        #expect(page.source.text(from: span.start, to: span.end) == written)
    }

    @Test func noSpanWithoutAWrittenID() throws {
        let annotated = parsePage("<!-- sitegen:table {kind: matrix} -->\n| A | B |\n|---|---|\n| x | 2 |\n")
        #expect(try #require(annotated.tables.first).annotation?.idSpan(in: annotated.source) == nil)
        let plain = parsePage("| A | B |\n|---|---|\n| 1 | 2 |\n")
        #expect(try #require(plain.tables.first).id == "table-1")
        #expect(plain.tables.first?.annotation == nil)
    }
}

/// `table-id-invalid`'s fixes: applied together, they leave every id valid and distinct.
@Suite struct TableIDInvalidFixTests {
    /// Repeated ids are found on a page of a few tables (pair by pair) and of many (by a set).
    @Test(arguments: [3, 40])
    func repeatedIDsAreFoundOnPagesOfFewAndManyTables(count: Int) throws {
        var page = "# P\n\n"
        for index in 0..<count { page += "<!-- sitegen:table {id: t\(index)} -->\n| a | b |\n|---|---|\n| 1 | 2 |\n\n" }
        let distinct = TestSite.site(["p.md": page]).pages[0].tables
        #expect(!TableIDInvalid.repeatsAnID(distinct))
        let repeated = TestSite.site(["p.md": page.replacingOccurrences(of: "{id: t\(count - 1)}", with: "{id: t0}")])
        #expect(TableIDInvalid.repeatsAnID(repeated.pages[0].tables))
        #expect(TestSite.run(TableIDInvalid(), on: repeated).count == 1)
    }

    /// A table with no header words to name it by is named by its own id, made one word.
    @Test func aTableWithoutHeaderWordsIsNamedByItsID() throws {
        let site = TestSite.site(["p.md": """
            # P

            <!-- sitegen:table {id: my-prices} -->
            | | |
            |---|---|
            | 1 | 2 |

            <!-- sitegen:table {id: my prices} -->
            | | |
            |---|---|
            | 3 | 4 |

            """])
        let found = TestSite.run(TableIDInvalid(), on: site)
        #expect(found.map(\.hint) == ["write a one-word id, e.g. {id: my-prices-2}"])
    }

    @Test func theFixesGiveEachTableAnIDOfItsOwn() throws {
        let page = """
            # Ids

            <!-- sitegen:table {id: prices} -->
            | Plan | Price |
            |---|---|
            | A | 1元 |

            <!-- sitegen:table {id: prices} -->
            | Plan | Price |
            |---|---|
            | B | 2元 |

            <!-- sitegen:table {id: "my prices"} -->
            | Plan | Price |
            |---|---|
            | C | 3元 |

            <!-- sitegen:table {id: table-5} -->
            | Plan | Seats |
            |---|---|
            | A | 3 |

            > | Plan | Seats |
            > |---|---|
            > | B | 4 |

            """
        let site = TestSite.site(["p.md": page])
        let found = TestSite.run(TableIDInvalid(), on: site)
        #expect(found.count == 3)
        let fixes = found.compactMap(\.fix)
        #expect(fixes.count == 3 && fixes.allSatisfy(\.isSuggestion))
        let fixed = FixApplier.apply(fixes, to: site.pages[0].source).text
        let after = TestSite.site(["p.md": fixed])
        #expect(TestSite.run(TableIDInvalid(), on: after).isEmpty, "\(fixed)")
        #expect(after.pages[0].tables.map(\.id) == ["prices", "plan-price", "my-prices", "plan-seats", "table-5"])
        #expect(after.pages[0].issues.isEmpty)
    }
}
