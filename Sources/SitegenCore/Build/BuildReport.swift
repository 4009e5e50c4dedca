/// The result of a build or check run.
public struct BuildReport: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// Everything worked (warnings allowed).
        case success
        /// The content has errors; nothing was written.
        case contentErrors
        /// The build could not run (bad config, missing folder, unsafe output).
        case couldNotRun
    }

    public var outcome: Outcome
    public var diagnostics: [Diagnostic]
    public var pages: Int
    public var tables: Int
    public var filesWritten: Int
    public var bytesWritten: Int
    /// Step name and duration in milliseconds.
    public var timings: [(String, Double)]
    public var totalMilliseconds: Double
    /// The output folder (absolute).
    public var output: String
    /// The site root folder (absolute): diagnostics' file paths are relative to it.
    public var root: String

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// 0 success, 1 content errors, 2 could not run.
    public var exitCode: Int32 {
        switch outcome {
        case .success: return 0
        case .contentErrors: return 1
        case .couldNotRun: return 2
        }
    }
}
