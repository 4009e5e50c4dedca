/// How bad a finding is. `off` only appears in configuration.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A place related to a diagnostic (the other statement of a conflicting fact).
public struct RelatedLocation: Sendable, Hashable, Codable {
    public var file: String
    public var range: SourceRange?
    public var message: String

    public init(file: String, range: SourceRange?, message: String) {
        self.file = file
        self.range = range
        self.message = message
    }
}

/// One finding about the site: which rule, where, what is wrong and how to
/// fix it. Every user-fixable problem — a broken table, bad front matter, a
/// template error — is reported as one of these.
public struct Diagnostic: Sendable, Hashable {
    /// Stable id, e.g. `TBL001`.
    public var id: String
    /// Stable kebab-case name, e.g. `table-column-count`.
    public var name: String
    public var severity: Severity
    /// Path relative to the site root, e.g. `Content/guide.md`.
    public var file: String
    public var range: SourceRange?
    public var message: String
    public var hint: String?
    public var related: [RelatedLocation]
    /// The edit that repairs the problem, when there is a safe or suggested one.
    public var fix: Fix?

    public init(
        id: String, name: String, severity: Severity, file: String, range: SourceRange?,
        message: String, hint: String? = nil, related: [RelatedLocation] = [], fix: Fix? = nil
    ) {
        self.id = id
        self.name = name
        self.severity = severity
        self.file = file
        self.range = range
        self.message = message
        self.hint = hint
        self.related = related
        self.fix = fix
    }
}

extension Diagnostic: Comparable {
    /// Orders by file, then position, then id: the order a reader goes through a file.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        let l = (lhs.file, lhs.range?.start.line ?? 0, lhs.range?.start.column ?? 0, lhs.id, lhs.message)
        let r = (rhs.file, rhs.range?.start.line ?? 0, rhs.range?.start.column ?? 0, rhs.id, rhs.message)
        return l < r
    }
}
extension Diagnostic: Error {}
