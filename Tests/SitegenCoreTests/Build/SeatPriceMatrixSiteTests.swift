import Testing
@testable import SitegenCore

/// A comparison of plans priced per user or seat (`$10/user/month`, `$96/user/year`): they sort and
/// score by price per seat, a constraint tests them per seat, and a flat price among them is a
/// finding, not a silent comparison of a team's price with one seat's.
@Suite struct SeatPriceMatrixSiteTests {
    static func files(team: String = "$10/user/month", test: String = "<= $9/user/month") -> [String: String] {
        [
            "sitegen.yml": "title: Plans\nrules: {matrix-unknown-option: off}\n",
            "Content/_index.md": """
                ---
                title: Plans
                ---

                ## Comparison

                <!-- sitegen:table {id: plans, kind: matrix, options: rows, option-label: Plan, schema: {fields: [{name: Price, type: rate, prefer: lower}, {name: Storage, type: size, prefer: higher}]}, constraints: [{id: budget, label: Cheap, requires: {Price: '\(test)'}}]} -->
                | Plan | Price | Storage |
                |---|---|---|
                | Starter | Free | 2 GB per user |
                | Team | \(team) | 10 GB per user |
                | Business | $96/user/year | 1 TB per user |
                | Enterprise | $15 per seat per month | unlimited |

                """,
        ]
    }

    @Test("prices per seat: no finding, $96/user/year below $10/user/month, Free the best, the constraint per seat")
    func pricesPerSeat() throws {
        let site = try TemporarySite(files: Self.files())
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success && report.diagnostics.isEmpty, "\(report.diagnostics)")
        let page = try site.read("public/index.html")
        let perSecond = { (dollars: Double, seconds: Double) in String(dollars / seconds) }
        #expect(page.contains("<td data-kind=\"rate\" data-sort-value=\"\(perSecond(96, 31_536_000))\">$96/user/year<span class=\"best-mark\" hidden>"))
        #expect(page.contains("<td data-kind=\"rate\" data-sort-value=\"\(perSecond(10, 31_536_000 / 12))\">$10/user/month<span class=\"best-mark\" hidden>"))
        #expect(page.contains("<td data-kind=\"money\" data-sort-value=\"0\">Free<span class=\"best-mark\">"))
        #expect(page.contains("<td data-kind=\"size\" data-sort-value=\"1000000000000\">1 TB per user<span class=\"best-mark\" hidden>"))
        // $96 a year is $8 a month: within $9; Team ($10) and Enterprise ($15) are ruled out.
        #expect(page.contains("\"constraints\":[{\"excludes\":[1,3]"))
    }

    @Test("a flat price among prices per seat is reported, and the criterion is not scored")
    func flatPriceAmongSeats() throws {
        let site = try TemporarySite(files: Self.files(team: "$500/month"))
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success)
        #expect(report.diagnostics.map(\.id) == ["TYP003"], "\(report.diagnostics)")
        #expect(report.diagnostics.first?.message == "'$500/month' is not per seat but the other values of 'Price' are")
        let page = try site.read("public/index.html")
        #expect(!page.contains("Free<span class=\"best-mark\""), "no best price when prices do not compare")
    }

    @Test("a constraint testing a flat price against prices per seat is an error")
    func flatTestAmongSeats() throws {
        let site = try TemporarySite(files: Self.files(test: "<= $100/month"))
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .contentErrors)
        #expect(report.diagnostics.map(\.message) == [
            "constraint 'budget': '<= $100/month' is not per seat, but the values of 'Price' are"], "\(report.diagnostics)")
    }
}
