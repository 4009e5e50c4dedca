import Foundation
import Testing
@testable import SitegenCore

@Suite struct FormatTests {
    static let diagnostics = [
        Diagnostic(id: "TBL001", name: "table-column-count", severity: .error, file: "Content/x.md",
                   range: SourceRange(line: 12, column: 1, endColumn: 14), message: "row has 3 cells, header has 2",
                   hint: "remove the extra cell or add a column to the header"),
        Diagnostic(id: "SG001", name: "config-invalid", severity: .warning, file: "sitegen.yml", range: nil,
                   message: "100% broken: a, b\nsecond line"),
    ]
    static let summary = CheckSummary(files: 3, tables: 4, errors: 1, warnings: 1)

    @Test func jsonHasExactlyTheDocumentedShape() throws {
        let text = JSONFormatter().format(Self.diagnostics, summary: Self.summary)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["version", "diagnostics", "summary"])
        #expect(object["version"] as? Int == 1)
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 3, "tables": 4, "errors": 1, "warnings": 1])
        let items = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(items.count == 2)
        let keys: Set<String> = ["id", "name", "severity", "file", "line", "column", "endLine", "endColumn", "message", "hint"]
        for item in items { #expect(Set(item.keys) == keys) }
        #expect(items[0]["id"] as? String == "TBL001")
        #expect(items[0]["name"] as? String == "table-column-count")
        #expect(items[0]["severity"] as? String == "error")
        #expect(items[0]["file"] as? String == "Content/x.md")
        #expect(items[0]["line"] as? Int == 12)
        #expect(items[0]["column"] as? Int == 1)
        #expect(items[0]["endLine"] as? Int == 12)
        #expect(items[0]["endColumn"] as? Int == 14)
        #expect(items[0]["hint"] as? String == "remove the extra cell or add a column to the header")
        #expect(items[1]["line"] is NSNull)
        #expect(items[1]["hint"] is NSNull)
        // Stable output: sorted keys, one line.
        #expect(text.hasPrefix("{\"diagnostics\":[{\"column\":1,"))
        #expect(text.filter { $0 == "\n" }.count == 1)
    }

    @Test("a finding's related places: each with its file, position and message")
    func jsonRelatedPlaces() throws {
        var diagnostic = Self.diagnostics[0]
        diagnostic.related = [RelatedLocation(file: "Content/y.md", range: SourceRange(line: 3, column: 5, endColumn: 9),
                                              message: "stated as '5分钟' here"),
                              RelatedLocation(file: "Content/z.md", range: nil, message: "the page it translates")]
        let text = JSONFormatter().format([diagnostic], summary: Self.summary)
        #expect(text.contains("\"related\":[{\"column\":5,\"endColumn\":9,\"endLine\":3,\"file\":\"Content/y.md\",\"line\":3,"
            + "\"message\":\"stated as '5分钟' here\"},{\"column\":null,\"endColumn\":null,\"endLine\":null,"
            + "\"file\":\"Content/z.md\",\"line\":null,\"message\":\"the page it translates\"}]"), "\(text)")
    }

    @Test func githubEscapesPercentColonCommaAndNewlines() {
        let text = GitHubFormatter().format(Self.diagnostics, summary: Self.summary)
        let lines = text.split(separator: "\n")
        #expect(lines[0] == "::error file=Content/x.md,line=12,endLine=12,col=1,endColumn=14,title=table-column-count (TBL001)::row has 3 cells, header has 2%0Ahint: remove the extra cell or add a column to the header")
        #expect(lines[1] == "::warning file=sitegen.yml,title=config-invalid (SG001)::100%25 broken: a, b%0Asecond line")
        #expect(GitHubFormatter.escapeProperty("a:b,c%d\r\ne") == "a%3Ab%2Cc%25d%0D%0Ae")
        #expect(GitHubFormatter.escapeData("a:b,c%d\r\ne") == "a:b,c%25d%0D%0Ae")
        #expect(lines.count == 3)
        #expect(lines[2] == "sitegen: 3 files, 4 tables: 1 error, 1 warning")
    }

    @Test func githubMapsInfoToNotice() {
        var info = Self.diagnostics[0]
        info.severity = .info
        #expect(GitHubFormatter().format([info], summary: Self.summary).hasPrefix("::notice file="))
    }

    @Test func gitlabIsACodeQualityReport() throws {
        let lines: [String: [String]] = ["Content/x.md": Array(repeating: "", count: 11) + ["  | a | b | c |"]]
        let formatter = GitLabFormatter { file, line in lines[file]?[line - 1] }
        let text = formatter.format(Self.diagnostics, summary: Self.summary)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(issues.count == 2)
        for issue in issues {
            #expect(Set(issue.keys) == ["check_name", "description", "fingerprint", "severity", "location"])
            #expect((issue["fingerprint"] as? String)?.count == 32)
        }
        #expect(issues[0]["check_name"] as? String == "table-column-count")
        #expect(issues[0]["description"] as? String
            == "row has 3 cells, header has 2 (TBL001); hint: remove the extra cell or add a column to the header")
        #expect(issues[0]["severity"] as? String == "major" && issues[1]["severity"] as? String == "minor")
        let location = try #require(issues[0]["location"] as? [String: Any])
        #expect(location["path"] as? String == "Content/x.md")
        #expect(location["lines"] as? [String: Int] == ["begin": 12, "end": 12])
        // A finding about a whole file is on its first line.
        #expect((issues[1]["location"] as? [String: Any])?["lines"] as? [String: Int] == ["begin": 1, "end": 1])
        #expect(text.hasPrefix("[{\"check_name\":\"table-column-count\","))
    }

    @Test func gitlabFingerprintsFollowTheLineNotItsNumber() throws {
        func fingerprints(_ diagnostics: [Diagnostic], lines: [String]) throws -> [String] {
            let text = GitLabFormatter { _, line in lines.indices.contains(line - 1) ? lines[line - 1] : nil }
                .format(diagnostics, summary: Self.summary)
            let issues = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
            return issues.compactMap { $0["fingerprint"] as? String }
        }
        var moved = Self.diagnostics[0]
        moved.range = SourceRange(line: 14, column: 1, endColumn: 14)
        let row = "| 1 | 2 | 3 |"
        let before = try fingerprints([Self.diagnostics[0]], lines: Array(repeating: "x", count: 11) + [row])
        #expect(try fingerprints([moved], lines: Array(repeating: "x", count: 13) + [row]) == before)
        #expect(try fingerprints([moved], lines: Array(repeating: "x", count: 13) + ["| 4 | 5 | 6 |"]) != before)
        // The same finding twice on alike lines: two fingerprints.
        var twice = moved
        twice.range = SourceRange(line: 15, column: 1, endColumn: 14)
        let both = try fingerprints([moved, twice], lines: Array(repeating: "x", count: 13) + [row, row])
        #expect(both.count == 2 && Set(both).count == 2 && both[0] == before[0])
    }

    @Test func sarifIsAValidCodeScanningLog() throws {
        let text = SARIFFormatter().format(Self.diagnostics, summary: Self.summary)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "sitegen")
        #expect(driver["version"] is String)
        #expect((driver["informationUri"] as? String)?.hasPrefix("https://") == true)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == RuleRegistry.all.count + BuiltinProblem.all.count)
        for rule in rules {
            #expect(rule["id"] is String && rule["name"] is String)
            #expect((rule["shortDescription"] as? [String: String])?["text"]?.isEmpty == false)
            #expect((rule["fullDescription"] as? [String: String])?["text"]?.isEmpty == false)
            let level = (rule["defaultConfiguration"] as? [String: String])?["level"]
            #expect(["error", "warning", "note"].contains(level ?? ""))
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let first = results[0]
        #expect(first["ruleId"] as? String == "TBL001")
        let index = try #require(first["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "TBL001")
        #expect(first["level"] as? String == "error")
        #expect((first["message"] as? [String: String])?["text"]?.hasPrefix("row has 3 cells") == true)
        let physical = try #require(((first["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: String])?["uri"] == "Content/x.md")
        let region = try #require(physical["region"] as? [String: Int])
        #expect(region == ["startLine": 12, "startColumn": 1, "endLine": 12, "endColumn": 15])
        #expect(results[1]["level"] as? String == "warning")
        let fileLevel = try #require(((results[1]["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect(fileLevel["region"] == nil)
    }

    @Test func sarifEncodesNonASCIIPaths() {
        #expect(SARIFFormatter.uri("Content/方式 1.md") == "Content/%E6%96%B9%E5%BC%8F%201.md")
    }

    @Test func textShowsLineCaretAndHint() {
        let formatter = TextFormatter(color: false) { _, _ in "| a | b | c |" }
        let text = formatter.format(Self.diagnostics[0])
        #expect(text == """
            Content/x.md:12:1: error: row has 3 cells, header has 2 [table-column-count]
             12 | | a | b | c |
                | ^^^^^^^^^^^^^
              hint: remove the extra cell or add a column to the header

            """)
        #expect(formatter.summary(files: 3, tables: 4, errors: 1, warnings: 0, milliseconds: 12)
            == "3 files, 4 tables: 1 error, 0 warnings (12 ms)")
    }

    @Test func textCaretsCoverWideCharacters() {
        let diagnostic = Diagnostic(id: "X", name: "x", severity: .warning, file: "f.md",
                                    range: SourceRange(line: 1, column: 3, endColumn: 4), message: "m")
        let text = TextFormatter(color: false) { _, _ in "a 方式 b" }.format(diagnostic)
        #expect(text.contains(" | a 方式 b\n   |   ^^^^\n"))
    }

    @Test func textShowsAWindowOfALongLine() {
        let line = String(repeating: "|列", count: 2000) + "|"
        let at = { (column: Int) in
            Diagnostic(id: "X", name: "x", severity: .error, file: "f.md",
                       range: SourceRange(line: 7, column: column, endColumn: column), message: "m")
        }
        let formatter = TextFormatter(color: false) { _, _ in line }
        // At the start: the first 120 characters, then an ellipsis; the caret under column 1.
        let first = formatter.format(at(1)).split(separator: "\n").map(String.init)
        #expect(first[1] == " 7 | " + String(line.prefix(120)) + "…")
        #expect(first[2] == "   | ^")
        // Far in: a window that starts 40 characters before the column, ellipses on both sides.
        let middle = formatter.format(at(2001)).split(separator: "\n").map(String.init)
        let window = Array(line)[1960..<2080]
        #expect(middle[1] == " 7 | …" + String(window) + "…")
        // The caret sits under the column: 40 characters before it, 20 of them wide.
        #expect(middle[2] == "   |  " + String(repeating: " ", count: 60) + "^")
    }
}
