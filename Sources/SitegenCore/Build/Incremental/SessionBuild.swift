/// The result of one ``BuildSession`` build.
public struct SessionBuild: Sendable {
    public var report = BuildReport(outcome: .success, diagnostics: [], pages: 0, tables: 0, filesWritten: 0,
                                    bytesWritten: 0, timings: [], totalMilliseconds: 0, output: "", root: "")
    /// Output paths written or removed (empty when the build failed).
    public var changed: [String] = []
    /// The site as this build read it (nil when reading could not finish): what `sitegen lsp` shows on hover.
    public var site: Site?
    /// Pages parsed again, checked again and rendered again.
    public var pagesParsed = 0
    public var pagesChecked = 0
    public var pagesRendered = 0
    /// The ids of the rules whose cross-page part ran (what they read changed; a rule without
    /// one finds nothing there, at no cost).
    public var siteRulesRun: [String] = []
    /// The pages the cross-page rules' site index read again: all on the first check or when a
    /// change reaches beyond the changed pages' own parts, else the pages that changed since.
    public var indexPagesRead = 0
    /// Whether any cross-page rule ran.
    public var siteRulesRan: Bool { !siteRulesRun.isEmpty }
    /// The folders the build used (absolute).
    public var paths = SitePaths()
    /// Whether the navigation and the other pages' render keys were reused
    /// (no page's title, route or place changed).
    public var reusedStructure = false
    /// Whether rendering stopped early for a newer change (the next build
    /// renders what is left).
    public var interrupted = false
    /// Whether the search index was left to `BuildSession.writeDeferredContent()`.
    public var deferredContent = false
    /// Whether the whole output was written through a transaction.
    public var full = false

    public var succeeded: Bool { report.outcome == .success }
}
