import Foundation
import Testing
@testable import SitegenCore

/// The fast matrix-island writer writes exactly what JSONEncoder writes.
@Suite struct MatrixIslandJSONTests {
    @Test func fastJSONMatchesTheEncoder() throws {
        let site = try #require(SampleMatrix.island())
        #expect(site.fastJSON() == (try JSONScript.encode(site)))
        var edited = site
        edited.cells[0][0].lower = .infinity
        edited.cells[0][0].upper = -.infinity
        edited.cells[0][0].norm = nil
        edited.cells[0][0].sort = 5.787037037037037e-05
        if edited.cells[0].count > 1 {  // whole numbers written digit by digit, negative and zero among them
            edited.cells[0][1].lower = -3
            edited.cells[0][1].upper = 999_999_999_999_999
            edited.cells[0][1].sort = -0.0
            edited.cells[0][1].eq = 12_345
        }
        edited.scores = [nil, 0, -0.0, 1e16, 1.5e20, 123456789012.5, .nan]
        edited.strings = ["b": "say \"hi\" <b>", "a": "中文 \u{2028} \\", "Z": "\t"]
        edited.constraints = [MatrixIsland.Constraint(id: "c<1>", label: "L & M", excludes: [0, 2])]
        #expect(edited.fastJSON() == (try JSONScript.encode(edited)))
        // The strings part made once per language is the same text.
        #expect(edited.fastJSON(stringsJSON: MatrixIslandStrings(from: ["matrixb": "say \"hi\" <b>", "matrixa": "中文 \u{2028} \\",
                                                                        "matrixZ": "\t", "x": "y"]).json)
            == (try JSONScript.encode(edited)))
    }

    @Test func decimalsAsStringWritesThem() {
        var random = SeededGenerator(state: 78)
        var values = [0, 1, -1, 9, 10, -10, Int.max, Int.min, 1_000_000_000_000_000]
        for _ in 0..<5_000 { values.append(Int(bitPattern: UInt(random.next())) >> Int.random(in: 0...63, using: &random)) }
        for value in values {
            var bytes: [UInt8] = Array("x".utf8)
            bytes.append(decimal: value)
            #expect(String(decoding: bytes, as: UTF8.self) == "x" + String(value), "\(value)")
        }
    }

    @Test func numbersAsTheEncoderWritesThem() throws {
        struct Box: Encodable { let v: Double }
        var random = SeededGenerator(state: 77)
        var values: [Double] = [0, -0.0, 1, -1, 2.5, 1e15 - 1, 1e15, -1e15, 1e15 + 2, 9_007_199_254_740_992, 1e16, 1e-7, 0.1,
                                .infinity, -.infinity, .nan, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        for _ in 0..<2_000 {
            values.append(Double(Int.random(in: -2_000_000...2_000_000, using: &random)) / [1, 2, 10, 100, 1_000][Int.random(in: 0...4, using: &random)])
            values.append(Double(bitPattern: random.next()))
        }
        for value in values {
            let encoded = try JSONScript.encode(Box(v: value))
            #expect("{\"v\":" + MatrixIsland.number(value) + "}" == encoded, "\(value)")
        }
    }

    @Test func jsonStringsAsTheEncoderWritesThem() throws {
        var random = SeededGenerator(state: 78)
        let pieces = ["a", "中", "\"", "\\", "<", ">", "&", "\u{2028}", "\u{2029}", "\u{2026}", "\u{2027}", "\n", "\r", "\t",
                      "\u{8}", "\u{C}", "\u{0}", "\u{1}", "\u{F}", "\u{10}", "\u{1F}", "\u{7F}", "é", "\u{E2}", "'", "/", " "]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let encoded = try JSONScript.encode([text]).dropFirst().dropLast()
            var out = ""
            SearchIndex.appendJSONString(text, to: &out)
            #expect(out == encoded, "\(text.debugDescription)")
            var bytes: [UInt8] = []
            SearchIndex.appendJSONString(text, to: &bytes)
            #expect(bytes == Array(encoded.utf8), "\(text.debugDescription)")
        }
    }
}

@Suite struct PlaceholderTests {
    @Test func replacesEveryOccurrenceAndNothingElse() {
        #expect("Best at: {list}".replacingPlaceholder("{list}", with: "速度, 价格") == "Best at: 速度, 价格")
        #expect("{list}/{list}".replacingPlaceholder("{list}", with: "x") == "x/x")
        #expect("{lis}{list".replacingPlaceholder("{list}", with: "x") == "{lis}{list")
        #expect("最擅长：{list}。".replacingPlaceholder("{list}", with: "{list}") == "最擅长：{list}。")
        #expect("".replacingPlaceholder("{list}", with: "x") == "")
        var random = SeededGenerator(state: 79)
        let pieces = ["{list}", "{", "}", "list", "中", "é", " ", "{lis", "t}"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(text.replacingPlaceholder("{list}", with: "<V>") == text.replacingOccurrences(of: "{list}", with: "<V>"))
        }
    }
}

/// A matrix island from a parsed page.
enum SampleMatrix {
    static func island() -> MatrixIsland? {
        let text = """
            <!-- sitegen:table {id: m, kind: matrix, options: columns} -->
            | Criterion | A | B | C |
            |---|---|---|---|
            | Time | 5 minutes | 2 hours | 无限制 |
            | Offline | yes | no | yes |
            | Rate | 50% | 75% | 12% |
            | Name | x | y | z |

            """
        let source = PageSource(contentPath: "p.md", text: text, displayRoot: "Content")
        let builder = PageBuilder(resolver: LinkResolver(routes: [:], assets: [], style: .portable), schemas: [:],
                                  options: MarkdownOptions(), defaultLanguage: "en")
        let page = builder.build(source)
        guard let table = page.tables.first else { return nil }
        let matrix = Matrix(table)
        return MatrixIsland(table: table, matrix: matrix, scores: MatrixScores(matrix), lang: "en",
                            strings: ["matrixBest": "Best", "other": "x"])
    }
}
