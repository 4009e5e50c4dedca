/// Which pages a partial check (`sitegen check --changed-since REV`) looks
/// at: the changed pages and the pages whose links point into them. Cross-page
/// rules still read the whole site's index; only their findings are limited
/// to these pages. A change to anything but a page (configuration, a schema)
/// makes the scope the whole site.
public struct ChangeScope: Sendable, Hashable {
    /// Page files in scope (as diagnostics name them), or nil for every page.
    public let files: Set<String>?

    /// - Parameter changed: changed files, relative to the site root.
    public init(site: Site, changed: Set<String>) {
        let pageFiles = Set(site.pages.map(\.file))
        let others = changed.subtracting(pageFiles).filter { !Self.isDeletedPage($0) }
        guard others.isEmpty else {
            files = nil
            return
        }
        let changedPaths = Set(site.pages.filter { changed.contains($0.file) }.map(\.contentPath))
        var scope = changed.intersection(pageFiles)
        for page in site.pages where !scope.contains(page.file) {
            let linksIn = page.links.contains { link in
                if case .page(let target, _) = link.target { return changedPaths.contains(target) }
                if case .missing = link.target { return true }  // may point at a deleted or renamed page
                return false
            }
            if linksIn { scope.insert(page.file) }
        }
        files = scope
    }

    /// A deleted Markdown file is not a page any more; pages linking to it
    /// keep their `.missing` links, which are in scope anyway.
    static func isDeletedPage(_ path: String) -> Bool {
        path.hasSuffix(".md") || path.hasSuffix(".markdown")
    }

    public func contains(_ page: Page) -> Bool { files?.contains(page.file) ?? true }

    /// Whether a finding concerns the scope (its file, or a related place).
    public func contains(_ diagnostic: Diagnostic) -> Bool {
        guard let files else { return true }
        return files.contains(diagnostic.file) || diagnostic.related.contains { files.contains($0.file) }
    }
}
