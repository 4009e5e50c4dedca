import Foundation
import SitegenFuzzing
import Testing
@testable import SitegenCore

/// Property: a random well-formed GFM table (short rows, ragged spacing,
/// optional outer pipes, escaped pipes, inline markup, CJK and typed values,
/// glued to a heading or not) parses into a model that `sitegen check --fix`
/// does not change: parse → model → fix → parse gives the same model.
@Suite("Tables round-trip through --fix", .timeLimit(.minutes(1)))
struct TableRoundTripTests {
    static let iterations = 120

    @Test("random well-formed tables keep their model through --fix")
    func roundTrip() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["SITEGEN_PROPERTY_SEED"] ?? "") ?? UInt64.random(in: 1...UInt64.max)
        var random = SeededGenerator(state: seed)  // SplitMix64, from the value tests
        var changed = 0
        for iteration in 0..<Self.iterations {
            let page = RandomTable.page(using: &random)
            let before = TableProjection.of(parsePage(page, path: "guide/page.md"))
            let fixed = try fix(page)
            let after = TableProjection.of(parsePage(fixed, path: "guide/page.md"))
            if fixed != page { changed += 1 }
            #expect(after == before, "seed \(seed), iteration \(iteration) (SITEGEN_PROPERTY_SEED=\(seed) to replay)\n--- page\n\(page)\n--- fixed\n\(fixed)")
            if after != before { return }
        }
        // The generator must give --fix work (short rows, tables glued to a heading), not only clean tables.
        #expect(changed > Self.iterations / 4, "only \(changed) of \(Self.iterations) pages needed a fix")
    }

    @Test("--fix pads a short row without changing the model")
    func shortRow() throws {
        let page = "# T\n| a | b | c |\n|---|:-:|--:|\n| 1 |\n| 2 | 3 | 4 |\n"
        let fixed = try fix(page)
        #expect(fixed != page)
        #expect(TableProjection.of(parsePage(fixed)) == TableProjection.of(parsePage(page)))
    }

    /// Runs `sitegen check --fix` on a one-page site in memory; the fixed page text.
    func fix(_ page: String) throws -> String {
        let memory = MemoryFileSystem(files: ["/site/Content/guide/page.md": Array(page.utf8),
                                              "/site/Content/_index.md": Array("# Home\n".utf8)])
        var options = BuildOptions()
        options.root = "/site"
        options.workers = 1
        let result = Fixer(options: options, fileIO: memory.fileIO).run()
        #expect(result.failures.isEmpty)
        return String(decoding: try #require(memory.files["/site/Content/guide/page.md"]), as: UTF8.self)
    }
}

/// What a table means, without source positions (a fix may move lines).
struct TableProjection: Equatable, CustomStringConvertible {
    var tables: [[String]]
    var headings: [String]

    static func of(_ page: Page) -> TableProjection {
        TableProjection(
            tables: page.tables.map { table in
                ["kind \(table.kind.rawValue) align \(table.alignments.map(\.rawValue))"]
                    + ([table.header] + table.rows).map { row in
                        row.cells.map { "\($0.text)=\($0.value)|\($0.html)" }.joined(separator: " ‖ ")
                    }
            },
            headings: page.headings.map { "\($0.level) \($0.text) #\($0.anchor)" })
    }

    var description: String { (headings + tables.flatMap { $0 }).joined(separator: "\n") }
}

enum RandomTable {
    static let words = ["5分钟", "5-10分钟", "3~7个工作日", "即时生效", "是", "否", "无限制", "3张/日", "至少3种", "约15分钟申请+60天冻结",
                        "10 min", "yes", "unlimited", "42", "3.5", "text", "中文 说明", "`code`", "**bold**", "*em*",
                        "a \\| b", "[link](https://example.org)", "~~old~~", "", "  ", "✓", "✗", "😀", "é"]

    static func page<R: RandomNumberGenerator>(using random: inout R) -> String {
        let columns = Int.random(in: 1...7, using: &random)
        let rows = Int.random(in: 0...12, using: &random)
        let outer = Bool.random(using: &random)
        func cell() -> String {
            let word = words.randomElement(using: &random)!
            return String(repeating: " ", count: Int.random(in: 0...2, using: &random)) + word
                + String(repeating: " ", count: Int.random(in: 0...2, using: &random))
        }
        func line(_ cells: [String]) -> String {
            outer || cells.count < 2 ? "|" + cells.joined(separator: "|") + "|" : cells.joined(separator: "|")
        }
        let header = (0..<columns).map { "h\($0) " + (Bool.random(using: &random) ? cell() : "") }
        let delimiter = (0..<columns).map { _ in [":--", "---", "--:", ":-:", "-"].randomElement(using: &random)! }
        var text = "# Page\n"
        if Bool.random(using: &random) { text += "\nIntro paragraph.\n" }
        if Bool.random(using: &random) { text += "\n" }  // glued to the heading, or not
        text += [line(header), line(delimiter)].joined(separator: "\n") + "\n"
        for _ in 0..<rows {
            // Short rows are well-formed GFM (cmark pads them); long ones are not, so none here.
            let count = Int.random(in: max(1, columns - 2)...columns, using: &random)
            text += line((0..<count).map { _ in cell() }) + "\n"
        }
        text += ["", "\nAfter the table.\n", "\n## Next\n\n- a list\n"].randomElement(using: &random)!
        return text
    }
}
