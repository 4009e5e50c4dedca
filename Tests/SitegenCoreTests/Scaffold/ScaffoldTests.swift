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
        #expect(try site.read("public/index.html").contains("<html lang=\"\(language.rawValue)\" dir=\"ltr\">"))
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
    }

    @Test("--templates copies every built-in theme file")
    func templates() {
        let files = Scaffold.files(language: .en, includeTemplates: true)
        for path in DefaultTheme.allFiles.keys { #expect(files["Templates/" + path] != nil) }
        #expect(files[".github/workflows/sitegen.yml"]?.contains("sitegen check --format github") == true)
    }
}
