/// `sitegen fmt`: reads the site as `check` does and formats the tables of
/// the pages named (every page, drafts included, when none is) with
/// ``TableFormatter``, writing each changed file atomically unless asked
/// only to look.
public struct SiteFormatter: Sendable {
    public var options: BuildOptions
    public var fileIO: FileIO
    /// Pages to format, named as `sitegen inspect` names them; empty for every page.
    public var pages: [String] = []
    /// Work out the changes without writing them (`--check`, `--diff`).
    public var dryRun = false

    /// A page whose tables were (or would be) formatted.
    public struct Change: Sendable {
        /// As diagnostics name it (relative to the site root).
        public var file: String
        public var original: String
        public var formatted: String
        public var tables: Int
    }

    /// A table left as it is.
    public struct Skipped: Sendable {
        public var file: String
        public var line: Int
        public var reason: String
    }

    public enum Outcome: Sendable {
        case formatted(changes: [Change], skipped: [Skipped], pages: Int, tables: Int, failures: [String])
        /// The site could not be read: its diagnostics say why.
        case couldNotRead(BuildReport)
        /// Pages named that are none of the site's.
        case unknownPages([String], example: String)
    }

    public init(options: BuildOptions, fileIO: FileIO = .disk) {
        var options = options
        options.mode = .check
        // A draft's tables are formatted too: it is a page being written.
        options.includeDrafts = true
        self.options = options
        self.fileIO = fileIO
    }

    public func run() -> Outcome {
        let (report, site) = Pipeline(options: options, fileIO: fileIO).runKeepingModel()
        guard let site, report.outcome != .couldNotRun else { return .couldNotRead(report) }
        let (selected, unmatched) = site.pages(named: pages)
        guard unmatched.isEmpty else { return .unknownPages(unmatched, example: site.pages.first?.file ?? "Content/_index.md") }
        var changes: [Change] = [], skipped: [Skipped] = [], failures: [String] = []
        var tables = 0
        for page in selected {
            let result = TableFormatter.format(page)
            tables += result.tables
            skipped += result.skipped.map { Skipped(file: page.file, line: $0.line, reason: $0.reason) }
            guard result.formatted > 0 else { continue }
            let path = report.root + "/" + page.file
            // The page as read, with the byte order mark the reader dropped.
            let bom = (try? fileIO.read(path).starts(with: [0xEF, 0xBB, 0xBF])) == true ? "\u{FEFF}" : ""
            let change = Change(file: page.file, original: bom + page.source.text, formatted: bom + result.text,
                                tables: result.formatted)
            changes.append(change)
            guard !dryRun else { continue }
            do {
                try fileIO.replaceText(path, with: change.formatted)
            } catch {
                failures.append("\(page.file): \(error)")
            }
        }
        return .formatted(changes: changes, skipped: skipped, pages: selected.count, tables: tables, failures: failures)
    }
}
