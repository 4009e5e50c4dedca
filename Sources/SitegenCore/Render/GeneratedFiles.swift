/// The output paths sitegen writes itself besides the pages: the 404 page (and one in each
/// translation's folder, `en/404.html`),
/// the sitemap (with a base URL), the search index and its shards, and the
/// theme's assets (built in, or the site's own in the templates folder). A
/// content file copied to one of them would overwrite it (or fail the build
/// halfway), so discovery reports it first.
public enum GeneratedFiles {
    public static let notFound = "404.html"
    public static let sitemap = "sitemap.xml"

    /// What sitegen writes at `path` (relative to the output folder), or nil.
    /// `themeAssets`: the templates folder's `assets/…` files.
    /// `languageFolders`: the translations' folders, each with its own 404 page.
    public static func owner(of path: String, hasBaseURL: Bool, themeAssets: Set<String> = [],
                             languageFolders: [String] = []) -> String? {
        switch path {
        case notFound: return "the page-not-found page"
        case _ where languageFolders.contains(where: { path == notFound(inFolder: $0) }):
            return "the page-not-found page of '\(path.prefix { $0 != "/" })'"
        case sitemap where hasBaseURL: return "the sitemap"
        case SearchIndex.fileName: return "the search index"
        case _ where isSearchShard(path): return "a shard of the search index"
        case _ where DefaultTheme.assets[path] != nil || themeAssets.contains(path): return "the theme's \(path)"
        default: return nil
        }
    }

    /// The 404 page of a language's folder (`en/404.html`), or the site's (`404.html`) for "".
    public static func notFound(inFolder folder: String) -> String {
        folder.isEmpty ? notFound : folder + "/" + notFound
    }

    /// `search-index/t12.js`, `search-index/d0.js`: the names ``SearchShards`` gives.
    static func isSearchShard(_ path: String) -> Bool {
        guard path.hasPrefix(SearchShards.folder + "/"), path.hasSuffix(".js") else { return false }
        let name = path.dropFirst(SearchShards.folder.count + 1).dropLast(3)
        guard let kind = name.first, kind == "t" || kind == "d" else { return false }
        let digits = name.dropFirst()
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
