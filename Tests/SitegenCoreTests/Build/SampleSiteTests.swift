import Foundation
import Testing
@testable import SitegenCore

@Suite("The sample site")
struct SampleSiteTests {
    @Test("builds with no errors and a page for every content file")
    func builds() throws {
        let output = NSTemporaryDirectory() + "sitegen-sample-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        var options = BuildOptions()
        options.root = Repository.root
        options.output = output
        let report = Pipeline(options: options).run()
        #expect(report.outcome == .success)
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics)")
        #expect(report.pages == 10)
        #expect(report.tables == 8)
        let home = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(home.contains("<html lang=\"zh-CN\" dir=\"ltr\">"))
        #expect(home.contains("<caption id=\"tbl-methods-caption\">三种解除方式的核心指标对比</caption>"))
        #expect(home.contains("未经核实"))
    }

    @Test("every seed table is annotated and its typed cells parse as intended")
    func typedSeedTables() throws {
        var options = BuildOptions()
        options.root = Repository.root
        options.mode = .check
        let context = BuildContext(options: options, fileIO: .disk)
        for step in BuildStep.steps(for: .check).dropLast() { try step.run(context) }
        let site = try #require(context.site)
        let tables = site.pages.flatMap(\.tables)
        #expect(tables.count == 8)
        #expect(tables.allSatisfy { $0.annotation != nil && $0.kind != .plain })
        let matrix = try #require(tables.first { $0.id == "methods" }?.matrix)
        #expect(matrix.options.map(\.name) == ["注销账户", "解绑银行卡", "替换实名"])
        let time = try #require(matrix.criteria.first { $0.name == "操作耗时" })
        #expect(time.values.map { $0.value.dimension } == [.duration, .duration, .duration])
        #expect(time.values[1].value.sortValue == 0)
        #expect(time.values[2].value.canonical == Interval(300, 600))
        let cards = try #require(tables.first { $0.id == "card-limits" })
        #expect(cards.rows.map { $0.cells[1].value.dimension } == [.none, .rate, .rate])
        #expect(cards.rows[0].cells[1].value == .unlimited)
    }
}
