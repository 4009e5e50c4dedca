extension Site {
    /// The pages `names` select, each written as the page's path from the site root
    /// (`Content/guide.md`), from the content folder (`guide.md`) or as its end (`options/a.md`);
    /// all pages for none. `unmatched` lists the names that select no page.
    public func pages(named names: [String]) -> (pages: [Page], unmatched: [String]) {
        guard !names.isEmpty else { return (pages, []) }
        var selected = Set<Int>()
        var unmatched: [String] = []
        for name in names {
            let path = name.hasPrefix("./") ? String(name.dropFirst(2)) : name
            let matches = pages.indices.filter { pages[$0].file == path || pages[$0].file.hasSuffix("/" + path) }
            if matches.isEmpty { unmatched.append(name) }
            selected.formUnion(matches)
        }
        return (selected.sorted().map { pages[$0] }, unmatched)
    }
}
