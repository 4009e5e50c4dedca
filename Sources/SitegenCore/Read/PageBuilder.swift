/// Parses a ``PageSource`` into a fully typed ``Page``: Markdown through
/// cmark-gfm, heading anchors, links, tables with typed cells, suppressions.
public struct PageBuilder: Sendable {
    public var resolver: LinkResolver
    public var schemas: [String: TableSchema]
    public var options: MarkdownOptions
    public var defaultLanguage: String
    /// The site's translations: a page in one's folder is in its language, and the folder's index
    /// page is that language's home.
    /// (Their folders, which are their tags: all the builder needs of them.)
    public var translationFolders: [String]

    public init(resolver: LinkResolver, schemas: [String: TableSchema], options: MarkdownOptions, defaultLanguage: String,
                translations: [SiteLanguage] = []) {
        self.resolver = resolver
        self.schemas = schemas
        self.options = options
        self.defaultLanguage = defaultLanguage
        translationFolders = translations.map(\.tag)
    }

    public func build(_ source: PageSource) -> Page {
        // Each destination is resolved once: for the rendered URL while parsing, then for the link's target.
        var resolved: [String: (Link.Target, String?)] = [:]
        let document = MarkdownParser.parse(source.body, options: options) { destination in
            let result = resolver.resolve(destination, from: source.contentPath, withURL: options.renderHTML)
            resolved[destination] = result
            return result.1
        }
        var issues = source.issues
        let folder = SiteLanguage.folder(of: source.contentPath, in: translationFolders).map { translationFolders[$0] }
        let lang = source.frontMatter.lang ?? folder ?? defaultLanguage
        let tables = TableExtractor.extract(document: document, source: source.text, schemas: schemas,
                                            numbers: NumberConvention(language: lang), issues: &issues)
        let links = document.links.map { link in
            Link(destination: link.destination, text: link.text, isImage: link.isImage, range: link.range,
                 target: (resolved[link.destination] ?? resolver.resolve(link.destination, from: source.contentPath)).0)
        }
        let suppressions = SuppressionParser.suppressions(document.comments, source: source.text, issues: &issues) { comment in
            Self.endOfBlock(after: comment, in: document)
        }
        let isLanguageHome = source.kind == .section && folder != nil && source.section == folder
        return Page(
            file: source.file, contentPath: source.contentPath, kind: isLanguageHome ? .home : source.kind,
            section: source.section, frontMatter: source.frontMatter, route: source.route,
            title: source.title(headings: document.headings),
            lang: lang, source: source.text, document: document.renderedPart,
            headings: Self.headings(document.headings), tables: tables, links: links,
            suppressions: suppressions, issues: issues
        )
    }

    /// Headings with unique anchors; explicit `{#id}`s are reserved first.
    static func headings(_ headings: [MarkdownHeading]) -> [Heading] {
        var slugger = Slugger()
        var explicit: [Int: String] = [:]
        for (index, heading) in headings.enumerated() {
            if let id = heading.explicitID { explicit[index] = slugger.reserve(id) }
        }
        return headings.enumerated().map { index, heading in
            Heading(level: heading.level, text: heading.text, html: heading.html,
                    anchor: explicit[index] ?? slugger.unique(heading.text), explicitID: heading.explicitID, range: heading.range)
        }
    }

    /// The last line of the table or block right after a comment, if a table follows it.
    static func endOfBlock(after comment: MarkdownComment, in document: MarkdownDocument) -> Int? {
        document.tables.first(where: { $0.range.start.line > comment.range.end.line })
            .flatMap { $0.range.start.line <= comment.range.end.line + 1 ? $0.range.end.line : nil }
    }
}
