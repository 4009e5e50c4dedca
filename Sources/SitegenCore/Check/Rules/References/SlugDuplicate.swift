/// Two pages with one URL, or two headings of a page with one anchor.
public struct SlugDuplicate: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "REF005", name: "slug-duplicate", severity: .error, category: .references,
        summary: "two pages map to one URL, or two headings of a page to one anchor",
        doc: """
            Each page is written to one output path (from its file name or `slug`); two pages with \
            the same path would overwrite each other, so this is an error. Two headings with the \
            same text (or explicit `{#id}`) on one page get anchors `x` and `x-1`: links to `#x` \
            always reach the first, and the second's anchor changes when a heading is added above \
            it, so this is a warning. Give pages distinct slugs and headings distinct names.
            """,
        badExample: "# Guide\n\n## 条件\n\nText.\n\n## 条件\n\nMore.\n",
        goodExample: "# Guide\n\n## 注销条件\n\nText.\n\n## 解绑条件\n\nMore.\n"
    )

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let headings = context.page.headings
        var byAnchor: [String: Heading]?  // made for the first candidate, if any
        return headings.compactMap { heading -> Diagnostic? in
            // A repeated heading gets its text's anchor plus `-1`, `-2`, …: an anchor without
            // such an ending is passed over before its text's anchor is made. (Without a `-`
            // byte there is no `-` Character: most anchors end here, unsearched by Character.)
            guard heading.anchor.containsUTF8(UInt8(ascii: "-")), let dash = heading.anchor.lastIndex(of: "-"),
                  case let ending = heading.anchor[heading.anchor.index(after: dash)...],
                  !ending.isEmpty, ending.allSatisfy(\.isNumber) else { return nil }
            let base = Slugger.slug(heading.text)
            let suffix = heading.anchor.dropFirst(base.count + 1)
            guard !base.isEmpty, heading.anchor.hasPrefix(base + "-"), !suffix.isEmpty, suffix.allSatisfy(\.isNumber)
            else { return nil }
            if byAnchor == nil { byAnchor = Dictionary(headings.map { ($0.anchor, $0) }, uniquingKeysWith: { first, _ in first }) }
            guard let first = byAnchor?[base] else { return nil }
            var diagnostic = descriptor.diagnostic(
                file: context.file, range: heading.range,
                message: "heading '\(heading.text)' has the same anchor as the heading on line \(first.range.start.line) ('#\(base)'), so it becomes '#\(heading.anchor)'",
                hint: "give the headings different names, or one of them an explicit {#id}",
                related: [RelatedLocation(file: context.file, range: first.range, message: "first heading with anchor '#\(base)'")])
            diagnostic.severity = .warning
            return diagnostic
        }
    }

    /// Its site part reads routes and front matter.
    public var siteReads: PageParts { [] }
    public var readsIndex: SiteIndex.Parts { [] }

    public func checkSite(_ index: SiteIndex) -> [Diagnostic] {
        var seen: [String: Page] = [:]
        return index.site.pages.compactMap { page -> Diagnostic? in
            guard let first = seen[page.route.outputPath] else {
                seen[page.route.outputPath] = page
                return nil
            }
            // Point at a `slug` key when one of the two pages has it: that is what to change.
            let (reported, other) = page.frontMatter.keyPositions["slug"] == nil
                && first.frontMatter.keyPositions["slug"] != nil ? (first, page) : (page, first)
            let position = reported.frontMatter.keyPositions["slug"]
            return descriptor.diagnostic(
                file: reported.file, range: position.map { SourceRange(start: $0, end: $0) },
                message: "this page and \(other.file) are both written to '\(page.route.outputPath)'",
                hint: "rename one of the files or give it a different 'slug' in its front matter",
                related: [RelatedLocation(file: other.file, range: nil, message: "the other page with this URL")])
        }
    }
}
