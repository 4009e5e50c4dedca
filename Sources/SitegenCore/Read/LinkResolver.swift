/// Resolves link destinations written in Markdown to pages, anchors, assets
/// or external URLs, and rewrites internal ones into relative output URLs.
///
/// Authors link the way their editor and GitHub understand: to the Markdown
/// file (`../methods/cancel.md#条件`), to a folder with an `_index.md`, to a
/// site-absolute path (`/methods/cancel.md`), or to a file next to the page.
public struct LinkResolver: Sendable {
    /// Output route of every page, by content path.
    public var routes: [String: Route]
    public var assets: Set<String>
    public var style: SiteConfig.URLStyle
    /// Content path of every page by output path and by pretty URL path.
    private let byOutput: [String: String]

    public init(routes: [String: Route], assets: Set<String>, style: SiteConfig.URLStyle) {
        self.routes = routes
        self.assets = assets
        self.style = style
        var byOutput: [String: String] = [:]
        for (contentPath, route) in routes.sorted(by: { $0.key < $1.key }) {
            byOutput[route.outputPath] = byOutput[route.outputPath] ?? contentPath
            let pretty = route.urlPath(style: .pretty)
            byOutput[pretty] = byOutput[pretty] ?? contentPath
        }
        self.byOutput = byOutput
    }

    /// What `destination`, written in the page at `contentPath`, points at,
    /// and the URL to write instead (nil: keep as written, or not asked for
    /// with `withURL: false`).
    public func resolve(_ destination: String, from contentPath: String, withURL: Bool = true) -> (Link.Target, String?) {
        let trimmed = destination.trimmingWhitespace()
        if trimmed.isEmpty { return (.anchor(""), nil) }
        if trimmed.hasPrefix("#") { return (.anchor(URLPath.decode(String(trimmed.dropFirst()))), nil) }
        if Self.hasScheme(trimmed) || trimmed.hasPrefix("//") { return (.external(trimmed), nil) }

        // `#` and `?` found as bytes, as a browser splits a URL (and without walking Characters):
        // a `#` starts the fragment even when a combining mark follows it.
        var pathPart = Substring(trimmed)
        var fragment: String?
        if let hash = pathPart.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = URLPath.decode(String(pathPart[pathPart.utf8.index(after: hash)...]))
            pathPart = pathPart[..<hash]
        }
        if let query = pathPart.utf8.firstIndex(of: UInt8(ascii: "?")) { pathPart = pathPart[..<query] }
        let path = URLPath.decode(String(pathPart))
        let base = directory(of: contentPath)
        let joined = path.hasPrefix("/") ? String(path.dropFirst()) : (base.isEmpty ? path : base + "/" + path)
        guard let normalized = URLPath.normalize(joined) else { return (.missing(path, fragment: fragment), nil) }
        // The URL from this page, unless the caller needs only the target (`sitegen check` renders no HTML).
        func url(to path: String, style: SiteConfig.URLStyle) -> String? {
            guard withURL else { return nil }
            let fromRoute = routes[contentPath] ?? Route(outputPath: "index.html")
            return fromRoute.relativeURL(to: path, style: style) + (fragment.map { "#" + URLPath.encodeFragment($0) } ?? "")
        }

        if let target = pagePath(for: normalized, isFolder: path.hasSuffix("/") || path.isEmpty),
           let route = routes[target] {
            return (.page(target, fragment: fragment), url(to: route.outputPath, style: style))
        }
        if assets.contains(normalized) {
            return (.asset(normalized), url(to: normalized, style: .portable))
        }
        // A URL path of the output (`/methods/cancel/`) also names a page.
        if let target = byOutput[normalized] ?? byOutput[normalized + "/"], let route = routes[target] {
            return (.page(target, fragment: fragment), url(to: route.outputPath, style: style))
        }
        return (.missing(path, fragment: fragment), nil)
    }

    /// The content path of the page a normalised path names, if any.
    func pagePath(for path: String, isFolder: Bool) -> String? {
        if !isFolder {
            if routes[path] != nil { return path }
            if case let page = path + ".md", routes[page] != nil { return page }
        }
        let folder = path.isEmpty ? "" : path + "/"
        return [folder + "_index.md", folder + "index.md"].first { routes[$0] != nil }
    }

    func directory(of contentPath: String) -> String {
        guard let slash = contentPath.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(contentPath[..<slash])
    }

    static func hasScheme(_ text: String) -> Bool {
        // By bytes (RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"); Characters were slow.
        let bytes = text.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon != bytes.startIndex else { return false }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        let scheme = bytes[..<colon]
        guard let first = scheme.first, isLetter(first) else { return false }
        return scheme.allSatisfy { byte in
            isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }
}
