import Testing
@testable import SitegenCore

/// A comparison of plans by price: amounts with their currency before or after them, money per
/// month, free. The build has no finding, the cells sort by amount, the cheapest is marked best,
/// and the option page's key → value table may mix a price with a duration.
@Suite struct PriceMatrixSiteTests {
    static let files: [String: String] = [
        "sitegen.yml": "title: Plans\n",
        "Content/_index.md": """
            ---
            title: Plans
            ---

            ## Comparison

            <!-- sitegen:table {id: plans, kind: matrix, options: rows, option-label: Plan, schema: {fields: [{name: Price, type: money, prefer: lower}, {name: Monthly, type: rate, prefer: lower}, {name: Setup, type: duration}]}} -->
            | Plan | Price | Monthly | Setup |
            |---|---|---|---|
            | Basic | free | $5/month | 10 min |
            | Team | $1,200 | free | 1 hour |
            | Enterprise | $2.5k | $99 per month | 3 business days |

            """,
        "Content/basic.md": """
            ---
            title: Basic
            option: Basic
            ---

            | Criterion | Value |
            |---|---|
            | Price | free |
            | Setup | 10 min |

            """,
        "Content/team.md": "---\ntitle: Team\noption: Team\n---\n\nFor teams.\n",
        "Content/enterprise.md": "---\ntitle: Enterprise\noption: Enterprise\n---\n\nFor companies.\n",
    ]

    @Test("prices are typed: no finding, cells sort by amount, the cheapest is best")
    func typedPrices() throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let page = try site.read("public/index.html")
        for value in ["0", "1200", "2500"] {
            #expect(page.contains("<td data-kind=\"money\" data-sort-value=\"\(value)\">"), "\(value)")
        }
        // Free is the best price: its cell's best mark is shown, the others' hidden.
        #expect(page.contains("<td data-kind=\"money\" data-sort-value=\"0\">free<span class=\"best-mark\">"))
        #expect(page.contains("<td data-kind=\"money\" data-sort-value=\"1200\">$1,200<span class=\"best-mark\" hidden>"))
    }

    @Test("an option page stating another price conflicts with the matrix")
    func conflictingPrice() throws {
        var files = Self.files
        files["Content/basic.md"] = files["Content/basic.md"]!.replacingOccurrences(of: "| Price | free |", with: "| Price | $10 |")
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .contentErrors)
        #expect(report.diagnostics.map(\.id) == ["CON001", "CON001"], "\(report.diagnostics)")
        #expect(report.diagnostics.first?.message == "'Basic' × 'Price' is 'free' here but '$10' in Content/basic.md:8")
    }
}
