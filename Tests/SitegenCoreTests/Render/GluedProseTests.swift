import Foundation
import Testing
@testable import SitegenCore

/// Prose glued into a matrix for want of a blank line is an error by default
/// (`table-swallowed-paragraph`); a site that makes it a warning still builds,
/// and the prose is neither an option nor a criterion of the matrix: it follows
/// the matrix as a paragraph.
@Suite struct GluedProseTests {
    @Test("a matrix renders the prose glued into it after itself, as paragraphs, and not as options")
    func gluedProseFollowsTheMatrix() throws {
        var files = SiteBuildTests.files
        files["sitegen.yml"] = "title: Glue\nlanguage: zh-CN\nrules:\n  table-swallowed-paragraph: warning\n"
        files["Content/glue.md"] = """
            ---
            title: 粘连
            options: [注销, 冻结]
            ---

            <!-- sitegen:table {id: ways, kind: matrix, options: rows} -->
            | 方式 | 耗时 |
            |---|---|
            | 注销 | 60天 |
            这是**粘进表格**的第一行,
            也是第二行。
            | 冻结 | 7天 |
            第三行。
            """
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success, "\(report.diagnostics.map { "\($0.file):\($0.range?.start.line ?? 0) \($0.name) \($0.message)" })")
        #expect(report.diagnostics.filter { $0.name == "table-swallowed-paragraph" }.map { $0.range?.start.line } == [10, 13])
        #expect(!report.diagnostics.contains { $0.name == "matrix-unknown-option" && $0.message.contains("粘进") })
        let html = String(decoding: try #require(site.snapshot("public")["glue/index.html"]), as: UTF8.self)
        let matrixEnd = try #require(html.range(of: "</table>"))
        let after = html[matrixEnd.upperBound...]
        #expect(after.contains("<p>这是<strong>粘进表格</strong>的第一行,\n也是第二行。</p>\n<p>第三行。</p>"), "\(after.prefix(600))")
        #expect(!html[..<matrixEnd.lowerBound].contains("第二行"), "glued prose is no option of the matrix")
        let island = try #require(html.range(of: "class=\"matrix-data\">"))
        let islandEnd = try #require(html[island.upperBound...].range(of: "</script>"))
        let json = html[island.upperBound..<islandEnd.lowerBound]
        #expect(json.contains("\"options\":[\"注销\",\"冻结\"]") && !json.contains("第三行"), "\(json.prefix(300))")
    }
}
