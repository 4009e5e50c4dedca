import Foundation
import Testing
@testable import SitegenCore

/// `suppression-unused`: a suppression with no finding left to silence, whether the finding
/// was a page rule's or a site rule's, in a full check, `--changed-since` and incremental builds.
@Suite struct UnusedSuppressionTests {
    static let silencedLink = "---\ntitle: Guide\n---\n\n<!-- sitegen-disable-next-line link-broken -->\nSee [the plan](plan.md).\n"

    static func unused(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.filter { $0.name == "suppression-unused" }.map {
            "\($0.file):\($0.range?.start.line ?? 0) \($0.message) | \($0.hint ?? "")"
        }
    }

    @Test func theMessageSaysWhatAndWhere() {
        let site = TestSite.site(["a.md": "<!-- sitegen-disable-next-line table-blank-row, TBL007 -->\n| a | b |\n|---|---|\n| 1 | 2 |\n",
                                  "b.md": "<!-- sitegen-disable-file -->\nFine.\n"])
        #expect(Self.unused(Checker().check(site)) == [
            "Content/a.md:1 this suppression of table-blank-row, TBL007 silences nothing: no finding on lines 2–4"
                + " | remove the comment: what it silenced is gone (or it is not on the line it means)",
            "Content/b.md:1 this suppression of every rule silences nothing: no finding on lines 1–2"
                + " | remove the comment: what it silenced is gone (or it is not on the line it means)",
        ])
    }

    @Test func aSuppressionUsedByASiteRuleIsUsed() {
        let site = TestSite.site(["guide.md": Self.silencedLink])
        let found = Checker().check(site)
        #expect(found.isEmpty, "\(found)")
        let fixed = TestSite.site(["guide.md": Self.silencedLink, "plan.md": "# Plan\n"])
        #expect(Self.unused(Checker().check(fixed)).count == 1)
    }

    @Test func aSuppressionOfARuleThatIsOffIsNotReported() {
        let site = TestSite.site(["guide.md": Self.silencedLink, "plan.md": "# Plan\n"])
        #expect(Self.unused(Checker(severities: ["link-broken": .off]).check(site)).isEmpty)
        #expect(Checker(severities: ["suppression-unused": .off]).check(site).isEmpty)
        #expect(Checker(severities: ["MD004": .info]).check(site).map(\.severity) == [.info])
    }

    @Test func changedSinceReportsOnlyThePagesItChecks() throws {
        let site = try TemporarySite(files: [
            "sitegen.yml": "title: T\n",
            "Content/guide.md": Self.silencedLink,
            "Content/plan.md": "# Plan\n",
            "Content/other.md": "<!-- sitegen-disable-file table-blank-row -->\n# Other\n",
        ])
        defer { site.remove() }
        let all = site.build(mode: .check).diagnostics
        #expect(Self.unused(all).map { $0.prefix(while: { $0 != " " }) } == ["Content/guide.md:5", "Content/other.md:1"])
        let some = site.build(mode: .check) { $0.changedFiles = ["Content/other.md"] }.diagnostics
        #expect(Self.unused(some).map { $0.prefix(while: { $0 != " " }) } == ["Content/other.md:1"])
    }

    /// The page with the suppression does not change; the page its link needed comes and goes.
    @Test func anIncrementalBuildFollowsOtherPages() throws {
        let site = try TemporarySite(files: ["sitegen.yml": "title: T\n", "Content/guide.md": Self.silencedLink])
        defer { site.remove() }
        let session = IncrementalFixture.session(site)
        let first = session.build()
        #expect(first.succeeded && Self.unused(first.report.diagnostics).isEmpty)
        try site.write("Content/plan.md", "# Plan\n")
        let planned = session.build()
        #expect(Self.unused(planned.report.diagnostics).count == 1)
        #expect(planned.report.diagnostics.map(\.id) == site.build(mode: .check).diagnostics.map(\.id))
        try FileManager.default.removeItem(atPath: site.root + "/Content/plan.md")
        let gone = session.build()
        #expect(Self.unused(gone.report.diagnostics).isEmpty && gone.succeeded)
    }
}

