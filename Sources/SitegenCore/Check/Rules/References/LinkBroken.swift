/// An internal link to a page or file that does not exist.
public struct LinkBroken: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "REF003", name: "link-broken", severity: .error, category: .references,
        summary: "an internal link or image points at a page or file that does not exist",
        doc: """
            Links between pages are written the way editors and GitHub understand them: to the \
            Markdown file (`../methods/cancel.md`), to a folder with an `_index.md`, or to a file \
            next to the page, and sitegen rewrites them to the built URLs. A link whose target is \
            not in the content folder would be a 404 on the published site. External links \
            (`https:`, `mailto:`) are not checked.
            """,
        badExample: "See [the steps](steps.md).\n",
        goodExample: "See [the steps](page.md).\n"
    )

    /// Its site part reads links, and the site's pages and files.
    public var siteReads: PageParts { .links }
    public var readsIndex: SiteIndex.Parts { [] }

    public func checkSite(_ index: SiteIndex) -> [Diagnostic] {
        var candidates: [String: [String]]?
        return index.site.pages.flatMap { page in
            page.links.compactMap { link -> Diagnostic? in
                guard case .missing(let path, _) = link.target else { return nil }
                // Suggestions come from the files of the same folder and files of the same name.
                if candidates == nil { candidates = Self.candidates(index.site) }
                let slash = path.lastIndex(of: "/")
                let folder = slash.map { String(path[..<$0]) } ?? ""
                let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
                let near = (candidates?["dir:" + folder] ?? []) + (candidates?["name:" + name] ?? [])
                let suggestion = Suggestion.hint(for: path, in: near)
                return descriptor.diagnostic(
                    file: page.file, range: link.range,
                    message: "\(link.isImage ? "image" : "link") target '\(link.destination)' does not exist",
                    hint: suggestion ?? "link to a Markdown file of the content folder, relative to this page (e.g. ../methods/cancel.md)")
            }
        }
    }

    /// Content paths of pages and assets by folder (`dir:methods`) and by file name (`name:cancel.md`).
    static func candidates(_ site: Site) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for path in site.pages.map(\.contentPath) + site.assets {
            let slash = path.lastIndex(of: "/")
            result["dir:" + (slash.map { String(path[..<$0]) } ?? ""), default: []].append(path)
            result["name:" + (slash.map { String(path[path.index(after: $0)...]) } ?? path), default: []].append(path)
        }
        return result
    }
}
