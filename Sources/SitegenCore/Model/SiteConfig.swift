/// The site configuration (`sitegen.yml`), with every default filled in.
/// Paths are relative to the site root.
public struct SiteConfig: Sendable, Hashable {
    public var title: String = "Documentation"
    public var description: String?
    /// Default language of pages (BCP 47), e.g. `zh-CN` or `en`.
    public var language: String = "en"
    /// Absolute URL the site is published at, e.g. `https://example.org/docs/`.
    /// Used for canonical links, OpenGraph and `sitemap.xml`; links between
    /// pages are always relative, so the site also works from a sub-path.
    public var baseURL: String?
    public var urlStyle: URLStyle = .portable
    public var contentDir: String = "Content"
    public var templatesDir: String = "Templates"
    public var outputDir: String = "public"
    /// Where table schemas (`*.yml`) live.
    public var schemasDir: String = "Content/_schemas"
    /// Build pages marked `draft: true`.
    public var includeDrafts: Bool = false
    /// Pass raw HTML in Markdown through. Only for sites that trust every author.
    public var allowRawHTML: Bool = false
    public var smartPunctuation: Bool = false
    /// Severity per rule name or id (`error`, `warning`, `info`, `off`).
    public var ruleSeverities: [String: RuleSetting] = [:]
    /// Interface string overrides per language: `[lang: [key: text]]`.
    public var strings: [String: [String: String]] = [:]
    /// A line shown on every page (e.g. a notice about the content).
    public var notice: String?
    /// Footer text.
    public var footer: String?
    /// The languages the site is translated into, in the order the switcher lists them (after
    /// the site's own `language`).
    public var languages: [SiteLanguage] = []
    /// The switcher's name of the site's own language (`languages: {zh-CN: {name: 中文}}`).
    public var languageNameOverride: String?

    public init() {}

    /// How page links and files are laid out.
    public enum URLStyle: String, Sendable, Hashable, CaseIterable {
        /// `guide/index.html`, linked as `guide/index.html`: works from `file://` and any server.
        case portable
        /// `guide/index.html`, linked as `guide/`: clean URLs, needs a web server.
        case pretty
    }

    public enum RuleSetting: String, Sendable, Hashable, CaseIterable {
        case error, warning, info, off
    }

    /// Every key `sitegen.yml` understands.
    public static let knownKeys: [String] = [
        "title", "description", "language", "base-url", "url-style", "content", "templates", "output",
        "schemas", "drafts", "markdown", "rules", "strings", "notice", "footer", "languages",
    ]
}

extension SiteConfig {
    /// Why a `base-url` cannot be used, or nil: it must be an absolute
    /// `http://` or `https://` address with a host (it becomes canonical links,
    /// OpenGraph URLs and the sitemap), without spaces or control characters.
    public static func baseURLProblem(_ value: String) -> String? {
        guard !value.isEmpty else { return nil }  // no base URL
        let lower = value.lowercased()
        let scheme = ["https://", "http://"].first { lower.hasPrefix($0) }
        let host = scheme.map { value.dropFirst($0.count).prefix { $0 != "/" } } ?? ""
        let clean = !value.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || "\"<>\\`".unicodeScalars.contains($0) }
        guard scheme != nil, !host.isEmpty, !host.contains(":") || host.split(separator: ":").count == 2, clean else {
            return "'base-url' must be an absolute http:// or https:// address with a host; found '\(value)'"
        }
        // Page paths are appended to it: a query or fragment would end up inside every address.
        if value.contains("?") || value.contains("#") {
            return "'base-url' cannot have a query or fragment (? or #), page paths are appended to it; found '\(value)'"
        }
        return nil
    }

    static let baseURLHint = "write e.g. 'base-url: https://example.org/guide/'"
}
