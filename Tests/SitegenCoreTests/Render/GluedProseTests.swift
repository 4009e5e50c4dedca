import Foundation
import Testing
@testable import SitegenCore

/// Prose glued into a matrix for want of a blank line is an error by default
/// (`table-swallowed-paragraph`); a site that makes it a warning still builds,
/// and the prose is neither an option nor a criterion of the matrix: it follows
/// the matrix as a paragraph.
@Suite struct GluedProseTests {
    /// Builds a site with `glue.md` holding `page` and `rules` set to warning: the build succeeds
    /// and gives the diagnostics of `glue.md` and its HTML.
    static func build(_ page: String, demoting rules: String...) throws -> (diagnostics: [Diagnostic], html: String) {
        var files = SiteBuildTests.files
        files["sitegen.yml"] = "title: Glue\nlanguage: zh-CN\nrules:\n" + rules.map { "  \($0): warning\n" }.joined()
        files["Content/glue.md"] = page
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success, "\(report.diagnostics.map { "\($0.file):\($0.range?.start.line ?? 0) \($0.name) \($0.message)" })")
        let html = String(decoding: try #require(site.snapshot("public")["glue/index.html"]), as: UTF8.self)
        return (report.diagnostics.filter { $0.file.hasSuffix("glue.md") }, html)
    }

    /// A page's front matter and the first rows of its matrix (options 注销 and 冻结, in rows).
    static let matrixStart = """
        ---
        title: 粘连
        options: [注销, 冻结]
        ---

        <!-- sitegen:table {id: ways, kind: matrix, options: rows} -->
        | 方式 | 耗时 |
        |---|---|
        | 注销 | 60天 |

        """

    /// The JSON of the page's matrix island.
    static func island(_ html: String) throws -> Substring {
        let island = try #require(html.range(of: "class=\"matrix-data\">"))
        let islandEnd = try #require(html[island.upperBound...].range(of: "</script>"))
        return html[island.upperBound..<islandEnd.lowerBound]
    }
    @Test("a matrix renders the prose glued into it after itself, as paragraphs, and not as options")
    func gluedProseFollowsTheMatrix() throws {
        let (diagnostics, html) = try Self.build(Self.matrixStart + """
            这是**粘进表格**的第一行,
            也是第二行。
            | 冻结 | 7天 |
            第三行。
            """, demoting: "table-swallowed-paragraph")
        #expect(diagnostics.filter { $0.name == "table-swallowed-paragraph" }.map { $0.range?.start.line } == [10, 13])
        #expect(!diagnostics.contains { $0.name == "matrix-unknown-option" })
        let matrixEnd = try #require(html.range(of: "</table>"))
        let after = html[matrixEnd.upperBound...]
        #expect(after.contains("<p>这是<strong>粘进表格</strong>的第一行,\n也是第二行。</p>\n<p>第三行。</p>"), "\(after.prefix(600))")
        #expect(!html[..<matrixEnd.lowerBound].contains("第二行"), "glued prose is no option of the matrix")
        let json = try Self.island(html)
        #expect(json.contains("\"options\":[\"注销\",\"冻结\"]") && !json.contains("第三行"), "\(json.prefix(300))")
    }

    @Test("tables glued onto a matrix or a plain table follow it as tables of their own, nothing lost")
    func gluedTablesFollowTheirTable() throws {
        let (diagnostics, html) = try Self.build(Self.matrixStart + """
            | 冻结 | 7天 |
            | 地区 | 要求 | 备注 |
            |:--|--:|---|
            | 香港 | 护照 | 三个 |

            | 甲 | 乙 |
            |---|---|
            | 1 | 2 |
            | 丙 |
            |---|
            | 3 |
            """, demoting: "table-merged-tables")
        #expect(diagnostics.map(\.name) == ["table-merged-tables", "table-merged-tables"], "\(diagnostics.map(\.message))")
        let tables = html.components(separatedBy: "<table").dropFirst().map { $0.components(separatedBy: "</table>")[0] }
        try #require(tables.count == 4, "\(html)")
        #expect(tables[0].contains("matrix") && !tables[0].contains("地区") && !tables[0].contains("香港"))
        #expect(tables[1].contains("id=\"tbl-ways-2\"") && tables[1].contains(">地区</th><th scope=\"col\" class=\"align-right\">要求</th>"))
        #expect(tables[1].contains(">香港</td>") && tables[1].contains(">三个</td>"), "the cell cmark-gfm cut is kept")
        #expect(html.contains("(2)\" tabindex") && html.contains("2 (2)\" tabindex"), "labelled after the table it was glued onto")
        #expect(tables[2].contains(">甲</th>") && !tables[2].contains("丙") && !tables[2].contains("---"))
        #expect(tables[3].contains(">丙</th>") && tables[3].contains(">3</td>") && !tables[3].contains("<th scope=\"col\" class=\"align-none\"></th>"))
        #expect(try Self.island(html).contains("\"options\":[\"注销\",\"冻结\"]"))
    }

    @Test("a plain table shows the prose and tables glued into it after itself, in source order, as written")
    func plainTableGluedLinesFollowIt() throws {
        // The seed's first two sections, without the blank lines: prose under a table, then a
        // table glued on (its header right under the prose), then prose under that one.
        let (diagnostics, html) = try Self.build("""
            ---
            title: 粘连
            ---

            | 前置条件 | 具体要求 |
            |---|---|
            | 钱包余额 | 需清空零钱 |
            注销过程需经历**60天**反悔期。
            二、解绑银行卡与支付信息
            | 银行类型 | 单日解绑限额 | 特殊要求 |
            |---|---|---|
            | 借记卡 | 无限制 | 需预留手机 |
            解绑后仍保留基础支付功能。
            """, demoting: "table-swallowed-paragraph", "table-merged-tables")
        #expect(diagnostics.map(\.name) == ["table-swallowed-paragraph", "heading-like-paragraph", "table-merged-tables",
                                            "table-swallowed-paragraph"],
                "\(diagnostics.map(\.message))")
        let body = try #require(html.range(of: "<div class=\"page-body\">")).upperBound
        let shown = html[body...].replacingOccurrences(of: "\n", with: " ")
        let order = ["钱包余额", "<p>注销过程需经历<strong>60天</strong>反悔期。 二、解绑银行卡与支付信息</p>",
                     ">银行类型</th>", ">借记卡</td>", "<p>解绑后仍保留基础支付功能。</p>"]
        let places = order.map { shown.range(of: $0)?.lowerBound }
        try #require(!places.contains(nil), "\(order.filter { shown.range(of: $0) == nil }) in \(shown.prefix(2000))")
        #expect(places == places.sorted { $0! < $1! }, "in source order: \(shown.prefix(2000))")
        let tables = html.components(separatedBy: "<table").dropFirst().map { $0.components(separatedBy: "</table>")[0] }
        try #require(tables.count == 2)
        #expect(!tables[0].contains("注销过程") && !tables[0].contains("二、") && !tables[0].contains("银行类型"))
        #expect(!tables[1].contains("解绑后"), "prose glued into the glued table is no row of it")
        #expect(tables[0].components(separatedBy: "<tr>").count - 1 == 2, "the header and its one row")
    }
}
