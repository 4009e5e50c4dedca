import Testing
@testable import SitegenCore

/// A comparison of storage providers priced per unit (`$0.023/GB/month`, `$20/TB/month`, `$0.40 per
/// million requests`): they sort and score by the price of one byte or request, a constraint tests
/// them per GB, and a price per host among them is a finding, not a silent comparison.
@Suite struct UnitPriceMatrixSiteTests {
    static func files(east: String = "$0.026/GB/month", test: String = "<= $0.025/GB/month") -> [String: String] {
        [
            "sitegen.yml": "title: Storage\nrules: {matrix-unknown-option: off}\n",
            "Content/_index.md": """
                ---
                title: Storage
                ---

                ## Comparison

                <!-- sitegen:table {id: storage, kind: matrix, options: rows, option-label: Provider, schema: {fields: [{name: Storage, type: rate, prefer: lower}, {name: Requests, type: money, prefer: lower}]}, constraints: [{id: budget, label: Cheap, requires: {Storage: '\(test)'}}]} -->
                | Provider | Storage | Requests |
                |---|---|---|
                | North | $0.023/GB/month | $0.40 per million requests |
                | South | $20/TB/month | $0.005 per 1,000 requests |
                | East | \(east) | $0.0004 per 1,000 requests |

                """,
        ]
    }

    @Test("prices per GB and per request: no finding; $20/TB/month is the cheapest storage, per million the cheapest requests")
    func pricesPerUnit() throws {
        let site = try TemporarySite(files: Self.files())
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success && report.diagnostics.isEmpty, "\(report.diagnostics)")
        let page = try site.read("public/index.html")
        let north = try #require(RenderedMatrix.sortValue(of: "$0.023/GB/month", in: page))
        let south = try #require(RenderedMatrix.sortValue(of: "$20/TB/month", in: page))
        #expect(abs(north - 0.023 / 1e9 / (31_536_000 / 12)) < 1e-9 * north)
        #expect(south < north)
        #expect(page.contains("$20/TB/month<span class=\"best-mark\">"))
        #expect(page.contains("$0.023/GB/month<span class=\"best-mark\" hidden>"))
        // $0.40 a million is $0.0004 a thousand, below $0.005 a thousand: North and East tie as the cheapest.
        #expect(page.contains("$0.40 per million requests<span class=\"best-mark\">"))
        #expect(page.contains("$0.0004 per 1,000 requests<span class=\"best-mark\">"))
        #expect(page.contains("$0.005 per 1,000 requests<span class=\"best-mark\" hidden>"))
        // $0.026 a GB is above $0.025: East is ruled out, $20/TB ($0.02/GB) is not.
        #expect(page.contains("\"constraints\":[{\"excludes\":[2]"))
    }

    @Test("a bound met exactly passes, though $10/TB/month and $0.01/GB/month differ in their last bit")
    func boundMetExactly() throws {
        let site = try TemporarySite(files: Self.files(east: "$10/TB/month", test: "<= $0.01/GB/month"))
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success && report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(try site.read("public/index.html").contains("\"constraints\":[{\"excludes\":[0,1]"))
    }

    @Test("a price per host among prices per GB is reported, and the criterion is not scored")
    func hostPriceAmongGigabytes() throws {
        let site = try TemporarySite(files: Self.files(east: "$5/host/month"))
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success)
        #expect(report.diagnostics.map(\.message) == ["'$5/host/month' is per host but the other values of 'Storage' are per GB"],
                "\(report.diagnostics)")
        let page = try site.read("public/index.html")
        #expect(!page.contains("$20/TB/month<span class=\"best-mark\">"), "no best price when prices do not compare")
    }

    @Test("a constraint testing a price per host against prices per GB is an error")
    func hostTestAmongGigabytes() throws {
        let site = try TemporarySite(files: Self.files(test: "<= $5/host/month"))
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .contentErrors)
        #expect(report.diagnostics.map(\.message) == [
            "constraint 'budget': '<= $5/host/month' is per host, but the values of 'Storage' are per GB"], "\(report.diagnostics)")
    }
}
