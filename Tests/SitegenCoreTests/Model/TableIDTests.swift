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
