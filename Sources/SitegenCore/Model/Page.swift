/// One Markdown file of the site, read, parsed and typed.
public struct Page: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// `Content/_index.md` (or `index.md`): the home page.
        case home
        /// `_index.md` (or `index.md`) of a folder: the section's own page.
        case section
        case page
    }

    /// Path relative to the site root, as diagnostics show it: `Content/methods/cancel.md`.
    public var file: String
    /// Path relative to the content folder: `methods/cancel.md`.
    public var contentPath: String
    public var kind: Kind
    /// The section (folder) path the page belongs to: `methods`, "" at the top.
    public var section: String
    public var frontMatter: FrontMatter
    public var route: Route
    public var title: String
    public var lang: String
    public var source: SourceText
    /// The rendered blocks and footnotes (its headings, tables, links and
    /// comments are the typed `headings`, `tables`, `links` and `suppressions`).
    public var document: MarkdownDocument
    public var headings: [Heading]
    public var tables: [DecisionTable]
    public var links: [Link]
    public var suppressions: [Suppression]
    public var issues: [ReadIssue]

    public init(
        file: String, contentPath: String, kind: Kind, section: String, frontMatter: FrontMatter, route: Route,
        title: String, lang: String, source: SourceText, document: MarkdownDocument = MarkdownDocument(),
        headings: [Heading] = [], tables: [DecisionTable] = [], links: [Link] = [],
        suppressions: [Suppression] = [], issues: [ReadIssue] = []
    ) {
        self.file = file
        self.contentPath = contentPath
        self.kind = kind
        self.section = section
        self.frontMatter = frontMatter
        self.route = route
        self.title = title
        self.lang = lang
        self.source = source
        self.document = document
        self.headings = headings
        self.tables = tables
        self.links = links
        self.suppressions = suppressions
        self.issues = issues
    }

    /// The title shown in navigation.
    public var navTitle: String { frontMatter.navTitle ?? title }

    /// The page's heading anchors, for link checks.
    public var anchors: Set<String> { Set(headings.map(\.anchor)) }
}
