/// One named step of the pipeline.
public struct BuildStep: Sendable {
    public let name: String
    public let run: @Sendable (BuildContext) throws -> Void

    public init(_ name: String, run: @escaping @Sendable (BuildContext) throws -> Void) {
        self.name = name
        self.run = run
    }
}

extension BuildStep {
    /// The pipeline, read top to bottom: files → model → diagnostics → HTML → swap.
    public static func steps(for mode: BuildOptions.Mode) -> [BuildStep] {
        switch mode {
        case .check:
            return [.loadConfig, .discover, .read, .parse, .check]
        case .build:
            return [.loadConfig, .discover, .read, .parse, .check, .loadTemplates, .render, .commit]
        }
    }
}
