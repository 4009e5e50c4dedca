/// Parsed pages by content path, keyed by the page's content digest and the
/// schemas. A page is parsed again when its file changed, or when the routes
/// changed in a way that changes how one of its links resolves (each page
/// remembers what its links resolved to).
struct PageCache {
    struct Entry {
        var key: Int
        var page: Page
        /// What each of `page.links` was rewritten to.
        var rewritten: [String?]
        /// Bumped whenever the page is parsed again: what later caches compare.
        var version: Int
    }

    private(set) var entries: [String: Entry] = [:]
    private var nextVersion = 1

    /// The pages for `sources` in order, with their versions, and the content
    /// paths that were parsed again.
    mutating func pages(
        for sources: [PageSource], keys: [Int], builder: PageBuilder, routesChanged: Bool, workers: Int
    ) -> (pages: [Page], versions: [Int], reparsed: [String]) {
        let previous = entries
        let resolver = builder.resolver
        let valid = Parallel.map(sources.count, workers: workers) { index -> Bool in
            guard let old = previous[sources[index].contentPath], old.key == keys[index] else { return false }
            guard routesChanged else { return true }
            return zip(old.page.links, old.rewritten).allSatisfy { link, url in
                let resolved = resolver.resolve(link.destination, from: old.page.contentPath)
                return resolved.0 == link.target && resolved.1 == url
            }
        }
        let stale = sources.indices.filter { !valid[$0] }
        let built = Parallel.map(stale.count, workers: workers) { position -> (Page, [String?]) in
            let source = sources[stale[position]]
            let page = builder.build(source)
            return (page, page.links.map { resolver.resolve($0.destination, from: source.contentPath).1 })
        }
        var fresh: [String: Entry] = [:]
        fresh.reserveCapacity(sources.count)
        for (index, source) in sources.enumerated() where valid[index] {
            fresh[source.contentPath] = previous[source.contentPath]
        }
        for (position, index) in stale.enumerated() {
            fresh[sources[index].contentPath] = Entry(key: keys[index], page: built[position].0,
                                                      rewritten: built[position].1, version: nextVersion)
            nextVersion += 1
        }
        entries = fresh
        let ordered = sources.map { fresh[$0.contentPath]! }
        return (ordered.map(\.page), ordered.map(\.version), stale.map { sources[$0].contentPath })
    }

    func entry(_ contentPath: String) -> Entry? { entries[contentPath] }
}
