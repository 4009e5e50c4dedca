import Foundation

/// `sitegen check --fix`: runs the checks, applies the fixes of every
/// finding, and checks again until nothing more can be fixed, so fixes that
/// only become visible after an earlier one (a table that starts parsing
/// once a blank line is added) are applied in the same run. Files are
/// changed in memory between passes and written at the end, each atomically.
public struct Fixer: Sendable {
    public var options: BuildOptions
    public var fileIO: FileIO
    /// Also apply suggested fixes (headings for heading-like lines).
    public var includeSuggestions = false
    /// Compute the changes without writing them (`--dry-run`).
    public var dryRun = false
    public var maxPasses = 8

    /// A changed file.
    public struct Change: Sendable {
        /// As diagnostics name it (relative to the site root).
        public var file: String
        public var path: String
        public var original: String
        public var fixed: String
        /// The fixes applied, as `rule-name: summary`, in the order applied.
        public var applied: [String]
    }

    public struct Result: Sendable {
        public var changes: [Change]
        /// The check of the fixed files: what remains.
        public var report: BuildReport
        /// Files that could not be written, with the reason.
        public var failures: [String]
    }

    public init(options: BuildOptions, fileIO: FileIO = .disk) {
        var options = options
        options.mode = .check
        self.options = options
        self.fileIO = fileIO
    }

    public func run() -> Result {
        var texts: [String: String] = [:]
        var changes: [String: Change] = [:]
        var signatures: [String: Set<String>] = [:]
        var report = Pipeline(options: options, fileIO: fileIO).run()
        for _ in 0..<maxPasses {
            guard report.outcome != .couldNotRun else { break }
            let fixable = report.diagnostics.filter { $0.fix.map { !$0.isSuggestion || includeSuggestions } ?? false }
            var changed = false
            for (file, diagnostics) in Dictionary(grouping: fixable, by: \.file).sorted(by: { $0.key < $1.key }) {
                let path = report.root + "/" + file
                guard let current = texts[path] ?? (try? fileIO.readText(path)) else { continue }
                let source = SourceText(current)
                // A fix already applied to the same text is not applied again (no loops).
                let fresh = diagnostics.filter { !signatures[path, default: []].contains(signature($0, in: source)) }
                let (fixed, applied) = FixApplier.apply(fresh.compactMap(\.fix), to: source)
                guard fixed != current else { continue }
                for diagnostic in fresh where applied.contains(diagnostic.fix!) {
                    signatures[path, default: []].insert(signature(diagnostic, in: source))
                }
                texts[path] = fixed
                var change = changes[path] ?? Change(file: file, path: path, original: current, fixed: current, applied: [])
                change.fixed = fixed
                change.applied += fresh.filter { applied.contains($0.fix!) }.map { "\($0.name): \($0.fix!.summary)" }
                changes[path] = change
                changed = true
            }
            guard changed else { break }
            report = Pipeline(options: options, fileIO: overlay(texts)).run()
        }
        var failures: [String] = []
        let result = changes.values.filter { $0.fixed != $0.original }.sorted { $0.file < $1.file }
        if !dryRun {
            for change in result {
                do { try fileIO.replaceText(change.path, with: change.fixed) } catch { failures.append("\(change.file): \(error)") }
            }
        }
        return Result(changes: result, report: report, failures: failures)
    }

    /// The file system with some files replaced by new text.
    func overlay(_ texts: [String: String]) -> FileIO {
        var io = fileIO
        let base = fileIO.read
        io.read = { path in
            if let text = texts[path] { return Array(text.utf8) }
            return try base(path)
        }
        return io
    }

    /// Identifies a fix by rule, the text of the line it edits and what it inserts.
    func signature(_ diagnostic: Diagnostic, in source: SourceText) -> String {
        let edits = diagnostic.fix?.edits.map { "\(source.line($0.start.line) ?? "")\u{1F}\($0.replacement)" } ?? []
        return ([diagnostic.id] + edits).joined(separator: "\u{1E}")
    }
}
