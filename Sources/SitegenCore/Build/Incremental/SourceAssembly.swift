/// The list of page sources a build works on (readable pages, drafts only
/// when asked, generated section pages), kept between builds and patched in
/// place when only the contents of some pages changed.
struct SourceAssembly {
    private var sources: [PageSource]?
    private var failures: [Diagnostic] = []
    private var position: [String: Int] = [:]

    /// Sets `context.sources` (and the read failures, and the schemas).
    /// `changed`: the content paths read anew, nil when files came or went.
    mutating func assemble(_ results: [Result<PageSource, Diagnostic>], changed: [String]?, into context: BuildContext) {
        if let changed, sources != nil,
           patch(results, paths: context.discovered.pages, changed: changed, includeDrafts: context.config.includeDrafts) {
            context.sources = sources ?? []
            context.diagnostics += failures
            BuildStep.loadSchemas(context)
            return
        }
        BuildStep.assemble(results, into: context)
        sources = context.sources
        failures = results.compactMap { if case .failure(let diagnostic) = $0 { return diagnostic } else { return nil } }
        position = Dictionary(context.sources.enumerated().map { ($1.contentPath, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Replaces changed pages in place; false when that is not enough (a page
    /// became unreadable, readable, a draft or not).
    private mutating func patch(_ results: [Result<PageSource, Diagnostic>], paths: [String], changed: [String],
                                includeDrafts: Bool) -> Bool {
        guard !changed.isEmpty else { return true }
        let wanted = Set(changed)
        var replacements: [(Int, PageSource)] = []
        for index in results.indices where wanted.contains(paths[index]) {
            guard case .success(let source) = results[index], let at = position[source.contentPath],
                  !source.frontMatter.draft || includeDrafts else { return false }
            replacements.append((at, source))
        }
        guard replacements.count == changed.count else { return false }
        for (at, source) in replacements { sources?[at] = source }
        return true
    }
}
