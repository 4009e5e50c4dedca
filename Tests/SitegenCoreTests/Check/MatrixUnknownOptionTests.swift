import Testing
@testable import SitegenCore

/// A matrix whose options no page defines is a comparison on its own (one warning, the build goes
/// on); once one of its options is defined, each undefined one is drift (an error each).
@Suite struct MatrixUnknownOptionTests {
    static let page = """
        ---
        title: Plans
        ---

        <!-- sitegen:table {id: plans, kind: matrix, options: rows} -->
        | Plan | RAM |
        |---|---|
        | Small | 2 GB |
        | Large | 8 GB |

        """

    @Test("no option defined: one warning at the first option, and the site is built")
    func standaloneMatrix() throws {
        let site = try TemporarySite(files: ["Content/_index.md": Self.page])
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success)
        #expect(report.diagnostics.map(\.severity) == [.warning])
        #expect(report.diagnostics.map(\.message)
            == ["no option of matrix 'plans' has a page or section that defines it ('Small', 'Large')"])
        #expect(report.diagnostics.first?.range?.start.line == 8)
    }

    @Test("one option defined: the other is an error")
    func partlyDefinedMatrix() throws {
        let site = try TemporarySite(files: ["Content/_index.md": Self.page + "\n## Large\n"])
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .contentErrors)
        #expect(report.diagnostics.map(\.severity) == [.error])
        #expect(report.diagnostics.map(\.message) == ["option 'Small' of matrix 'plans' has no page or section that defines it"])
    }

    @Test("an option close to a defined one is a misspelling: an error even when none is defined")
    func misspeltOptions() throws {
        let site = try TemporarySite(files: [
            "Content/_index.md": Self.page.replacingOccurrences(of: "| Large |", with: "| Larg |"),
            "Content/large.md": "---\ntitle: Large plan\noption: Large\n---\n\nBig.\n",
            "Content/small.md": "---\ntitle: Small plan\noption: Smal\n---\n\nLittle.\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.diagnostics.filter { $0.id == "REF001" }.map(\.severity) == [.error, .error], "\(report.diagnostics)")
    }
}
