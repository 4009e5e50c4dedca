/// The whole typed model of a site: what rules check and templates render.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Pages in a stable order (by content path).
    public var pages: [Page]
    /// Schemas by name.
    public var schemas: [String: TableSchema]
    /// Non-Markdown files of the content folder, by content path (copied as is).
    public var assets: [String]

    public init(config: SiteConfig, pages: [Page] = [], schemas: [String: TableSchema] = [:], assets: [String] = []) {
        self.config = config
        self.pages = pages
        self.schemas = schemas
        self.assets = assets
    }

    public func page(contentPath: String) -> Page? {
        pages.first { $0.contentPath == contentPath }
    }

    public var tableCount: Int { pages.reduce(0) { $0 + $1.tables.count } }
}
