import Foundation
import Testing
@testable import SitegenCore

/// The raw seed article: a realistic paste with no blank lines at all.
@Suite struct SeedTests {
    @Test func checkReportsGluedProseAndTablesAtTheirRealLines() throws {
        let site = TestSite.site(["seed.md": try TestSite.fixture("seed-raw.md")])
        let found = Checker().check(site).filter { $0.severity != .info }
        #expect(TestSite.places(found) == [
            "TBL008@7:1",   // 前置条件 table right under the prose
            "TBL002@13:1",  // 注销过程… 二、… 通过… glued into it
            "TBL003@16:1",  // 银行类型 table glued onto it
            "TBL002@21:1",
            "MD001@28:1",   // 该操作会覆盖… glued onto the list
            "TBL009@31:1",  // 操作类型 table glued onto the list item: not a table at all
            "TBL002@36:1",
            "TBL003@39:1",  // 关联类型
            "TBL002@44:1",
            "MD001@51:1",
            "TBL009@54:1",  // 所在地区
            "TBL002@59:1",
            "TBL003@62:1",  // 评估维度
            "TBL002@68:1",
        ])
        let headings = Checker().check(site).filter { $0.name == "heading-like-paragraph" }
        #expect(headings.map { $0.range!.start.line } == [5, 14, 22, 29, 37, 45, 52, 60])
    }

    @Test func fixSeparatesTheSixTablesAndRestoresTheProse() throws {
        let root = try TemporarySite(files: ["Content/seed.md": try TestSite.fixture("seed-raw.md")])
        defer { root.remove() }
        let first = Fixer(options: root.options).run()
        #expect(first.failures.isEmpty)
        #expect(first.changes.map(\.file) == ["Content/seed.md"])
        #expect(first.report.errorCount == 0)
        #expect(first.report.diagnostics.filter { $0.severity == .warning }.isEmpty)

        let fixed = try root.read("Content/seed.md")
        let page = TestSite.site(["seed.md": fixed]).pages[0]
        // The six pipe tables of the article, each on its own, with exactly its own rows.
        #expect(page.tables.map(\.header.cells.first?.text) == ["前置条件", "银行类型", "操作类型", "关联类型", "所在地区", "评估维度"])
        #expect(page.tables.map(\.rows.count) == [4, 3, 3, 3, 3, 4])
        #expect(page.tables.allSatisfy { table in table.rows.allSatisfy { row in row.cells.allSatisfy { !$0.isPadding } } })
        // The prose between them is paragraphs again.
        let paragraphs = page.document.blocks.compactMap { block -> String? in
            if let html = block.renderedHTML, html.hasPrefix("<p>") { return block.plainText }
            return nil
        }
        #expect(paragraphs.contains { $0.hasPrefix("注销过程需经历60天反悔期") })
        #expect(paragraphs.contains { $0.hasPrefix("海外版微信(WeChat)") })
        #expect(paragraphs.contains { $0.hasPrefix("该操作会覆盖原实名信息") })

        let second = Fixer(options: root.options).run()
        #expect(second.changes.isEmpty)
        #expect(try root.read("Content/seed.md") == fixed)
    }

    @Test func suggestionsTurnTheNumberedLinesIntoHeadings() throws {
        let root = try TemporarySite(files: ["Content/seed.md": try TestSite.fixture("seed-raw.md")])
        defer { root.remove() }
        var fixer = Fixer(options: root.options)
        fixer.includeSuggestions = true
        let result = fixer.run()
        #expect(result.report.diagnostics.isEmpty)
        let page = TestSite.site(["seed.md": try root.read("Content/seed.md")]).pages[0]
        #expect(page.headings.map(\.text) == ["一、官方注销账户流程", "二、解绑银行卡与支付信息", "三、替换实名认证主体",
                                              "四、青少年模式特殊处理", "五、企业微信关联账户处理", "六、异常状态下的处理策略",
                                              "七、海外账户特殊处理", "八、替代方案对比分析"])
        #expect(page.tables.count == 6)
        #expect(Fixer(options: root.options).run().changes.isEmpty)
    }
}
