import Testing
@testable import SitegenCore

/// Each render running at a time gets a library of its own, parsed from the
/// same sources, and copies are reused rather than made again.
@Suite struct TemplateLibrariesTests {
    @Test("renders running at once get copies of their own, which render alike and are reused")
    func copiesPerConcurrentRender() throws {
        let (theme, problems) = Theme.load(overrides: [:], displayRoot: "Templates", configStrings: [:])
        #expect(problems.isEmpty)
        let libraries = theme.libraries
        let values: [String: Any] = ["id": "t", "elementID": "tbl-t", "kind": "comparison", "label": "表 1",
                                     "header": [["html": "<b>A</b>", "align": "left"]], "rows": [[String: Any]]()]
        let expected = try #require(theme.library.render(values, withTemplate: "table"))
        let (outer, inner) = libraries.with { outer in
            libraries.with { inner in
                (outer.render(values, withTemplate: "table"), inner.render(values, withTemplate: "table"))
            }
        }
        #expect(outer == expected && inner == expected)
        #expect(libraries.copies == 2)
        for _ in 0..<5 { _ = theme.renderBytes(values, withTemplate: "table") }
        #expect(libraries.copies == 2)
        #expect(theme.render(values, withTemplate: "table") == expected)
    }
}
