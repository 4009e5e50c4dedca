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
    /// Top-level items of the site's own language: its home page, then top-level pages and sections.
    public var roots: [Int] { rootsByFolder[""] ?? [] }
    /// Top-level items of each language, by its folder ("" for the site's own language, `en` for
    /// the pages under `Content/en/`): each language is a site of its own in the navigation.
    public private(set) var rootsByFolder: [String: [Int]] = [:]
    /// The language folder of each page ("" for the site's own language).
    public private(set) var folderOf: [Int: String] = [:]
    /// Page indexes in reading order (one language after the other).
    public private(set) var order: [Int] = []
    /// Position of each page in `order`.
    public private(set) var position: [Int: Int] = [:]
    /// Ancestor section page indexes of each page, outermost first (home included).
    public private(set) var ancestors: [Int: [Int]] = [:]
    /// Page index by content path.
    public private(set) var indexByContentPath: [String: Int] = [:]
    /// The translations of each translated page, the page itself included, in the order of the
    /// languages (the site's own first): pages of different languages at the same path in their
    /// folders (``SiteLanguage/translationKey(of:folder:)``).
    public private(set) var translations: [Int: [Int]] = [:]

    /// - Parameter languageFolders: the folders of the site's translations (`en`): their index pages
    ///   are homes, and their pages a tree of their own.
    public init(pages: [Page], languageFolders: [String] = []) {
        var homes: [String: Int] = [:]
        func folder(of page: Page) -> String {
            SiteLanguage.folder(of: page.contentPath, in: languageFolders).map { languageFolders[$0] } ?? ""
        }
        for (index, page) in pages.enumerated() {
            indexByContentPath[page.contentPath] = indexByContentPath[page.contentPath] ?? index
            let language = folder(of: page)
            folderOf[index] = language
            if page.kind == .home { homes[language] = homes[language] ?? index }
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
        // A translation's folder is its top level: not a section of the site's own language.
        let translated = Set(languageFolders)
        for language in [""] + languageFolders {
            let top = (childrenOfFolder[language] ?? []).filter { language != "" || !translated.contains(pages[$0].section) }
            rootsByFolder[language] = (homes[language].map { [$0] } ?? []) + sorted(top)
        }
        func visit(_ index: Int, trail: [Int]) {
            guard position[index] == nil else { return }
            position[index] = order.count
            order.append(index)
            ancestors[index] = trail
            for child in items[index]?.children ?? [] { visit(child, trail: trail + [index]) }
        }
        for group in SiteLanguage.translationGroups(of: pages, folders: languageFolders) {
            for index in group { translations[index] = group }
        }
        for language in [""] + languageFolders {
            let homeTrail = homes[language].map { [$0] } ?? []
            for root in rootsByFolder[language] ?? [] { visit(root, trail: root == homes[language] ? [] : homeTrail) }
            // Pages in folders without a section page of their own are still reachable.
            for index in pages.indices where position[index] == nil && folderOf[index] == language {
                visit(index, trail: homeTrail)
            }
        }
    }

    /// The top-level items of the language of page `index`.
    public func roots(of index: Int?) -> [Int] {
        rootsByFolder[index.flatMap { folderOf[$0] } ?? ""] ?? roots
    }

    static func parentFolder(_ folder: String) -> String {
        guard let slash = folder.lastIndex(of: "/") else { return "" }
        return String(folder[..<slash])
    }

    /// The page before `index` in reading order, in its language.
    public func previous(of index: Int) -> Int? {
        guard let at = position[index], at > 0, folderOf[order[at - 1]] == folderOf[index] else { return nil }
        return order[at - 1]
    }

    /// The page after `index` in reading order, in its language.
    public func next(of index: Int) -> Int? {
        guard let at = position[index], at + 1 < order.count, folderOf[order[at + 1]] == folderOf[index] else { return nil }
        return order[at + 1]
    }
}
