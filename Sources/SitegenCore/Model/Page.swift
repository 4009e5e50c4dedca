/// One Markdown file of the site, read, parsed and typed.
///
/// A value type whose fields live in one shared, immutable box: a copy
/// costs one reference count instead of one per field (a serve rebuild
/// copies the list of 10,000 pages, which took a fifth of its time), and
/// setting a field gives the page a box of its own.
public struct Page: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// `Content/_index.md` (or `index.md`): the home page.
        case home
        /// `_index.md` (or `index.md`) of a folder: the section's own page.
        case section
        case page
    }

    private var storage: SharedFields<Fields>

    /// Path relative to the site root, as diagnostics show it: `Content/methods/cancel.md`.
    public var file: String {
        get { storage.fields.file }
        set { storage = storage.with { $0.file = newValue } }
    }

    /// Path relative to the content folder: `methods/cancel.md`.
    public var contentPath: String {
        get { storage.fields.contentPath }
        set { storage = storage.with { $0.contentPath = newValue } }
    }

    public var kind: Kind {
        get { storage.fields.kind }
        set { storage = storage.with { $0.kind = newValue } }
    }

    /// The section (folder) path the page belongs to: `methods`, "" at the top.
    public var section: String {
        get { storage.fields.section }
        set { storage = storage.with { $0.section = newValue } }
    }

    public var frontMatter: FrontMatter {
        get { storage.fields.frontMatter }
        set { storage = storage.with { $0.frontMatter = newValue } }
    }

    public var route: Route {
        get { storage.fields.route }
        set { storage = storage.with { $0.route = newValue } }
    }

    public var title: String {
        get { storage.fields.title }
        set { storage = storage.with { $0.title = newValue } }
    }

    public var lang: String {
        get { storage.fields.lang }
        set { storage = storage.with { $0.lang = newValue } }
    }

    public var source: SourceText {
        get { storage.fields.source }
        set { storage = storage.with { $0.source = newValue } }
    }

    /// The rendered blocks and footnotes (its headings, tables, links and
    /// comments are the typed `headings`, `tables`, `links` and `suppressions`).
    public var document: MarkdownDocument {
        get { storage.fields.document }
        set { storage = storage.with { $0.document = newValue } }
    }

    public var headings: [Heading] {
        get { storage.fields.headings }
        set { storage = storage.with { $0.headings = newValue } }
    }

    public var tables: [DecisionTable] {
        get { storage.fields.tables }
        set { storage = storage.with { $0.tables = newValue } }
    }

    public var links: [Link] {
        get { storage.fields.links }
        set { storage = storage.with { $0.links = newValue } }
    }

    public var suppressions: [Suppression] {
        get { storage.fields.suppressions }
        set { storage = storage.with { $0.suppressions = newValue } }
    }

    public var issues: [ReadIssue] {
        get { storage.fields.issues }
        set { storage = storage.with { $0.issues = newValue } }
    }


    public init(
        file: String, contentPath: String, kind: Kind, section: String, frontMatter: FrontMatter, route: Route,
        title: String, lang: String, source: SourceText, document: MarkdownDocument = MarkdownDocument(),
        headings: [Heading] = [], tables: [DecisionTable] = [], links: [Link] = [],
        suppressions: [Suppression] = [], issues: [ReadIssue] = []
    ) {
        storage = SharedFields(Fields(
            file: file, contentPath: contentPath, kind: kind, section: section, frontMatter: frontMatter, route: route,
            title: title, lang: lang, source: source, document: document, headings: headings, tables: tables,
            links: links, suppressions: suppressions, issues: issues))
    }

    /// The title shown in navigation.
    public var navTitle: String { frontMatter.navTitle ?? title }

    /// The page's heading anchors, for link checks.
    public var anchors: Set<String> { Set(headings.map(\.anchor)) }

    /// Whether the two are copies of one page value, neither changed since
    /// (not just equal): a cache can keep what it made from a page for as
    /// long as the build hands it the same one, without comparing contents.
    func isCopy(of other: Page) -> Bool { storage === other.storage }

    public static func == (left: Page, right: Page) -> Bool {
        left.storage === right.storage || left.storage.fields == right.storage.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }
}
