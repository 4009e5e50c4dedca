import Foundation
import Mustache
import Testing
@testable import SitegenCore

@Suite struct MatrixIslandTests {
    typealias T = MatrixTestTable
    static let hostile = "</script><script>alert(1)</script>"

    func island(_ table: DecisionTable) -> MatrixIsland {
        let matrix = Matrix(table)
        return MatrixIsland(table: table, matrix: matrix, scores: MatrixScores(matrix), lang: "zh-CN",
                            strings: ["matrixShown": "{n}/{total}", "matrixListSeparator": "、", "search": "搜索"])
    }

    @Test func constraintsExcludeOptionsByName() {
        let table = T.table(options: ["注销账户", "解绑银行卡", "替换实名"],
                            criteria: [("恢复可能性", [("不可恢复", nil), ("可重新绑卡", nil), ("可再次更换", nil)])],
                            fields: [T.recovery], constraints: [
                                MatrixConstraint(id: "keep-account", label: "我必须保留账号", excludes: ["注销账户"]),
                                MatrixConstraint(id: "payments", label: "支付", excludes: ["解绑银行卡", "注销账户", "不存在"]),
                            ])
        let data = island(table)
        #expect(data.constraints.map(\.excludes) == [[0], [0, 1]], "unknown names are ignored, order is the table's")
        #expect(data.constraints.map(\.id) == ["keep-account", "payments"])
        #expect(data.strings == ["Shown": "{n}/{total}", "ListSeparator": "、"], "only matrix strings, prefix dropped")
        #expect(data.scores == [0, 1, 0.5])
        #expect(data.cells[1][0].sort == 2 && data.cells[1][0].norm == 1)
    }

    @Test func constraintsExcludeOptionsByTheirValues() {
        func typed(_ texts: [String]) -> [(String, CellValue?)] { texts.map { ($0, ValueParser.parse($0)) } }
        let table = T.table(options: ["A", "B", "C", "D"], criteria: [
            ("耗时", typed(["即时生效", "1-3天", "60天", ""])),
            ("费用", typed(["免费", "约30元", "无限制", "10元"])),
            ("需要银行卡", typed(["否", "是", "否", "否"])),
            ("次数", typed(["每天3次", "不限", "每周1次", "每天2次"])),
        ], constraints: [
            MatrixConstraint(id: "day", label: "一天内", excludes: [], requires: [MatrixRequirement(criterion: "耗时", test: "<= 1天")]),
            MatrixConstraint(id: "two", label: "两天内", excludes: [], requires: [MatrixRequirement(criterion: "耗时", test: "<= 2天")]),
            MatrixConstraint(id: "card", label: "没有银行卡", excludes: ["d"],
                             requires: [MatrixRequirement(criterion: "需要银行卡", test: "否")]),
            MatrixConstraint(id: "often", label: "每天至少2次", excludes: [],
                             requires: [MatrixRequirement(criterion: "次数", test: ">= 2次/日")]),
            MatrixConstraint(id: "cheap", label: "不超过20元", excludes: [],
                             requires: [MatrixRequirement(criterion: "费用", test: "<= 20元"),
                                        MatrixRequirement(criterion: "没有这个", test: "<= 1")]),
        ])
        let data = island(table)
        // 1-3天 fails "<= 1天" and "<= 2天" (only part of it passes); an empty cell fails any test.
        #expect(data.constraints[0].excludes == [1, 2, 3])
        #expect(data.constraints[1].excludes == [1, 2, 3])
        // Yes/no by meaning (否 = no); an option named in excludes is ruled out too (names fold case).
        #expect(data.constraints[2].excludes == [1, 3])
        // Unlimited passes an at-least test; once a week does not.
        #expect(data.constraints[3].excludes == [2])
        // Free passes; about 30 does not; unlimited is no price under 20; a missing criterion rules out nothing.
        #expect(data.constraints[4].excludes == [1, 2])
    }

    @Test func escapesEverythingThatCouldEndTheScript() throws {
        let text = Self.hostile + " <!-- & \u{2028}\u{2029} -->"
        let json = try JSONScript.encode(["text": text])
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            #expect(!json.contains(forbidden), "\(forbidden.unicodeScalars.first!.value)")
        }
        #expect(json.contains("\\u003c/script\\u003e"))
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        #expect(decoded["text"] == text, "the escapes keep the value")
    }

    @Test func writesInfinityAsAStringTheScriptReads() throws {
        #expect(try JSONScript.encode([Double.infinity, 1.5]) == "[\"Infinity\",1.5]")
    }

    @Test func aHostileCellCannotBreakOutOfTheRenderedIsland() throws {
        let table = T.table(options: ["A", "B"], criteria: [("Note", [(Self.hostile, nil), ("<!--", nil)])],
                            fields: [T.field("Note", .text)])
        let values = MatrixContext(table: table, lang: "en", strings: [:]) { _ in nil }.values()
        let json = try #require((values["json"] as? MustacheBytes).map { String(decoding: $0.bytes, as: UTF8.self) })
        #expect(!json.contains("<"))
        let theme = Theme.load(overrides: [:], displayRoot: "Templates", configStrings: [:]).0
        let html = try #require(theme.library.render(values, withTemplate: "matrix"))
        #expect(html.components(separatedBy: "</script>").count == 2, "only the island's own end tag")
        #expect(!html.contains("<script>alert"))
        let body = try #require(html.components(separatedBy: "class=\"matrix-data\">").last?.components(separatedBy: "</script>").first)
        let decoded = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        let cells = try #require(decoded?["cells"] as? [[[String: Any]]])
        #expect(cells[0][0]["text"] as? String == Self.hostile)
    }

    @Test("weight levels are labelled from the interface strings, and by their names when a string is missing")
    func weightLabels() throws {
        let table = T.table(options: ["A", "B"], criteria: [("Cost", [("1", ValueParser.parse("1")), ("2", ValueParser.parse("2"))])],
                            fields: [T.field("Cost", .number, prefer: .lower)])
        func labels(_ strings: [String: String]) throws -> [String] {
            let values = MatrixContext(table: table, lang: "en", strings: strings) { _ in nil }.values()
            let weighted = try #require(values["weighted"] as? [MustacheRecord])
            let levels = try #require(weighted.first?["levels"] as? [MustacheRecord])
            return levels.compactMap { $0["label"] as? String }
        }
        #expect(try labels([:]) == ["ignore", "low", "normal", "high"])
        #expect(try labels(["matrixWeight0": "忽略", "matrixWeight2": "一般"]) == ["忽略", "low", "一般", "high"])
    }
}
