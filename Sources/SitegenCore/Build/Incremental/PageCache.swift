/// Parsed pages, in the order of the sources, keyed by each page's content
/// digest and the schemas. A page is parsed again when its file changed, or
/// when the routes changed in a way that changes how one of its links
/// resolves (each page remembers what its links were rewritten to).
struct PageCache {
    private(set) var contentPaths: [String] = []
    private(set) var pages: [Page] = []
    /// Bumped whenever a page is parsed again: what later caches compare.
    private(set) var versions: [Int] = []
    /// What other steps need to know of each page, computed once per parse.
    private(set) var facts: [PageFacts] = []
    private var keys: [Int] = []
    private var rewritten: [[String?]] = []
    private var nextVersion = 1
    /// Whether the last update changed what pages show of each other (a
    /// title, route, front matter) or which pages there are.
    private(set) var structureChanged = true

    /// Updates the pages for `sources`; returns the content paths parsed again.
    mutating func update(sources: [PageSource], keys newKeys: [Int], builder: PageBuilder, routesChanged: Bool,
                         workers: Int) -> [String] {
        let samePaths = sources.count == contentPaths.count
            && zip(sources, contentPaths).allSatisfy { $0.contentPath == $1 }
        let oldIndex = samePaths ? [:] : Dictionary(contentPaths.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        // A static function, so no extra reference to the arrays outlives it
        // and the updates below change them in place.
        let (previousIndex, stale, built) = Self.plan(
            sources: sources, keys: newKeys, oldKeys: keys, oldPages: pages, oldRewritten: rewritten,
            oldIndex: samePaths ? nil : oldIndex, builder: builder, routesChanged: routesChanged, workers: workers)
        if !samePaths {
            let old = (pages: pages, rewritten: rewritten, versions: versions, facts: facts)
            contentPaths = sources.map(\.contentPath)
            pages = previousIndex.map { $0.map { old.pages[$0] } ?? Page.placeholder }
            rewritten = previousIndex.map { $0.map { old.rewritten[$0] } ?? [] }
            versions = previousIndex.map { $0.map { old.versions[$0] } ?? 0 }
            facts = previousIndex.map { $0.map { old.facts[$0] } ?? PageFacts.empty }
        }
        keys = newKeys
        structureChanged = !samePaths || stale.enumerated().contains { position, index in
            facts[index].facet != built[position].2.facet
        }
        for (position, index) in stale.enumerated() {
            pages[index] = built[position].0
            rewritten[index] = built[position].1
            facts[index] = built[position].2
            versions[index] = nextVersion
            nextVersion += 1
        }
        lastReparsed = stale
        return stale.map { sources[$0].contentPath }
    }

    /// Indexes of the pages parsed in the last update.
    private(set) var lastReparsed: [Int] = []

    /// Which old page each source can keep (nil: parse it), and the new parses.
    private static func plan(
        sources: [PageSource], keys: [Int], oldKeys: [Int], oldPages: [Page], oldRewritten: [[String?]],
        oldIndex: [String: Int]?, builder: PageBuilder, routesChanged: Bool, workers: Int
    ) -> ([Int?], [Int], [(Page, [String?], PageFacts)]) {
        let resolver = builder.resolver
        let previousIndex = Parallel.map(sources.count, workers: workers) { index -> Int? in
            guard let at = oldIndex == nil ? index : oldIndex?[sources[index].contentPath], oldKeys[at] == keys[index] else {
                return nil
            }
            guard routesChanged else { return at }
            let links = oldPages[at].links
            return zip(links, oldRewritten[at]).allSatisfy { link, url in
                let resolved = resolver.resolve(link.destination, from: sources[index].contentPath)
                return resolved.0 == link.target && resolved.1 == url
            } ? at : nil
        }
        let stale = sources.indices.filter { previousIndex[$0] == nil }
        let built = Parallel.map(stale.count, workers: workers) { position -> (Page, [String?], PageFacts) in
            let source = sources[stale[position]]
            let page = builder.build(source)
            let urls = page.links.map { resolver.resolve($0.destination, from: source.contentPath).1 }
            return (page, urls, PageFacts(page))
        }
        return (previousIndex, stale, built)
    }
}

/// What the check and render caches need to know of a page, computed when
/// it is parsed: what other pages show of it, and what its tables use.
struct PageFacts: Sendable {
    /// Hash of what other pages show of this one (front matter, title, route, kind, language).
    var facet: Int
    /// Option names of its matrices, in order.
    var matrixOptions: [String]
    var hasMatrix: Bool
    var hasOtherTables: Bool

    static let empty = PageFacts(facet: 0, matrixOptions: [], hasMatrix: false, hasOtherTables: false)

    init(facet: Int, matrixOptions: [String], hasMatrix: Bool, hasOtherTables: Bool) {
        self.facet = facet
        self.matrixOptions = matrixOptions
        self.hasMatrix = hasMatrix
        self.hasOtherTables = hasOtherTables
    }

    init(_ page: Page) {
        var hasher = Hasher()
        hasher.combine(page.frontMatter)
        hasher.combine(page.title)
        hasher.combine(page.route)
        hasher.combine(page.kind)
        hasher.combine(page.lang)
        facet = hasher.finalize()
        let matrices = page.tables.filter { $0.kind == .matrix }
        matrixOptions = matrices.flatMap { Matrix($0).options.map(\.name) }
        hasMatrix = !matrices.isEmpty
        hasOtherTables = page.tables.contains { $0.kind != .matrix }
    }
}

extension Page {
    /// Stands in for a page about to be parsed.
    static let placeholder = Page(file: "", contentPath: "", kind: .page, section: "", frontMatter: FrontMatter(),
                                  route: Route(outputPath: "index.html"), title: "", lang: "", source: SourceText(""))
}