/// `--fix --fix-suggestions` removes an unused suppression (and the `sitegen-enable` of its
/// region) without joining the blocks around it.
@Suite struct UnusedSuppressionFixTests {
    static func fixed(_ page: String, suggestions: Bool = true) throws -> (text: String, applied: [String], left: [String]) {
        let site = try TemporarySite(files: ["sitegen.yml": "title: T\n", "Content/page.md": page])
        defer { site.remove() }
        var fixer = Fixer(options: site.options)
        fixer.includeSuggestions = suggestions
        let result = fixer.run()
        return (try site.read("Content/page.md"), result.changes.flatMap(\.applied),
                result.report.diagnostics.map { "\($0.range?.start.line ?? 0) \($0.name)" })
    }

    static let table = "| Plan | Price |\n|---|---|\n| A | 1 |\n"

    @Test func aNextLineSuppressionGoes() throws {
        let result = try Self.fixed("# Plans\n\n<!-- sitegen-disable-next-line table-blank-row -->\n" + Self.table)
        #expect(result.text == "# Plans\n\n" + Self.table)
        #expect(result.applied == ["suppression-unused: remove the comment on line 3"])
        #expect(result.left.isEmpty)
    }

    @Test func aRegionGoesWithItsEnable() throws {
        let page = "<!-- sitegen-disable TBL006 -->\n\n" + Self.table + "\n<!-- sitegen-enable TBL006 -->\n\nEnd.\n"
        let result = try Self.fixed(page)
        #expect(result.text == "\n" + Self.table + "\n\nEnd.\n")
        #expect(result.applied == ["suppression-unused: remove the comments on lines 1 and 7"])
    }

    @Test func textAboveAndBelowKeepsABlankLineBetween() throws {
        let result = try Self.fixed("Some text.\n<!-- sitegen-disable-next-line table-blank-row -->\n" + Self.table)
        #expect(result.text == "Some text.\n\n" + Self.table)
        #expect(result.left.isEmpty, "the table must still be a table: \(result.left)")
    }

    /// (An HTML block is whole lines: with text after `-->` the block is no comment, so no suppression.)
    @Test func aCommentSharingItsLineIsNoSuppressionAndStays() throws {
        let page = "<!-- sitegen-disable-next-line table-blank-row --> Text.\n\n" + Self.table
        let result = try Self.fixed(page)
        #expect(result.text == page && result.applied.isEmpty && result.left.isEmpty)
    }

    @Test func withoutSuggestionsNothingIsRemoved() throws {
        let page = "<!-- sitegen-disable-next-line table-blank-row -->\n" + Self.table
        let result = try Self.fixed(page, suggestions: false)
        #expect(result.text == page && result.left == ["1 suppression-unused"])
    }
}

/// `--fix --fix-suggestions` puts the rule or directive meant in place of a misspelt one.
@Suite struct MisspeltSuppressionFixTests {
    @Test func theRuleMeantReplacesAMisspeltOne() throws {
        let page = "<!-- sitegen-disable-next-line table-blank-header, table-blank-rows -->\n| Plan | Price |\n|---|---|\n|  |  |\n"
        let result = try UnusedSuppressionFixTests.fixed(page)
        #expect(result.text == page.replacingOccurrences(of: "table-blank-rows", with: "table-blank-row"))
        #expect(result.applied == ["suppression-invalid: replace 'table-blank-rows' with 'table-blank-row'"])
        // table-blank-header silences nothing, but it is one of two: the comment stays.
        #expect(result.left.isEmpty, "\(result.left)")
    }

    @Test func theDirectiveMeantReplacesAMisspeltOne() throws {
        let page = "# 计划\n\n<!-- sitegen-disable-nextline TBL006 -->\n| 计划 | 价格 |\n|---|---|\n|  |  |\n"
        let result = try UnusedSuppressionFixTests.fixed(page)
        #expect(result.text == page.replacingOccurrences(of: "nextline", with: "next-line"))
        #expect(result.left.isEmpty, "\(result.left)")
    }
}
