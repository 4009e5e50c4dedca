import Foundation
import Testing
@testable import SitegenCore

/// Per-rule fixtures: `Tests/Fixtures/rules/<rule-name>/` is a small site
/// (Markdown pages, schemas under `_schemas/`, maybe a `sitegen.yml`) and `expected.txt` lists the
/// exact findings of that rule, one `file:line:column ID` per line (lines
/// starting with `#` are comments). Every rule has one, with cases that fire
/// and cases that must not.
@Suite struct RuleFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/rules")

    @Test(arguments: RuleRegistry.all.map(\.descriptor.name))
    func fixture(name: String) throws {
        let rule = try #require(RuleRegistry.rule(named: name))
        let site = try Self.load(name)
        let found = TestSite.run(rule, on: site)
        let actual = found.map { "\($0.file.dropFirst("Content/".count)):\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.id)" }
        let expected = try String(contentsOf: Self.folder.appendingPathComponent("\(name)/expected.txt"), encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        #expect(actual == expected, "\(name): \(found.map { "\($0.range?.start.line ?? 0): \($0.message)" })")
        #expect(!expected.isEmpty, "\(name): the fixture must have a case that fires")
    }

    /// `sitegen check` parses without rendering HTML; every rule finds the
    /// same things in every fixture either way.
    @Test(arguments: RuleRegistry.all.map(\.descriptor.name))
    func checkWithoutHTMLFindsTheSame(name: String) throws {
        let rendered = try Self.load(name)
        let unrendered = try Self.load(name, options: MarkdownOptions(renderHTML: false))
        #expect(Checker().check(unrendered) == Checker().check(rendered), "\(name)")
        #expect(unrendered.pages.map(\.tables) != rendered.pages.map(\.tables) || rendered.tableCount == 0,
                "\(name): cells keep no HTML when not rendering")
    }

    /// A rule's site part finds the same on an index that gathered only the parts it says it reads
    /// (``Rule/readsIndex``; what an incremental check builds) as on the whole index, in every
    /// rule's fixture; and such an index leaves the other parts empty.
    @Test(arguments: RuleRegistry.all.map(\.descriptor.name))
    func siteRulesReadOnlyTheIndexPartsTheySay(name: String) throws {
        let site = try Self.load(name)
        let whole = SiteIndex(site)
        for rule in RuleRegistry.all {
            let part = SiteIndex(site, parts: rule.readsIndex)
            #expect(rule.checkSite(part).sorted() == rule.checkSite(whole).sorted(), "\(rule.descriptor.name) on the \(name) fixture")
        }
        let anchors = SiteIndex(site, parts: .anchors)
        #expect(anchors.facts.isEmpty && anchors.matrixOptions.isEmpty && anchors.headingKeyCounts.isEmpty)
        #expect(anchors.anchors.count == site.pages.count && SiteIndex(site, parts: []).anchors.isEmpty)
        #expect(SiteIndex(site, parts: .facts).facts.count == whole.facts.count)
    }

    /// The fixture folder as a site.
    static func load(_ name: String, options: MarkdownOptions = MarkdownOptions()) throws -> Site {
        let root = folder.appendingPathComponent(name)
        var pages: [String: String] = [:]
        var schemas: [String: TableSchema] = [:]
        var config = SiteConfig()
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            let relative = String(url.path.dropFirst(root.path.count + 1))
            if relative == ConfigLoader.fileName {  // a fixture of a translated site, say
                config = ConfigLoader.load(text: try String(contentsOf: url, encoding: .utf8)).0
            } else if relative.hasSuffix(".md") {
                pages[relative] = try String(contentsOf: url, encoding: .utf8)
            } else if relative.hasPrefix("_schemas/"), relative.hasSuffix(".yml") {
                let schemaName = url.deletingPathExtension().lastPathComponent
                schemas[schemaName] = TestSite.schema(try String(contentsOf: url, encoding: .utf8), name: schemaName)
            }
        }
        return TestSite.site(pages, schemas: schemas, config: config, options: options)
    }
}
