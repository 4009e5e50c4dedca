import Foundation
import Testing
@testable import SitegenCore

@Suite("sitegen init scaffold")
struct ScaffoldTests {
    @Test("builds and checks clean in each language", arguments: Scaffold.Language.allCases)
    func buildsClean(language: Scaffold.Language) throws {
        let site = try TemporarySite(files: Scaffold.files(language: language, includeTemplates: false))
        defer { site.remove() }
        let check = site.build(mode: .check)
        #expect(check.outcome == .success)
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics)")
        let build = site.build()
        #expect(build.outcome == .success)
        for path in ["index.html", "options/index.html", "options/cloud-sync/index.html", "options/external-drive/index.html"] {
            #expect(site.exists("public/" + path))
        }
        let direction = language == .ar ? "rtl" : "ltr"
        #expect(try site.read("public/index.html").contains("<html lang=\"\(language.rawValue)\" dir=\"\(direction)\">"))
        // Its tables are lined up: `sitegen fmt` finds nothing to do.
        var options = BuildOptions()
        options.root = site.root
        guard case .formatted(let changes, let skipped, _, let tables, _) = SiteFormatter(options: options).run() else {
            Issue.record("could not read the starter site")
            return
        }
        #expect(changes.isEmpty && skipped.isEmpty && tables == 2)
    }

    @Test("the matrix cells are typed as the schema says", arguments: Scaffold.Language.allCases)
    func typedMatrix(language: Scaffold.Language) throws {
        let files = Scaffold.files(language: language, includeTemplates: false)
        let (schema, problems) = SchemaLoader.load(
            text: try #require(files["Content/_schemas/backup-options.yml"]), name: "backup-options", file: "s.yml")
        #expect(problems.isEmpty)
        let page = parsePage(try #require(files["Content/_index.md"]), path: "_index.md",
                             schemas: ["backup-options": try #require(schema)])
        #expect(page.issues.isEmpty)
        let matrix = try #require(page.tables.first?.matrix)
        #expect(matrix.options.count == 2)
        let dimensions = matrix.criteria.map { $0.values.map(\.value.dimension) }
        #expect(dimensions == [[.duration, .duration], [.rate, .rate], [.duration, .duration], [.boolean, .boolean], [.money, .money]])
        // The same facts in every language: 15 and 30 minutes, 24 and 1 a day, 2-4 hours and 30
        // minutes, yes and no, and the cloud's first year costing more than the drive.
        let bounds = matrix.criteria.map { $0.values.map { $0.value.canonical } }
        #expect(bounds[0] == [Interval(exactly: 900), Interval(exactly: 1_800)])
        #expect(bounds[1] == [Interval(exactly: 24.0 / 86_400), Interval(exactly: 1.0 / 86_400)])
        #expect(bounds[2] == [Interval(7_200, 14_400), Interval(exactly: 1_800)])
        #expect(bounds[3] == [Interval(exactly: 1), Interval(exactly: 0)])
        #expect(bounds[4][0]!.lower > bounds[4][1]!.lower, "\(bounds[4])")
        let currencies = Set(matrix.criteria[4].values.compactMap(\.value.unit))
        #expect(currencies.count == 1, "one currency: \(currencies)")
    }

    @Test("a language tag picks the starter pages written in it or in the language it narrows")
    func languageTags() {
        #expect(Scaffold.Language(tag: "de") == .de)
        #expect(Scaffold.Language(tag: "de-AT") == .de)
        #expect(Scaffold.Language(tag: "PT-br") == .pt)
        #expect(Scaffold.Language(tag: "zh") == .zhCN)
        #expect(Scaffold.Language(tag: "zh-Hans-SG") == .zhCN)
        #expect(Scaffold.Language(tag: "zh-Hant") == .zhTW)
        #expect(Scaffold.Language(tag: "zh-HK") == .zhTW)
        #expect(Scaffold.Language(tag: "zh-TW") == .zhTW)
        #expect(Scaffold.Language(tag: "hi") == nil)
        #expect(Scaffold.Language(tag: "") == nil)
        let files = Scaffold.files(language: .de, tag: "de-AT", includeTemplates: false)
        #expect(files["sitegen.yml"]?.contains("\nlanguage: de-AT\n") == true)
    }

    @Test("--templates copies every built-in theme file")
    func templates() {
        let files = Scaffold.files(language: .en, includeTemplates: true)
        for path in DefaultTheme.allFiles.keys { #expect(files["Templates/" + path] != nil) }
        #expect(files[".github/workflows/sitegen.yml"]?.contains("sitegen check --format github") == true)
    }
}
