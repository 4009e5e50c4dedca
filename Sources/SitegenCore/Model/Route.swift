/// Where a page is written and how it is addressed.
public struct Route: Sendable, Hashable {
    /// Output file, relative to the output folder: `methods/cancel/index.html`.
    public var outputPath: String

    public init(outputPath: String) {
        self.outputPath = outputPath
    }

    /// The folder the output file is in (`methods/cancel/`), "" for the root.
    public var directory: String {
        guard let slash = outputPath.lastIndex(of: "/") else { return "" }
        return String(outputPath[...slash])
    }

    /// The URL path under the site root: `methods/cancel/` (pretty) or the file path.
    public func urlPath(style: SiteConfig.URLStyle) -> String {
        switch style {
        case .portable: return outputPath
        case .pretty: return outputPath.hasSuffix("index.html") ? String(outputPath.dropLast("index.html".count)) : outputPath
        }
    }

    /// A relative URL from this route's page to `target` (percent-encoded).
    public func relativeURL(to target: String, style: SiteConfig.URLStyle) -> String {
        URLPath.relative(from: directory, to: target, style: style)
    }
}
