import Testing
@testable import SitegenCore

/// The suppression index and the silenced places answer as a scan of every suppression with
/// ``Suppression/covers(rule:name:line:)`` does, on random pages.
@Suite struct SuppressionIndexTests {
    static let ruleLists: [[String]] = [[], ["table-blank-row"], ["TBL006"], ["tbl007"], ["link-broken", "TBL006"],
                                        ["custom-rule"], ["table-blank-rows"]]
    static let rules = [("TBL006", "table-blank-row"), ("TBL007", "table-duplicate-row"), ("REF003", "link-broken"),
                        ("X001", "custom-rule")]

    @Test func answersAsAScanDoes() {
        var random = SeededGenerator(state: 7)
        for _ in 0..<400 {
            let suppressions = (0..<Int.random(in: 0...12, using: &random)).map { _ in
                let first = Int.random(in: 1...30, using: &random)
                return Suppression(rules: Self.ruleLists.randomElement(using: &random)!,
                                   lines: first...(first + Int.random(in: 0...8, using: &random)),
                                   range: SourceRange(line: first, column: 1, endColumn: 4))
            }
            let index = SuppressionIndex(suppressions)
            let findings = (0..<Int.random(in: 0...10, using: &random)).map { _ in
                let (id, name) = Self.rules.randomElement(using: &random)!
                return SilencedFinding(id: id, name: name, line: Bool.random(using: &random) ? nil : Int.random(in: 1...40, using: &random))
            }
            for finding in findings {
                for excluding in [nil] + Array(suppressions.indices) as [Int?] {
                    let scan = suppressions.indices.contains {
                        $0 != excluding && suppressions[$0].covers(rule: finding.id, name: finding.name, line: finding.line)
                    }
                    #expect(index.covers(id: finding.id, name: finding.name, line: finding.line, excluding: excluding) == scan,
                            "\(finding) excluding \(String(describing: excluding)) in \(suppressions)")
                }
            }
            let places = SilencedPlaces(findings)
            for suppression in suppressions {
                let scan = findings.contains { suppression.covers(rule: $0.id, name: $0.name, line: $0.line) }
                #expect(places.anyCovered(by: suppression) == scan, "\(suppression) over \(findings)")
            }
        }
    }
}
