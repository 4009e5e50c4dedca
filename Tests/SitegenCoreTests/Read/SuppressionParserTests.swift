import Testing
@testable import SitegenCore

/// `<!-- sitegen-disable… -->` comments: what each silences, and the exact
/// report for the ones that silence nothing (rule `suppression-invalid`).
@Suite struct SuppressionParserTests {
    static let blankRows = "| Plan | Price |\n|---|---|\n|  |  |\n"

    /// Line numbers of the `table-blank-row` findings left after suppressions.
    static func blankRowLines(_ markdown: String) -> [Int] {
        TestSite.run(TableBlankRow(), on: markdown).compactMap { $0.range?.start.line }
    }

    static func problems(_ markdown: String) -> [String] {
        TestSite.run(SuppressionInvalid(), on: markdown).map {
            "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.message) | \($0.hint ?? "")"
        }
    }

    @Test func eachDirectiveSilencesItsLines() {
        #expect(Self.blankRowLines(Self.blankRows) == [3])
        #expect(Self.blankRowLines("<!-- sitegen-disable-next-line table-blank-row -->\n" + Self.blankRows) == [])
        #expect(Self.blankRowLines("<!-- sitegen-disable-next-line table-blank-header -->\n" + Self.blankRows) == [4])
        #expect(Self.blankRowLines("<!-- sitegen-disable-file -->\n\n" + Self.blankRows) == [])
        let region = "<!-- sitegen-disable TBL006 -->\n\n" + Self.blankRows + "\n<!-- sitegen-enable TBL006 -->\n\n" + Self.blankRows
        #expect(Self.blankRowLines(region) == [11])
        #expect(Self.blankRowLines("<!-- sitegen-disable TBL006 -->\n\n" + Self.blankRows) == [])  // open to the end
    }

    @Test func idsMatchInAnyCaseAsInTheConfiguration() {
        #expect(Self.blankRowLines("<!-- sitegen-disable-next-line tbl006 -->\n" + Self.blankRows) == [])
        #expect(Self.problems("<!-- sitegen-disable-next-line tbl006 -->\n" + Self.blankRows) == [])
    }

    @Test func aMisspeltDirectiveIsReportedWithTheRightOne() {
        #expect(Self.problems("<!-- sitegen-disable-nextline table-blank-row -->\n" + Self.blankRows) == [
            "1:6 unknown suppression directive 'sitegen-disable-nextline': it silences nothing | did you mean 'sitegen-disable-next-line'?",
        ])
        #expect(Self.problems("<!-- sitegen-shush -->\n") == [
            "1:6 unknown suppression directive 'sitegen-shush': it silences nothing"
                + " | the directives are sitegen-disable-next-line, sitegen-disable, sitegen-enable, sitegen-disable-file",
        ])
        // The misspelt comment indeed silences nothing.
        #expect(Self.blankRowLines("<!-- sitegen-disable-nextline table-blank-row -->\n" + Self.blankRows) == [4])
    }

    @Test func unknownRulesAreReportedAtTheirWord() {
        let page = "Text.\n\n<!-- sitegen-disable-next-line table-blank-header,table-blank-rows  TBL999 -->\n" + Self.blankRows
        #expect(Self.problems(page) == [
            "3:51 unknown rule 'table-blank-rows' in a suppression: it silences nothing | did you mean 'table-blank-row'?",
            "3:69 unknown rule 'TBL999' in a suppression: it silences nothing | 'sitegen rules' lists the rules by name and id",
        ])
    }

    @Test func wordsOfACommentOverSeveralLinesKeepTheirLines() {
        let page = "<!--\n  sitegen-disable\n    table-blank-row\n    link-brokn -->\n"
        #expect(Self.problems(page) == [
            "4:5 unknown rule 'link-brokn' in a suppression: it silences nothing | did you mean 'link-broken'?",
        ])
    }

    @Test func builtInProblemsCannotBeSilenced() {
        #expect(Self.problems("<!-- sitegen-disable-file config-invalid -->\n") == [
            "1:27 'config-invalid' is a built-in problem: it cannot be silenced"
                + " | fix what it reports; remove 'config-invalid' from the comment",
        ])
    }

    @Test func anEnableWithNothingOpenIsReported() {
        #expect(Self.problems("<!-- sitegen-enable TBL006 -->\n") == [
            "1:6 'sitegen-enable TBL006' ends no region: no 'sitegen-disable' of these rules is open before it"
                + " | remove it, or put '<!-- sitegen-disable TBL006 -->' where the region starts",
        ])
        #expect(Self.problems("<!-- sitegen-disable TBL006 -->\n\n<!-- sitegen-enable TBL007 -->\n") == [
            "3:6 'sitegen-enable TBL007' ends no region: no 'sitegen-disable' of these rules is open before it"
                + " | remove it, or put '<!-- sitegen-disable TBL007 -->' where the region starts",
        ])
        #expect(Self.problems("<!-- sitegen-disable TBL006 -->\n\n<!-- sitegen-enable -->\n") == [])
        #expect(Self.problems("<!-- sitegen-disable TBL006 TBL007 -->\n\n<!-- sitegen-enable TBL007, TBL006 -->\n") == [])
    }

    @Test func aReasonFollowsTwoDashes() {
        let page = "<!-- sitegen-disable-next-line table-blank-row -- the vendor's table has gaps, on purpose -->\n" + Self.blankRows
        #expect(Self.problems(page) == [])
        #expect(Self.blankRowLines(page) == [])
        #expect(Self.blankRowLines("<!-- sitegen-disable-next-line -- every rule, for a reason -->\n" + Self.blankRows) == [])
        #expect(Self.problems("<!-- sitegen-disable-next-line table-blank-rows -- a reason -->\n" + Self.blankRows).count == 1)
    }

    @Test func theFindingItselfCanBeSilenced() {
        #expect(Self.problems("<!-- sitegen-disable-file suppression-invalid -->\n<!-- sitegen-shush -->\n") == [])
    }

    @Test func tableAnnotationsAreNotSuppressions() {
        #expect(Self.problems("<!-- sitegen:table {id: plans} -->\n| a | b |\n|---|---|\n| 1 | 2 |\n") == [])
    }
}
