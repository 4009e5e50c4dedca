import Testing
@testable import SitegenCore

/// A comparison of server plans by memory, storage and bandwidth: sizes in MB, GB, GiB and TB and
/// rates in Mbps and Gbit/s compare by bytes, so the build has no finding, the cells sort by size
/// and the biggest is marked best; a bandwidth written without a unit of data is reported.
@Suite struct DataSizeMatrixSiteTests {
    static let files: [String: String] = [
        "sitegen.yml": "title: Plans\n",
        "Content/_index.md": """
            ---
            title: Plans
            ---

            ## Comparison

            <!-- sitegen:table {id: plans, kind: matrix, options: rows, option-label: Plan, schema: {fields: [{name: RAM, prefer: higher}, {name: Storage, type: size, prefer: higher}, {name: Bandwidth, prefer: higher}, {name: Transfer, prefer: higher}]}} -->
            | Plan | RAM | Storage | Bandwidth | Transfer |
            |---|---|---|---|---|
            | Small | 512 MB | 20 GB | 100 Mbps | 1 TB/month |
            | Medium | 2 GiB | 80 GB | 1 Gbit/s | 4 TB/month |
            | Large | 8 GB | 1 TB | 1 Gbps | unlimited |

            """,
        "Content/small.md": "---\ntitle: Small\noption: Small\n---\n\n| Criterion | Value |\n|---|---|\n| RAM | 512 MB |\n",
        "Content/medium.md": "---\ntitle: Medium\noption: Medium\n---\n\nFor most sites.\n",
        "Content/large.md": "---\ntitle: Large\noption: Large\n---\n\nFor busy sites.\n",
    ]

    @Test("sizes and data rates are typed: no finding, cells sort by bytes, the biggest is best")
    func typedSizes() throws {
        let site = try TemporarySite(files: Self.files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.outcome == .success, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let page = try site.read("public/index.html")
        for value in ["512000000", "2147483648", "8000000000", "20000000000", "1000000000000"] {
            #expect(page.contains("<td data-kind=\"size\" data-sort-value=\"\(value)\">"), "\(value)")
        }
        // 100 Mbps is 12.5 MB a second; 1 Gbit/s and 1 Gbps are one speed.
        #expect(page.contains("<td data-kind=\"rate\" data-sort-value=\"12500000\">100 Mbps"))
        #expect(page.contains("<td data-kind=\"rate\" data-sort-value=\"125000000\">1 Gbit/s"))
        // 8 GB is the most memory: its best mark is shown; 512 MB's is hidden.
        #expect(page.contains("data-sort-value=\"8000000000\">8 GB<span class=\"best-mark\">"))
        #expect(page.contains("data-sort-value=\"512000000\">512 MB<span class=\"best-mark\" hidden>"))
    }

    @Test("an option page stating the same size in other units agrees; another size conflicts")
    func factsCompareByBytes() throws {
        var files = Self.files
        files["Content/small.md"] = files["Content/small.md"]!.replacingOccurrences(of: "| RAM | 512 MB |", with: "| RAM | 0.512 GB |")
        var site = try TemporarySite(files: files)
        #expect(site.build().diagnostics.isEmpty)
        site.remove()
        files["Content/small.md"] = files["Content/small.md"]!.replacingOccurrences(of: "| RAM | 0.512 GB |", with: "| RAM | 1 GB |")
        site = try TemporarySite(files: files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.diagnostics.map(\.id) == ["CON001", "CON001"], "\(report.diagnostics)")
        #expect(report.diagnostics.first?.message == "'Small' × 'RAM' is '512 MB' here but '1 GB' in Content/small.md:8")
    }

    @Test("a bandwidth without a unit of data, and a size in a column of data rates, are reported")
    func mixedBandwidth() throws {
        var files = Self.files
        files["Content/_index.md"] = files["Content/_index.md"]!
            .replacingOccurrences(of: "| 1 Gbps |", with: "| 1000M |")
            .replacingOccurrences(of: "| 1 TB/month |", with: "| 1 TB |")
            .replacingOccurrences(of: "| unlimited |", with: "| 10 TB per month |")
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        let messages = site.build().diagnostics.map(\.message)
        #expect(messages.contains("'1000M' is a count but the other values of 'Bandwidth' are rates"), "\(messages)")
        #expect(messages.contains("'1 TB' is a data size but the other values of 'Transfer' are rates"), "\(messages)")
    }
}
