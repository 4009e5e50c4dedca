import Foundation
import Testing
@testable import SitegenCore

/// A whole small site: the matrix markup, its stylesheet only where needed,
/// the search index and the search form.
@Suite struct ReaderSiteTests {
    static let schema = """
    fields:
      - {name: 恢复可能性, type: category, categories: [不可恢复, 可再次更换, 可重新绑卡], prefer: higher}
    """
    static let matrixPage = """
    ---
    title: 对比
    ---

    ## 对比表

    <!-- sitegen:table {id: m, kind: matrix, schema: s, caption: 对比, constraints: [{id: keep, label: 保留账号, excludes: [注销账户]}]} -->
    | 评估维度 | 注销账户 | 解绑银行卡 |
    |---|---|---|
    | 恢复可能性 | 不可恢复 | 可重新绑卡 |
    """

    @Test func buildsTheMatrixTheSearchIndexAndTheForm() throws {
        let site = try TemporarySite(files: [
            "sitegen.yml": "title: 测试\nlanguage: zh-CN\n",
            "Content/_index.md": "---\ntitle: 首页\n---\n\n银行卡的说明。\n",
            "Content/compare.md": Self.matrixPage,
            "Content/_schemas/s.yml": Self.schema,
            "Content/cancel.md": "---\ntitle: 注销账户\noption: 注销账户\nsearch: false\n---\n\n秘密。\n",
            "Content/unbind.md": "---\ntitle: 解绑银行卡\noption: 解绑银行卡\n---\n\n逐张解绑。\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success, "\(report.diagnostics)")
        let compare = try site.read("public/compare/index.html")
        #expect(compare.contains("assets/matrix.css"))
        #expect(!(try site.read("public/index.html")).contains("assets/matrix.css"), "only pages with a matrix")
        #expect(compare.contains("<th scope=\"row\" class=\"matrix-option\"><a href=\"../cancel/index.html\">注销账户</a></th>"))
        #expect(compare.contains("data-sort-value=\"2\">可重新绑卡<span class=\"best-mark\">"))
        #expect(compare.contains("<input type=\"checkbox\" data-s=\"x\" value=\"keep\"> 保留账号"))
        #expect(compare.contains("<script type=\"application/json\" class=\"matrix-data\">{"))
        #expect(compare.contains("<form class=\"site-search\" id=\"site-search\" role=\"search\" hidden data-index=\"../search-index.js\""))
        let index = try site.read("public/search-index.js")
        let documents = try site.read("public/search-index/d0.js")
        #expect(index.hasPrefix("window.sitegenSearch="))
        #expect(documents.contains("\"compare/index.html#%E5%AF%B9%E6%AF%94%E8%A1%A8\",\"对比\",\"对比表\""))
        #expect(try site.searchTerms().contains("银行"))
        #expect(!(index + documents).contains("秘密") && !documents.contains("cancel/index.html"),
                "search: false leaves a page out")
        #expect(site.exists("public/assets/matrix.css") && site.exists("public/assets/sitegen.js"))
    }
}
