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
        edited.scores = [nil, 0, -0.0, 1e16, 1.5e20, 123456789012.5, .nan]
        edited.strings = ["b": "say \"hi\" <b>", "a": "中文 \u{2028} \\", "Z": "\t"]
        edited.constraints = [MatrixIsland.Constraint(id: "c<1>", label: "L & M", excludes: [0, 2])]
        #expect(edited.fastJSON() == (try JSONScript.encode(edited)))
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
