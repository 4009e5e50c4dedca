/// What to build and how; command-line flags override `sitegen.yml`.
public struct BuildOptions: Sendable {
    public enum Mode: Sendable { case build, check }

    /// The site root folder (holding `sitegen.yml`, `Content/`, `Templates/`).
    public var root: String = "."
    public var configFile: String?
    public var content: String?
    public var templates: String?
    public var output: String?
    public var baseURL: String?
    public var includeDrafts: Bool?
    public var strict = false
    /// Check only these files (relative to the site root) and the pages
    /// linking into them; nil checks everything (`--changed-since`).
    public var changedFiles: Set<String>?
    public var mode: Mode = .build
    /// Worker threads for parsing and rendering; 1 forces a serial build.
    public var workers: Int = ProcessInfoCores.count
    /// Whether the build's model (every page, table and cell) is freed when
    /// the run ends. A command that exits right afterwards sets it to false:
    /// freeing a 10,000-page model object by object takes ~80 ms on one
    /// core, and the system takes the whole heap back at exit anyway.
    public var freesModel = true

    public init() {}
}

enum ProcessInfoCores {
    static let count: Int = {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }()
}

#if canImport(Glibc)
import Glibc
#endif
