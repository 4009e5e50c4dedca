import Foundation
@testable import SitegenCore

/// Builds pages and sites from Markdown strings the way the pipeline does,
/// and runs rules over them.
enum TestSite {
    /// A site of `files` (content path → Markdown), parsed like `BuildStep.parse`.
    static func site(
        _ files: [String: String], schemas: [String: TableSchema] = [:], config: SiteConfig = SiteConfig(),
        options: MarkdownOptions = MarkdownOptions()
    ) -> Site {
        let sources = files.sorted { $0.key < $1.key }.map { PageSource(contentPath: $0.key, text: $0.value, displayRoot: "Content") }
        let routes = Dictionary(sources.map { ($0.contentPath, $0.route) }, uniquingKeysWith: { a, _ in a })
        let builder = PageBuilder(
            resolver: LinkResolver(routes: routes, assets: [], style: config.urlStyle), schemas: schemas,
            options: options, defaultLanguage: config.language, translations: config.languages)
        return Site(config: config, pages: sources.map(builder.build), schemas: schemas)
    }

    /// `files` with a rename's edits applied, by content path (`site` is the site of `files`).
    static func applying(_ rename: some SiteRename, to files: [String: String], of site: Site) -> [String: String] {
        var result = files
        for page in site.pages {
            guard let edits = rename.edits[page.file] else { continue }
            result[page.contentPath] = FixApplier.apply([Fix(summary: "rename", edits: edits)], to: page.source).text
        }
        return result
    }

    static func site(_ markdown: String, schemas: [String: TableSchema] = [:]) -> Site {
        site(["page.md": markdown], schemas: schemas)
    }

    /// Findings of one rule (page and site parts) with suppressions applied, in a check by
    /// every rule, as `sitegen check` runs them (`suppression-unused` needs the others' findings).
    static func run(_ rule: any Rule, on site: Site) -> [Diagnostic] {
        Checker().check(site).filter { $0.id == rule.descriptor.id }
    }

    static func run(_ rule: any Rule, on markdown: String, schemas: [String: TableSchema] = [:]) -> [Diagnostic] {
        run(rule, on: site(markdown, schemas: schemas))
    }

    /// `ID@line:column` for each finding: the compact form fixtures compare against.
    static func places(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.id)@\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0)" }
    }

    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/rules/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func schema(_ yaml: String, name: String = "test") -> TableSchema {
        let (schema, problems) = SchemaLoader.load(text: yaml, name: name, file: "Content/_schemas/\(name).yml")
        precondition(problems.isEmpty, "\(problems)")
        return schema!
    }
}

extension TemporarySite {
    /// Options for checking (and fixing) the site, on one thread.
    var options: BuildOptions {
        var options = BuildOptions()
        options.root = root
        options.mode = .check
        options.workers = 1
        return options
    }
}
