/// The YAML block at the top of a page, typed.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var description: String?
    /// Replaces the last URL segment (the file name) of the page.
    public var slug: String?
    /// Order among siblings in navigation: lower first, then by title.
    public var weight: Int?
    public var draft: Bool = false
    /// BCP 47 language tag; defaults to the site's language.
    public var lang: String?
    public var tags: [String] = []
    public var date: String?
    public var updated: String?
    /// A layout to use instead of the default (`page`, `section`, `home`).
    public var template: String?
    /// Show the "On this page" table of contents (default true).
    public var toc: Bool?
    /// A shorter title for navigation.
    public var navTitle: String?
    /// The options (of comparison matrices) this page defines, e.g. `注销账户`.
    public var options: [String] = []
    /// Leave the page out of the search index.
    public var searchExclude: Bool = false
    /// What the page shares with its translations, when not its path in its language's folder:
    /// `methods/cancel` on `de/methoden/konto-loeschen.md` pairs it with `methods/cancel.md`.
    public var translationKey: String?
    /// Free-form values for templates (`extra.*`).
    public var extra: YAMLValue?
    /// Where the block is, for diagnostics (nil when the page has none).
    public var range: SourceRange?
    /// Positions of the keys that were set, for diagnostics.
    public var keyPositions: [String: SourcePosition] = [:]

    public init() {}

    /// Every key front matter understands.
    public static let knownKeys: [String] = [
        "title", "description", "slug", "weight", "draft", "lang", "tags", "date", "updated",
        "template", "toc", "nav-title", "option", "options", "search", "translation-key", "extra",
    ]
}
