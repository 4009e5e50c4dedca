/// Everything a build knows so far; each step reads what earlier steps left
/// and adds its own part.
public final class BuildContext: @unchecked Sendable {
    public let options: BuildOptions
    public let fileIO: FileIO

    public var config = SiteConfig()
    /// Absolute paths of the folders in use.
    public var paths = SitePaths()
    public var discovered = ContentDiscovery.Result()
    public var sources: [PageSource] = []
    /// How many sources the parse step read (it releases `sources`).
    public var parsedSourceCount = 0
    public var schemas: [String: TableSchema] = [:]
    public var site: Site?
    public var theme: Theme?
    public var transaction: OutputTransaction?
    public var diagnostics: [Diagnostic] = []

    public init(options: BuildOptions, fileIO: FileIO) {
        self.options = options
        self.fileIO = fileIO
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Where the parts of a site are on disk, and how diagnostics name them.
public struct SitePaths: Sendable, Hashable {
    public var root = "."
    public var content = "Content"
    public var templates = "Templates"
    public var output = "public"
    public var schemas = "Content/_schemas"

    /// A path as diagnostics show it: relative to the root when inside it.
    public func display(_ path: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        return path
    }
}

/// Why a build stopped early.
public enum BuildStop: Error, Sendable {
    case couldNotRun
    case contentErrors
}
