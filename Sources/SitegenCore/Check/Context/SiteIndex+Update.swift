extension SiteIndex {
    /// Brings an index up to date with `site`, whose pages at `changed` differ from
    /// those it was gathered from: only those pages are read again (a page being written, in
    /// `sitegen serve` and `sitegen lsp`). False, leaving the index as it was, when a change reaches
    /// beyond those pages' own parts — pages come, gone or moved, a changed page's front matter
    /// (its options), or the criteria and aliases its matrices declare (by which every option
    /// page's key → value tables are read) — and the index must be gathered anew. Also false when
    /// many pages changed (a schema edit parses every page again): gathering anew is then cheaper.
    mutating func update(to site: Site, changed: [Int]) -> Bool {
        guard site.pages.count == self.site.pages.count, changed.count <= max(4, site.pages.count / 16) else { return false }
        let withAnchors = parts.contains(.anchors), withOptions = parts.contains(.options), withFacts = parts.contains(.facts)
        for index in changed {
            let old = self.site.pages[index], new = site.pages[index]
            guard old.file == new.file, old.contentPath == new.contentPath, old.frontMatter == new.frontMatter,
                  !withFacts || FactCollector.declarations(of: old) == FactCollector.declarations(of: new) else { return false }
        }
        for index in changed {
            let old = self.site.pages[index], new = site.pages[index]
            if withAnchors { anchors[new.contentPath] = Self.anchorIDs(of: new) }
            if withOptions {
                Self.count(Self.headingKeys(of: old), by: -1, in: &headingKeyCounts)
                Self.count(Self.headingKeys(of: new), by: 1, in: &headingKeyCounts)
                replaceMentions(ofPage: index, with: new)
            }
            if withFacts { factCollector.replacePage(index, old: old, new: new) }
        }
        self.site = site
        return true
    }

    /// Replaces the options a page's matrices name, where the page's mentions are (in page order).
    private mutating func replaceMentions(ofPage index: Int, with page: Page) {
        let start = matrixOptions.partitionPoint { $0.page >= index }
        let end = matrixOptions[start...].partitionPoint { $0.page > index }
        var mentions: [OptionMention] = []
        for position in page.tables.indices where page.tables[position].kind == .matrix {
            mentions += Self.mentions(of: page, at: index, table: position, shape: MatrixShape(page.tables[position]))
        }
        Self.count(Self.keys(of: matrixOptions[start..<end]), by: -1, in: &mentionKeyCounts)
        Self.count(Self.keys(of: mentions), by: 1, in: &mentionKeyCounts)
        matrixOptions.replaceSubrange(start..<end, with: mentions)
    }
}
