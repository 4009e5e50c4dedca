/// The site's navigation, computed once: sections by folder, pages ordered
/// by weight then title, the reading order for previous/next links, and each
/// page's ancestors for breadcrumbs.
public struct SiteNavigation: Sendable {
    public struct Item: Sendable, Hashable {
        public var pageIndex: Int
        public var title: String
        public var outputPath: String
        public var isSection: Bool
        /// Content paths of the items under a section, in order.
        public var children: [Int]
    }

    /// Items by page index.
    public private(set) var items: [Int: Item] = [:]
    /// Top-level items: the home page, then top-level pages and sections.
    public private(set) var roots: [Int] = []
    /// Page indexes in reading order.
    public private(set) var order: [Int] = []
    /// Position of each page in `order`.
    public private(set) var position: [Int: Int] = [:]
    /// Ancestor section page indexes of each page, outermost first (home included).
    public private(set) var ancestors: [Int: [Int]] = [:]
    /// Page index by content path.
    public private(set) var indexByContentPath: [String: Int] = [:]

    public init(pages: [Page]) {
        var sectionPage: [String: Int] = [:]
        var home: Int?
        for (index, page) in pages.enumerated() {
            indexByContentPath[page.contentPath] = indexByContentPath[page.contentPath] ?? index
            switch page.kind {
            case .home: home = index
            case .section: sectionPage[page.section] = index
            case .page: break
            }
        }
        var childrenOfFolder: [String: [Int]] = [:]
        for (index, page) in pages.enumerated() {
            switch page.kind {
            case .home: continue
            case .section:
                let parent = Self.parentFolder(page.section)
                childrenOfFolder[parent, default: []].append(index)
            case .page:
                childrenOfFolder[page.section, default: []].append(index)
            }
        }
        func sorted(_ indexes: [Int]) -> [Int] {
            indexes.sorted { a, b in
                let pa = pages[a], pb = pages[b]
                let wa = pa.frontMatter.weight ?? Int.max, wb = pb.frontMatter.weight ?? Int.max
                if wa != wb { return wa < wb }
                if pa.navTitle != pb.navTitle { return pa.navTitle < pb.navTitle }
                return pa.contentPath < pb.contentPath
            }
        }
        for (index, page) in pages.enumerated() {
            let children = page.kind == .section ? sorted(childrenOfFolder[page.section] ?? []) : []
            items[index] = Item(pageIndex: index, title: page.navTitle, outputPath: page.route.outputPath,
                                isSection: page.kind == .section, children: children)
        }
        roots = (home.map { [$0] } ?? []) + sorted(childrenOfFolder[""] ?? [])
        func visit(_ index: Int, trail: [Int]) {
            position[index] = order.count
            order.append(index)
            ancestors[index] = trail
            for child in items[index]?.children ?? [] { visit(child, trail: trail + [index]) }
        }
        let homeTrail = home.map { [$0] } ?? []
        for root in roots { visit(root, trail: root == home ? [] : homeTrail) }
        // Pages in folders without a section page of their own are still reachable.
        for index in pages.indices where position[index] == nil { visit(index, trail: homeTrail) }
        _ = sectionPage
    }

    static func parentFolder(_ folder: String) -> String {
        guard let slash = folder.lastIndex(of: "/") else { return "" }
        return String(folder[..<slash])
    }

    public func previous(of index: Int) -> Int? {
        guard let at = position[index], at > 0 else { return nil }
        return order[at - 1]
    }

    public func next(of index: Int) -> Int? {
        guard let at = position[index], at + 1 < order.count else { return nil }
        return order[at + 1]
    }
}
