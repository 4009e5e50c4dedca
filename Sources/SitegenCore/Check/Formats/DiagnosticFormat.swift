/// The output formats of `sitegen check --format`.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// Compiler-style lines with the source line, a caret and a hint (default).
    case text
    /// One JSON document: `{"version":1,"diagnostics":[…],"summary":{…}}`.
    case json
    /// GitHub Actions workflow commands (`::error file=…::message`): annotations on the pull request.
    case github
    /// SARIF 2.1.0, for code scanning upload.
    case sarif
    /// A GitLab Code Quality report (`artifacts:reports:codequality`).
    case gitlab
}

/// The counts every format ends with.
public struct CheckSummary: Sendable, Hashable {
    public var files: Int
    public var tables: Int
    public var errors: Int
    public var warnings: Int

    public init(files: Int, tables: Int, errors: Int, warnings: Int) {
        self.files = files
        self.tables = tables
        self.errors = errors
        self.warnings = warnings
    }

    /// `3 files, 4 tables: 1 error, 0 warnings`.
    public var counts: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return "\(count(files, "file")), \(count(tables, "table")): \(count(errors, "error")), \(count(warnings, "warning"))"
    }

    public init(_ report: BuildReport) {
        self.init(files: report.pages, tables: report.tables, errors: report.errorCount, warnings: report.warningCount)
    }
}

/// Where sitegen documents itself, for SARIF rule metadata.
public enum SitegenInfo {
    public static let name = "sitegen"
    public static let version = "0.1.0"
    public static let informationURI = "https://github.com/sitegen/sitegen"
}
