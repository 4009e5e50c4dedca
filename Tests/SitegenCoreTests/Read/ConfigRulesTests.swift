import Testing
@testable import SitegenCore

@Suite("rules: in sitegen.yml")
struct ConfigRulesTests {
    @Test func rulesAreNamedByNameOrIDAndAMisspeltOneIsSaid() {
        let (config, problems) = ConfigLoader.load(
            text: "rules:\n  table-blank-row: off\n  TBL001: warning\n  table-colum-count: info\n  file-encoding: off\n")
        #expect(config.ruleSeverities == ["table-blank-row": .off, "TBL001": .warning])
        #expect(problems.map { "\($0.range?.start.line ?? 0):\($0.name) \($0.message) / \($0.hint ?? "")" } == [
            "4:config-unknown-key unknown rule 'table-colum-count' in 'rules' / did you mean 'table-column-count'?",
            "5:config-unknown-key 'file-encoding' is a built-in problem: it is always an error / "
                + "remove it; 'sitegen rules' lists the rules whose severity can be set",
        ])
    }
}
