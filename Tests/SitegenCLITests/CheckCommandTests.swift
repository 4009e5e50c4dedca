import Foundation
import Testing

/// `sitegen check` and `sitegen rules` end to end, through the built binary.
@Suite struct CheckCommandTests {
    static let clean = "# Guide\n\n| 方式 | 耗时 |\n|---|---|\n| 注销账户 | 60天 |\n"
    static let broken = "# Guide\n\n| 方式 | 耗时 |\n|---|---|\n| 注销账户 | 60天 | 免费 |\n"
    static let glued = "# Guide\n\n| 方式 | 耗时 |\n|---|---|\n| 注销账户 | 60天 |\n注销过程需经历60天反悔期。\n"

    @Test func cleanSiteExitsZero() throws {
        let site = try SiteFolder(["Content/index.md": Self.clean])
        let result = try site.sitegen("check")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 file, 1 table: 0 errors, 0 warnings"))
    }

    @Test func errorsExitOneWithFileLineRuleAndHint() throws {
        let site = try SiteFolder(["Content/index.md": Self.broken])
        let result = try site.sitegen("check")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("Content/index.md:5:3: error: row has 3 cells, header has 2 (cmark-gfm drops the extra cell) [table-column-count]"))
        #expect(result.stderr.contains(" 5 | | 注销账户 | 60天 | 免费 |"))
        #expect(result.stderr.contains("hint: remove the extra cell or add a column to the header"))
        #expect(!result.stderr.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func couldNotRunExitsTwo() throws {
        let badConfig = try SiteFolder(["Content/index.md": Self.clean, "sitegen.yml": "rules: [unclosed\n"])
        #expect(try badConfig.sitegen("check").status == 2)
        let noContent = try SiteFolder([:])
        try FileManager.default.removeItem(atPath: noContent.root + "/Content")
        let result = try noContent.sitegen("check")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("does not exist"))
        let badSeverity = try SiteFolder(["Content/index.md": Self.clean, "sitegen.yml": "rules:\n  table-blank-row: loud\n"])
        #expect(try badSeverity.sitegen("check").status == 2)
    }

    @Test func foldersThatAreFilesAreSaidSo() throws {
        let content = try SiteFolder([:])
        try FileManager.default.removeItem(atPath: content.root + "/Content")
        try content.write("Content", "not a folder\n")
        let result = try content.sitegen("check")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("Content: error: content folder 'Content' is a file, not a folder [file-unreadable]\n"
                                        + "  hint: point 'content' in sitegen.yml (or --content) at the folder holding your Markdown pages\n"))
        let templates = try SiteFolder(["Content/index.md": Self.clean, "Templates": "not a folder\n"])
        let build = try templates.sitegen("build")
        #expect(build.status == 2, "\(build.stderr)")
        #expect(build.stderr.contains("Templates: error: templates folder 'Templates' is a file, not a folder [file-unreadable]\n"))
        #expect(!templates.exists("public"))
    }

    @Test func jobsBelowOneAreRefused() throws {
        let site = try SiteFolder(["Content/index.md": Self.clean])
        let zero = try site.sitegen("build", "--jobs", "0")
        #expect(zero.status == 64, "\(zero.stderr)")
        #expect(zero.stderr.contains("--jobs must be at least 1"))
        #expect(!site.exists("public"))
        #expect(try site.sitegen("check", "--jobs", "1").status == 0)
    }

    @Test func aReportGoesIntoNewFoldersOrSaysWhyItCannot() throws {
        let site = try SiteFolder(["Content/index.md": Self.clean])
        let nested = try site.sitegen("check", "--format", "sarif", "--output", "reports/ci/check.sarif")
        #expect(nested.status == 0, "\(nested.stderr)")
        let sarif = try JSONSerialization.jsonObject(with: Data(try site.read("reports/ci/check.sarif").utf8)) as? [String: Any]
        #expect(sarif?["runs"] is [Any])
        let blocked = try site.sitegen("check", "--format", "sarif", "--output", "Content/index.md/check.sarif")
        #expect(blocked.status == 2, "\(blocked.stderr)")
        #expect(blocked.stderr.hasPrefix("sitegen: cannot write the report to Content/index.md/check.sarif: "
                                         + "Content/index.md is a file, not a folder\nhint: "))
        let folder = try site.sitegen("check", "--format", "json", "--output", "Content")
        #expect(folder.status == 2 && folder.stderr.contains("cannot write the report to Content: it is a folder"))
    }

    @Test func aGitLabReportHoldsEveryFindingWithItsLine() throws {
        let site = try SiteFolder(["Content/index.md": "# T\n\n| a | b |\n|---|---|\n| 1 |\n| 2 | 3 |\n"])
        let result = try site.sitegen("check", "--format", "gitlab", "--output", "gl-code-quality.json")
        #expect(result.status == 1, "\(result.stderr)")
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(try site.read("gl-code-quality.json").utf8))
            as? [[String: Any]])
        #expect(issues.map { $0["check_name"] as? String } == ["table-column-count"])
        let location = issues.first?["location"] as? [String: Any]
        #expect(location?["path"] as? String == "Content/index.md")
        #expect(location?["lines"] as? [String: Int] == ["begin": 5, "end": 5])
        #expect(issues.first?["severity"] as? String == "major")
    }

    @Test func namedFoldersThatAreMissingAreSaidSo() throws {
        let site = try SiteFolder(["Content/index.md": Self.clean])
        let root = try site.sitegen("check", "--root", "nowhere")
        #expect(root.status == 2, "\(root.stderr)")
        #expect(root.stderr.hasPrefix("nowhere: error: site folder 'nowhere' does not exist [file-unreadable]\n"))
        // No Templates folder: the built-in theme. A templates folder asked for and missing: an error.
        #expect(try site.sitegen("build", "--quiet").status == 0)
        let templates = try site.sitegen("build", "--templates", "theme")
        #expect(templates.status == 2, "\(templates.stderr)")
        #expect(templates.stderr.contains("theme: error: templates folder 'theme' does not exist [file-unreadable]"))
        try site.write("sitegen.yml", "templates: theme\n")
        #expect(try site.sitegen("build").stderr.contains("templates folder 'theme' does not exist"))
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let site = try SiteFolder(["Content/index.md": "# Guide\n| a | b |\n|---|---|\n| 1 | 2 |\n"])
        #expect(try site.sitegen("check").status == 0)
        let strict = try site.sitegen("check", "--strict")
        #expect(strict.status == 1, "\(strict.stderr)")
        #expect(strict.stderr.contains("error: no blank line before the table [table-blanks-around]"))
    }

    @Test func configSetsSeverityByNameOrID() throws {
        let site = try SiteFolder(["Content/index.md": Self.broken, "sitegen.yml": "rules:\n  table-column-count: warning\n"])
        let result = try site.sitegen("check")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: row has 3 cells"))
        try site.write("sitegen.yml", "rules:\n  TBL001: off\n")
        let off = try site.sitegen("check")
        #expect(off.status == 0, "\(off.stderr)")
        #expect(!off.stderr.contains("table-column-count"))
    }

    @Test func inlineCommentsSuppress() throws {
        let page = "# Guide\n\n<!-- sitegen-disable-next-line table-column-count -->\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n"
        let site = try SiteFolder(["Content/index.md": page])
        #expect(try site.sitegen("check").status == 0)
        try site.write("Content/index.md", "<!-- sitegen-disable-file TBL001 -->\n" + Self.broken)
        #expect(try site.sitegen("check").status == 0)
    }

    /// Suppressions that silence nothing, as a writer sees them, and `--fix --fix-suggestions` mending them.
    @Test func suppressionsThatSilenceNothingArePrintedAndFixed() throws {
        let page = "# Guide\n\n<!-- sitegen-disable-next-line table-colum-count -->\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n\n"
            + "<!-- sitegen-disable-next-line table-blank-row -->\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        let site = try SiteFolder(["Content/index.md": page])
        let result = try site.sitegen("check", "--strict")
        #expect(result.status == 1)
        #expect(result.stderr.contains("""
            Content/index.md:3:32: error: unknown rule 'table-colum-count' in a suppression: it silences nothing [suppression-invalid]
             3 | <!-- sitegen-disable-next-line table-colum-count -->
               |                                ^^^^^^^^^^^^^^^^^
              hint: did you mean 'table-column-count'?
            """), "\(result.stderr)")
        #expect(result.stderr.contains("""
            Content/index.md:8:1: error: this suppression of table-blank-row silences nothing: no finding on lines 9–11 [suppression-unused]
            """), "\(result.stderr)")
        let fixed = try site.sitegen("check", "--strict", "--fix", "--fix-suggestions")
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(try site.read("Content/index.md") == page.replacingOccurrences(of: "colum-count", with: "column-count")
            .replacingOccurrences(of: "<!-- sitegen-disable-next-line table-blank-row -->\n", with: ""))
    }

    @Test func jsonGoesToStdoutOrOutputFile() throws {
        let site = try SiteFolder(["Content/index.md": Self.broken])
        let result = try site.sitegen("check", "--format", "json")
        #expect(result.status == 1, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["file"] as? String == "Content/index.md")
        #expect(first["line"] as? Int == 5)
        #expect(first["name"] as? String == "table-column-count")
        #expect((object["summary"] as? [String: Int])?["errors"] == 1)

        let written = try site.sitegen("check", "--format", "sarif", "--output", "report.sarif")
        #expect(written.status == 1, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        #expect(try site.read("report.sarif").contains("\"version\" : \"2.1.0\""))
    }

    @Test func githubFormatPrintsWorkflowCommands() throws {
        let site = try SiteFolder(["Content/index.md": Self.broken])
        let result = try site.sitegen("check", "--format", "github")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("::error file=Content/index.md,line=5,endLine=5,col=3,"))
    }

    @Test func fixRepairsIsIdempotentAndDryRunOnlyShowsADiff() throws {
        let site = try SiteFolder(["Content/index.md": Self.glued])
        #expect(try site.sitegen("check").status == 1)

        let dryRun = try site.sitegen("check", "--fix", "--dry-run")
        #expect(dryRun.stdout.contains("--- a/Content/index.md\n+++ b/Content/index.md\n"))
        #expect(dryRun.stdout.contains(" | 注销账户 | 60天 |\n+\n 注销过程需经历60天反悔期。\n"))
        #expect(dryRun.status == 0, "nothing would remain")
        #expect(try site.read("Content/index.md") == Self.glued)

        let fixed = try site.sitegen("check", "--fix")
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(fixed.stderr.contains("fixed Content/index.md: 1 fix"))
        #expect(fixed.stderr.contains("table-swallowed-paragraph: insert a blank line before line 6"))
        #expect(try site.read("Content/index.md") == Self.clean + "\n注销过程需经历60天反悔期。\n")

        let again = try site.sitegen("check", "--fix")
        #expect(again.stderr.contains("nothing to fix"))
        #expect(try site.read("Content/index.md") == Self.clean + "\n注销过程需经历60天反悔期。\n")
    }

    @Test func fixLeavesWhatItCannotFixAndExitsOne() throws {
        let site = try SiteFolder(["Content/index.md": Self.broken])
        let result = try site.sitegen("check", "--fix")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("nothing to fix"))
    }

    @Test func dryRunNeedsFix() throws {
        let site = try SiteFolder(["Content/index.md": Self.clean])
        #expect(try site.sitegen("check", "--dry-run").status != 0)
    }

    @Test func rulesListsAndExplains() throws {
        let site = try SiteFolder([:])
        let list = try site.sitegen("rules")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("TBL001 table-column-count"))
        #expect(list.stdout.contains("fact-conflict") || list.stdout.contains("table-swallowed-paragraph"))
        let one = try site.sitegen("rules", "TBL002")
        #expect(one.stdout.hasPrefix("table-swallowed-paragraph (TBL002)"))
        #expect(one.stdout.contains("Triggers it:"))
        let byName = try site.sitegen("rules", "table-swallowed-paragraph")
        #expect(byName.stdout == one.stdout)
        let unknown = try site.sitegen("rules", "table-colum-count")
        #expect(unknown.status == 2, "\(unknown.stderr)")
        #expect(unknown.stderr.contains("did you mean 'table-column-count'?"))
        // Built-in problems show in diagnostics like rules, and are looked up the same way.
        #expect(list.stdout.contains("\n  content-empty (SG009)"))
        let builtin = try site.sitegen("rules", "file-encoding")
        #expect(builtin.status == 0, "\(builtin.stderr)")
        #expect(builtin.stdout.hasPrefix("file-encoding (SG004)\nbuilt-in problem: always an error"))
        #expect(try site.sitegen("rules", "sg004").stdout == builtin.stdout)
        #expect(try site.sitegen("rules", "content-emty").stderr.contains("did you mean 'content-empty'?"))
    }

    @Test func buildWithErrorsWritesNothing() throws {
        let site = try SiteFolder(["Content/index.md": Self.clean])
        let first = try site.sitegen("build", "--quiet")
        #expect(first.status == 0, "\(first.stderr)")
        let before = try site.read("public/index.html")
        try site.write("Content/index.md", Self.broken)
        let second = try site.sitegen("build", "--quiet")
        #expect(second.status == 1, "\(second.stderr)")
        #expect(second.stderr.contains("[table-column-count]"))
        #expect(try site.read("public/index.html") == before)
    }
}
